import type { CardSpec, PersonCardData } from '../types.ts';
import { fitTitle, FOOTER, frame, h, HEIGHT, initials, label, MUTED, PAD, STRIPE, textBlock, WIDTH } from './elements.ts';
import type { CardNode, TemplateContext } from './elements.ts';

const PHOTO = 344;
const RING = 8;

/** A person: the portrait (or initials), name, role and department. */
export function personCard(spec: CardSpec, person: PersonCardData, ctx: TemplateContext): CardNode {
  const name = ctx.clean(person.name);
  const textWidth = WIDTH - 2 * PAD - PHOTO - 2 * RING - 56;
  const heading = fitTitle(ctx, name, textWidth, [
    { size: 76, maxLines: 2 },
    { size: 60, maxLines: 2 },
  ]);
  const role = ctx.lines(ctx.clean(person.role), { size: 36, weight: 400, maxWidth: textWidth, maxLines: 2 });
  // The accent ring is a disc behind the round photo: no border, so no clipping work.
  const photo = h(
    'div',
    {
      display: 'flex',
      flexShrink: 0,
      padding: RING,
      borderRadius: PHOTO / 2 + RING,
      backgroundColor: spec.brand.accent,
    },
    person.photo ? ctx.image(person.photo.file, PHOTO, PHOTO, { round: true }) : initials(name, PHOTO, spec.brand.primary),
  );
  return frame(
    spec,
    ctx,
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        width: WIDTH,
        height: HEIGHT - STRIPE - FOOTER,
        padding: `0 ${PAD}px`,
      },
      photo,
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 56, width: textWidth },
        label(ctx, [person.department], spec.brand.primary, textWidth),
        textBlock(heading.lines, { fontSize: heading.size, fontWeight: 700, lineHeight: 1.08, marginTop: 16 }),
        textBlock(role, { fontSize: 36, color: MUTED, lineHeight: 1.2, marginTop: 16 }),
      ),
    ),
  );
}
