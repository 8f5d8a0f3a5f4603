import { KIT_COMPONENTS } from '../components/mdx/kit.ts';

/**
 * The components an MDX post may use: the kit (src/components/mdx/kit.ts). Posts never
 * import code; the post page passes these components to the rendered content.
 */
export function mdxComponents(): Set<string> {
  return new Set(Object.keys(KIT_COMPONENTS));
}
