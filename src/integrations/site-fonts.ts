import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildEnv } from '../lib/build-env.ts';
import { recordSpan } from '../lib/build-timings.ts';
import { siteCodePoints, writeSiteFonts } from '../lib/site-fonts.ts';

/** The import prefix of the site's fonts and their stylesheet (`@einblick-fonts/fonts.css`). */
export const FONTS_ALIAS = '@einblick-fonts';

/**
 * The site's web fonts (src/lib/site-fonts.ts) for a build or the dev server: before Vite
 * starts, the fonts and their stylesheet are written to a folder in the build cache, and
 * `@einblick-fonts/…` imports resolve there (the layout imports `fonts.css`, the head
 * preloads `source-sans-3-common.woff2`). Vite then hashes and emits them like any asset.
 *
 * A build cuts the fonts to the site's characters (cached by them); `astro dev` serves the
 * uncut files, since authors add text while it runs.
 */
export function siteFonts(): AstroIntegration {
  return {
    name: 'einblick:site-fonts',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const building = command === 'build';
        const started = performance.now();
        const codePoints = building ? siteCodePoints(root, readBuildEnv(root).contentDir) : undefined;
        const result = await writeSiteFonts(root, cacheDir, codePoints);
        updateConfig({ vite: { resolve: { alias: [{ find: FONTS_ALIAS, replacement: result.dir }] } } });
        if (building) {
          recordSpan('fonts', performance.timeOrigin + started, undefined, { subsetAnew: result.subsetAnew });
          const files = result.fonts.map(
            (font) => `${font.file.replace(/^source-sans-3-|\.woff2$/g, '')} ${font.codePoints.length}`,
          );
          logger.info(
            `Fonts: ${result.fonts.length} files (${files.join(', ')} characters), ` +
              `subset anew: ${result.subsetAnew}, ${Math.round(performance.now() - started)} ms`,
          );
        }
      },
    },
  };
}
