import type { CardSpec, PostCardData } from '../types.ts';
import { fitTitle, FOOTER, frame, h, HEIGHT, initials, label, MUTED, PAD, STRIPE, textBlock, WIDTH } from './elements.ts';
import type { CardNode, TemplateContext } from './elements.ts';

const COVER_WIDTH = 430;
const AVATAR = 92;

/** A post: kind and department, the title, the byline with the first author's photo, the date; the cover on the right. */
export function postCard(spec: CardSpec, post: PostCardData, ctx: TemplateContext): CardNode {
  const bodyHeight = HEIGHT - STRIPE - FOOTER;
  const columnWidth = post.cover ? WIDTH - COVER_WIDTH : WIDTH;
  const textWidth = columnWidth - 2 * PAD;
  const title = fitTitle(ctx, post.title, textWidth, [
    { size: post.cover ? 60 : 70, maxLines: 3 },
    { size: post.cover ? 50 : 58, maxLines: 4 },
  ]);
  const names = ctx.clean(post.authors.join(', '));
  const [byline = ''] = ctx.lines(names, { size: 32, weight: 700, maxWidth: textWidth - AVATAR - 24, maxLines: 1 });
  const avatar = post.photo
    ? ctx.image(post.photo.file, AVATAR, AVATAR, { round: true })
    : initials(ctx.clean(post.authors[0] ?? spec.brand.siteName), AVATAR, spec.brand.primary);
  const column = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: columnWidth,
      height: bodyHeight,
      padding: `48px ${PAD}px 40px`,
    },
    label(ctx, [post.kind, post.department], spec.brand.primary, textWidth),
    textBlock(title.lines, { fontSize: title.size, fontWeight: 700, lineHeight: 1.08 }),
    h(
      'div',
      { display: 'flex', alignItems: 'center' },
      avatar,
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 24 },
        h('div', { display: 'flex', fontSize: 32, fontWeight: 700 }, byline),
        h('div', { display: 'flex', fontSize: 28, color: MUTED }, ctx.clean(post.date)),
      ),
    ),
  );
  const cover = post.cover ? ctx.image(post.cover.file, COVER_WIDTH, bodyHeight) : undefined;
  return frame(spec, ctx, cover ? h('div', { display: 'flex' }, column, cover) : column);
}
