import type { CardSpec, VideoCardData } from '../types.ts';
import { fitTitle, FOOTER, frame, h, HEIGHT, PAD, STRIPE, textBlock, WIDTH } from './elements.ts';
import type { CardNode, Style, TemplateContext } from './elements.ts';

const PLAY = 150;

/** A video: the poster full-bleed beneath a shade, a play mark, kind, title and duration. */
export function videoCard(spec: CardSpec, video: VideoCardData, ctx: TemplateContext): CardNode {
  const height = HEIGHT - STRIPE - FOOTER;
  const title = fitTitle(ctx, video.title, WIDTH - 2 * PAD - 200, [
    { size: 62, maxLines: 2 },
    { size: 50, maxLines: 3 },
  ]);
  const [kind = ''] = ctx.lines(ctx.clean(video.kind).toLocaleUpperCase('de-DE'), {
    size: 26,
    weight: 700,
    maxWidth: 600,
    maxLines: 1,
  });
  const layer = (style: Style, ...children: CardNode[]) =>
    h('div', { display: 'flex', position: 'absolute', ...style }, ...children);
  const pill = (text: string, style: Style) =>
    h('div', { display: 'flex', fontSize: 28, fontWeight: 700, padding: '8px 18px', borderRadius: 8, ...style }, text);
  const play = h(
    'div',
    {
      display: 'flex',
      width: PLAY,
      height: PLAY,
      borderRadius: PLAY / 2,
      backgroundColor: 'rgba(255,255,255,0.92)',
      alignItems: 'center',
      justifyContent: 'center',
    },
    h('div', {
      display: 'flex',
      width: 54,
      height: 62,
      marginLeft: 12,
      backgroundColor: spec.brand.primary,
      clipPath: 'polygon(0 0, 100% 50%, 0 100%)',
    }),
  );
  return frame(
    spec,
    ctx,
    h(
      'div',
      { display: 'flex', position: 'relative', width: WIDTH, height },
      layer({ top: 0, left: 0 }, ctx.image(video.poster.file, WIDTH, height, { under: true })),
      layer({
        top: 0,
        left: 0,
        width: WIDTH,
        height,
        backgroundImage: 'linear-gradient(to top, rgba(10,16,24,0.88) 0%, rgba(10,16,24,0.35) 55%, rgba(10,16,24,0.15) 100%)',
      }),
      layer(
        { top: 36, left: PAD },
        pill(kind, { backgroundColor: spec.brand.accent, color: '#ffffff', letterSpacing: 1.5, fontSize: 26 }),
      ),
      layer({ top: (height - PLAY) / 2 - 40, left: (WIDTH - PLAY) / 2 }, play),
      layer(
        { left: PAD, right: PAD, bottom: 36, alignItems: 'flex-end', justifyContent: 'space-between' },
        textBlock(title.lines, { fontSize: title.size, fontWeight: 700, lineHeight: 1.08, color: '#ffffff' }),
        pill(ctx.clean(video.duration), { backgroundColor: 'rgba(0,0,0,0.78)', color: '#ffffff', fontSize: 32 }),
      ),
    ),
    'transparent',
  );
}
