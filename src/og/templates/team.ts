import type { CardSpec, TeamCardData } from '../types.ts';
import { fitTitle, FOOTER, frame, h, HEIGHT, label, MUTED, PAD, STRIPE, textBlock, WIDTH } from './elements.ts';
import type { CardNode, TemplateContext } from './elements.ts';

const FACE = 84;
const MAX_FACES = 9;

/** A team: its name, what it does, and a row of member portraits with the member count. */
export function teamCard(spec: CardSpec, team: TeamCardData, ctx: TemplateContext): CardNode {
  const textWidth = WIDTH - 2 * PAD;
  const title = fitTitle(ctx, team.name, textWidth, [
    { size: 68, maxLines: 1 },
    { size: 56, maxLines: 2 },
  ]);
  const text = ctx.lines(ctx.clean(team.description), { size: 32, weight: 400, maxWidth: textWidth, maxLines: 2 });
  const faces = team.photos
    .slice(0, MAX_FACES)
    .map((photo, index) =>
      h('div', { display: 'flex', marginLeft: index === 0 ? 0 : 12 }, ctx.image(photo.file, FACE, FACE, { round: true })),
    );
  return frame(
    spec,
    ctx,
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: WIDTH,
        height: HEIGHT - STRIPE - FOOTER,
        padding: `48px ${PAD}px 40px`,
      },
      label(ctx, [team.label], spec.brand.primary, textWidth),
      h(
        'div',
        { display: 'flex', flexDirection: 'column' },
        textBlock(title.lines, { fontSize: title.size, fontWeight: 700, lineHeight: 1.08 }),
        textBlock(text, { fontSize: 32, color: MUTED, lineHeight: 1.25, marginTop: 16 }),
      ),
      h(
        'div',
        { display: 'flex', alignItems: 'center' },
        ...faces,
        h(
          'div',
          { display: 'flex', fontSize: 30, fontWeight: 700, marginLeft: faces.length > 0 ? 24 : 0 },
          ctx.clean(team.members),
        ),
      ),
    ),
  );
}
