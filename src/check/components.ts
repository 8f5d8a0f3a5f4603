import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The components an MDX post may use: every `.astro` file in `src/components/mdx/`
 * (`Video.astro` → `<Video />`). Posts never import code; the post page passes these
 * components to the rendered content, so the list grows when a component is added there.
 */
export function mdxComponents(root: string): Set<string> {
  try {
    return new Set(
      readdirSync(path.join(root, 'src', 'components', 'mdx'))
        .filter((name) => /^[A-Z][A-Za-z0-9]*\.astro$/.test(name))
        .map((name) => name.replace(/\.astro$/, '')),
    );
  } catch {
    return new Set();
  }
}
