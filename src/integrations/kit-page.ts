import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { KIT_COMPONENTS } from '../schemas/kit.ts';

/** The import the kit page renders; resolved to the generated file in `astro dev` only. */
export const KIT_MODULE = 'virtual:einblick-kit.mdx';

/**
 * The kit page for authors, `/baukasten/`, in `astro dev` only (a production build never
 * has it): every component of the MDX kit (src/schemas/kit.ts) with its example's
 * MDX source beside what it renders, so authors copy from there. The page is an MDX file
 * generated from the kit's own examples into `.astro/einblick-kit/` (with stand-in pictures
 * for the examples' `./…` images), compiled by Astro's MDX pipeline like a post.
 */
export function kitPage(): AstroIntegration {
  return {
    name: 'einblick:kit-page',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute, updateConfig }) => {
        if (command !== 'dev') return;
        const folder = path.join(fileURLToPath(config.root), '.astro', 'einblick-kit');
        await writeKit(folder);
        injectRoute({ pattern: '/baukasten', entrypoint: new URL('../dev/Baukasten.astro', import.meta.url) });
        updateConfig({ vite: { resolve: { alias: [{ find: KIT_MODULE, replacement: path.join(folder, 'kit.mdx') }] } } });
      },
    },
  };
}

/** A fenced block that no example can end early. */
const fence = (source: string) => {
  const ticks = '`'.repeat(Math.max(3, ...[...source.matchAll(/`+/g)].map((run) => run[0].length + 1)));
  return `${ticks}mdx\n${source}\n${ticks}`;
};

/** The kit as MDX: a section per component with its description, source and result. */
export function kitMdx(): string {
  return Object.entries(KIT_COMPONENTS)
    .map(([name, component]) =>
      [
        `## ${name}`,
        '',
        component.description.replace(/[{}<]/g, (char) => `&#${char.charCodeAt(0)};`),
        '',
        '<div class="kit-pair">',
        '<div class="kit-source">',
        '',
        fence(component.example),
        '',
        '</div>',
        '<div class="kit-result">',
        '',
        component.example,
        '',
        '</div>',
        '</div>',
        '',
      ].join('\n'),
    )
    .join('\n');
}

async function writeKit(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'kit.mdx'), kitMdx());
  // The examples' pictures (`src="./halle.jpg"`): stand-ins, so every example renders.
  const pictures = new Set(
    Object.values(KIT_COMPONENTS).flatMap((component) =>
      [...component.example.matchAll(/"\.\/([\w.-]+\.(?:jpe?g|png|webp))"/g)].map((match) => match[1]!),
    ),
  );
  await Promise.all(
    [...pictures].map((name, index) =>
      sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 60 + index * 30, g: 110, b: 140 } } })
        .toFormat(name.endsWith('.png') ? 'png' : name.endsWith('.webp') ? 'webp' : 'jpeg')
        .toFile(path.join(folder, name)),
    ),
  );
}
