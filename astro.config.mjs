// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { readBuildEnv } from './src/lib/build-env.ts';
import { previewFlag } from './src/integrations/preview-flag.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const env = readBuildEnv(root);
/** The base URL is the author's, in content/site.yaml; canonical URLs and feeds derive from it. */
const site = /** @type {{ baseUrl?: string }} */ (parse(readFileSync(path.join(env.contentDir, 'site.yaml'), 'utf8')) ?? {});

export default defineConfig({
  site: site.baseUrl ?? 'https://example.invalid',
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [previewFlag(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" directive; the
        // bundler's note about it is noise for authors reading the build log.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
