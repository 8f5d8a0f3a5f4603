import { KIT_COMPONENTS } from '../../schemas/kit.ts';

/**
 * The kit's components by name, for `<Content components={…} />` on the post page: every
 * `<Name>.astro` beside this file that the kit lists. A kit entry without its file (or a
 * file the kit does not list) fails here, at build time, and in tests/unit/kit.test.ts.
 */
const files = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

export const mdxComponents: Record<string, unknown> = Object.fromEntries(
  Object.keys(KIT_COMPONENTS).map((name) => {
    const module = files[`./${name}.astro`];
    if (!module) throw new Error(`src/schemas/kit.ts lists <${name}>, but src/components/mdx/${name}.astro is missing`);
    return [name, module.default];
  }),
);

const feedFiles = import.meta.glob<{ default: unknown }>('../feeds/Feed*.astro', { eager: true });

/**
 * The same components for feeds: a static version `src/components/feeds/Feed<Name>.astro`
 * where the page's would need a script or a consent click (the video player becomes its
 * poster and a link), the page's component everywhere else.
 */
export const feedComponents: Record<string, unknown> = Object.fromEntries(
  Object.entries(mdxComponents).map(([name, component]) => [name, feedFiles[`../feeds/Feed${name}.astro`]?.default ?? component]),
);
