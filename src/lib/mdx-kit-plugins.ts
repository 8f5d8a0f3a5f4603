import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';

/**
 * Sätteri mdast plugins for the MDX kit, registered in astro.config.mjs
 * (`mdx({ processor: satteri({ mdastPlugins: kitMdastPlugins() }) })`).
 *
 * - `<Bild src="./halle.jpg" />`: an MDX component gets `src` as a plain string, but
 *   astro:assets optimises only imported images. The plugin does what @astrojs/mdx does
 *   for Markdown images: it adds `import __bild_0__ from "./halle.jpg"` to the module and
 *   passes `src={__bild_0__}`. The path stays relative to the MDX file, so Vite resolves it
 *   wherever the content folder is (EINBLICK_CONTENT). A `<Bild>` inside a `<Galerie>`
 *   also gets `galerie={true}`, so it renders as a thumbnail linked to the full image.
 * - `<Veranstaltung … />`: the first one's props are recorded in the module's frontmatter
 *   (`veranstaltung`), which `render(entry)` returns as `remarkPluginFrontmatter`, for the
 *   Event JSON-LD in the page's head.
 */

/** The props of a post's first `<Veranstaltung>`, as written. */
export type EventProps = Record<string, string>;

/** The frontmatter key the first `<Veranstaltung>`'s props are recorded under. */
export const EVENT_FRONTMATTER_KEY = 'veranstaltung';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes: JsxAttribute[];
}

/** Relative to the post's file: `./halle.jpg`, `../gemeinsam/halle.jpg`. */
const isRelative = (value: string) => value.startsWith('./') || value.startsWith('../');

const stringProps = (node: JsxNode): EventProps =>
  Object.fromEntries(
    node.attributes
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      .map((attribute) => [attribute.name ?? '', attribute.value as string]),
  );

/** The Bild plugin: relative `src` to an ESM import, `galerie` inside a Galerie. */
function bildImports(): MdastPluginDefinition {
  const visit = (node: JsxNode, ctx: Parameters<NonNullable<MdastPluginDefinition['after']>>[1]) => {
    if (node.name !== 'Bild') return undefined;
    const imports = (ctx.data['kitImports'] ??= new Map<string, string>()) as Map<string, string>;
    let inGallery = false;
    for (let parent = ctx.parent(node as never) as unknown; parent; parent = ctx.parent(parent as never) as unknown) {
      if ((parent as JsxNode).name === 'Galerie') inGallery = true;
    }
    const attributes = node.attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'src' || typeof attribute.value !== 'string')
        return attribute;
      if (!isRelative(attribute.value)) return attribute;
      const file = decodeURI(attribute.value);
      let name = imports.get(file);
      if (!name) {
        name = `__bild_${imports.size}__`;
        imports.set(file, name);
      }
      return { type: 'mdxJsxAttribute', name: 'src', value: { type: 'mdxJsxAttributeValueExpression', value: name } };
    });
    if (inGallery)
      attributes.push({
        type: 'mdxJsxAttribute',
        name: 'galerie',
        value: { type: 'mdxJsxAttributeValueExpression', value: 'true' },
      });
    return { ...node, attributes } as never;
  };
  return defineMdastPlugin({
    name: 'einblick-bild-imports',
    mdxJsxFlowElement: (node, ctx) => visit(node as unknown as JsxNode, ctx),
    mdxJsxTextElement: (node, ctx) => visit(node as unknown as JsxNode, ctx),
    after(root, ctx) {
      const imports = ctx.data['kitImports'] as Map<string, string> | undefined;
      if (!imports || imports.size === 0) return;
      const lines = [...imports].map(([file, name]) => `import ${name} from ${JSON.stringify(file)};`);
      ctx.prependChild(root, { type: 'mdxjsEsm', value: lines.join('\n') } as never);
    },
  });
}

/** The Veranstaltung plugin: the first event's props into the frontmatter. */
function eventFrontmatter(): MdastPluginDefinition {
  const visit = (node: JsxNode, ctx: { data: Record<string, unknown> }) => {
    if (node.name !== 'Veranstaltung') return;
    const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    if (!astro?.frontmatter || EVENT_FRONTMATTER_KEY in astro.frontmatter) return;
    astro.frontmatter[EVENT_FRONTMATTER_KEY] = stringProps(node);
  };
  return defineMdastPlugin({
    name: 'einblick-veranstaltung-frontmatter',
    mdxJsxFlowElement: (node, ctx) => visit(node as unknown as JsxNode, ctx as never),
    mdxJsxTextElement: (node, ctx) => visit(node as unknown as JsxNode, ctx as never),
  });
}

/** Both plugins, in the order they run. */
export const kitMdastPlugins = (): MdastPluginDefinition[] => [bildImports(), eventFrontmatter()];
