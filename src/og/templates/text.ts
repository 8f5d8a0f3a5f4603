import type { CardSpec, TextCardData } from '../types.ts';
import { fitTitle, FOOTER, frame, h, HEIGHT, label, MUTED, PAD, STRIPE, textBlock, tint, WIDTH } from './elements.ts';
import type { CardNode, TemplateContext } from './elements.ts';

const RING = 360;

/** Departments, tags, the home page and plain pages: label, heading, text, a note, and the brand ring. */
export function textCard(spec: CardSpec, card: TextCardData, ctx: TemplateContext): CardNode {
  const textWidth = WIDTH - 2 * PAD - 180;
  const heading = fitTitle(ctx, card.heading, textWidth, [
    { size: 76, maxLines: 2 },
    { size: 62, maxLines: 3 },
  ]);
  const text = ctx.lines(ctx.clean(card.text), {
    size: 32,
    weight: 400,
    maxWidth: textWidth,
    maxLines: heading.lines.length > 2 ? 2 : 3,
  });
  // The favicon's ring, pale, as a decoration (a bordered circle: cheap to rasterise).
  const ring = h('div', {
    display: 'flex',
    position: 'absolute',
    right: -90,
    top: -40,
    width: RING,
    height: RING,
    borderRadius: RING / 2,
    border: `${RING / 5}px solid ${tint(spec.brand.primary, 0.1)}`,
  });
  return frame(
    spec,
    ctx,
    h(
      'div',
      {
        display: 'flex',
        position: 'relative',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: WIDTH,
        height: HEIGHT - STRIPE - FOOTER,
        padding: `48px ${PAD}px 40px`,
      },
      ring,
      label(ctx, [card.label], spec.brand.primary, textWidth),
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        textBlock(heading.lines, { fontSize: heading.size, fontWeight: 700, lineHeight: 1.08 }),
        textBlock(text, { fontSize: 32, color: MUTED, lineHeight: 1.25, marginTop: 20 }),
      ),
      h('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: spec.brand.primary }, ctx.clean(card.note ?? '')),
    ),
  );
}
