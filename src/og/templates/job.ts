import type { CardSpec, JobCardData } from '../types.ts';
import { fitTitle, FOOTER, frame, h, HEIGHT, INK, label, PAD, STRIPE, textBlock, WIDTH } from './elements.ts';
import type { CardNode, TemplateContext } from './elements.ts';

/** A job: department, the title, location, employment type and remote note as chips, and the call to apply. */
export function jobCard(spec: CardSpec, job: JobCardData, ctx: TemplateContext): CardNode {
  const textWidth = WIDTH - 2 * PAD;
  const title = fitTitle(ctx, job.title, textWidth, [
    { size: 70, maxLines: 2 },
    { size: 58, maxLines: 3 },
  ]);
  const chip = (text: string, maxWidth: number) => {
    const [line = ''] = ctx.lines(ctx.clean(text), { size: 30, weight: 400, maxWidth: maxWidth - 48, maxLines: 1 });
    return h(
      'div',
      {
        display: 'flex',
        fontSize: 30,
        padding: '8px 22px',
        marginRight: 16,
        border: `2px solid ${spec.brand.primary}`,
        borderRadius: 32,
        color: INK,
      },
      line,
    );
  };
  const [cta = ''] = ctx.lines(ctx.clean(job.cta), { size: 30, weight: 700, maxWidth: 360, maxLines: 1 });
  const chips = [chip(job.locations, 520), chip(job.employmentType, 300), ...(job.remote ? [chip(job.remote, 260)] : [])];
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
        padding: `48px ${PAD}px 44px`,
      },
      label(ctx, [ctx.clean(job.department)], spec.brand.primary, textWidth),
      textBlock(title.lines, { fontSize: title.size, fontWeight: 700, lineHeight: 1.08 }),
      h(
        'div',
        { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
        h('div', { display: 'flex', flexWrap: 'nowrap', width: textWidth - 320 }, ...chips),
        h(
          'div',
          {
            display: 'flex',
            fontSize: 30,
            fontWeight: 700,
            padding: '12px 28px',
            borderRadius: 32,
            backgroundColor: spec.brand.accent,
            color: '#ffffff',
          },
          cta,
        ),
      ),
    ),
  );
}
