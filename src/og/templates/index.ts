import type { CardSpec } from '../types.ts';
import type { CardNode, TemplateContext } from './elements.ts';
import { jobCard } from './job.ts';
import { personCard } from './person.ts';
import { postCard } from './post.ts';
import { teamCard } from './team.ts';
import { textCard } from './text.ts';
import { videoCard } from './video.ts';

export type { TemplateContext } from './elements.ts';

/** The element tree of a card, by its template. */
export function cardElement(spec: CardSpec, ctx: TemplateContext): CardNode {
  switch (spec.template) {
    case 'post':
      return postCard(spec, spec.post, ctx);
    case 'job':
      return jobCard(spec, spec.job, ctx);
    case 'person':
      return personCard(spec, spec.person, ctx);
    case 'video':
      return videoCard(spec, spec.video, ctx);
    case 'team':
      return teamCard(spec, spec.team, ctx);
    case 'text':
      return textCard(spec, spec.text, ctx);
  }
}
