import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render, type CollectionKey } from 'astro:content';
import { feedComponents } from '../../components/mdx/components.ts';
import type { Entry } from '../../data/load.ts';

/**
 * The full HTML of an entry for feeds, rendered with Astro's Container API: the same MDX
 * pipeline as the page (images optimised, headings, footnotes), with feed versions of
 * the interactive components. Each entry is rendered once per build, however many feeds list it.
 */

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

async function create(): Promise<AstroContainer> {
  const made = await AstroContainer.create();
  made.addServerRenderer({ name: 'mdx', renderer: mdxRenderer });
  return made;
}

/** The entry's body as HTML (URLs still relative; see lib/feeds/html.ts). */
export function entryHtml<C extends CollectionKey>(entry: Entry<C>): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    html = (async () => {
      container ??= create();
      const { Content } = await render(entry);
      return (await container).renderToString(Content, { props: { components: feedComponents } });
    })();
    rendered.set(key, html);
  }
  return html;
}
