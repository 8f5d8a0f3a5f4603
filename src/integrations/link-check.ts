import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltLinks } from '../check/built-links.ts';
import { formatReport } from '../check/format.ts';
import type { Lang } from '../check/messages.ts';
import { readBuildEnv } from '../lib/build-env.ts';
import { recordSpan } from '../lib/build-timings.ts';
import { quiet } from './content-check.ts';

/**
 * After the pages are written, every internal link in the content of post, job, person,
 * team and video pages must reach a file of the output (or a redirect), and its anchor an
 * `id` of the target page (src/check/built-links.ts). This is what the content check
 * cannot know from content: filter selections, generated pages, anchors of list pages.
 * A broken link is reported like a finding of the check (the entry's file, line, field
 * and fix) and fails the build, so `npm run build` keeps the last good site.
 */
export function linkCheck(): AstroIntegration {
  let root = '';
  const lang: Lang = process.env['EINBLICK_LANG'] === 'en' ? 'en' : 'de';
  return {
    name: 'einblick:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { findings, links, pages } = checkBuiltLinks(root, readBuildEnv(root).contentDir, fileURLToPath(dir));
        const took = Math.round(performance.now() - started);
        recordSpan('link check', performance.timeOrigin + started, undefined, { pages });
        if (findings.length > 0) {
          process.stderr.write(`\n${formatReport(findings, pages, lang)}\n\n`);
          throw quiet(
            lang === 'de'
              ? `Build abgebrochen: ${findings.length} Links führen im fertigen Build ins Leere (Liste oben). npm run build behält die letzte Website.`
              : `Build stopped: ${findings.length} links lead nowhere in the finished build (listed above). npm run build keeps the last good site.`,
          );
        }
        logger.info(
          lang === 'de'
            ? `${links} Links auf ${pages} Seiten geprüft (${took} ms)`
            : `${links} links on ${pages} pages checked (${took} ms)`,
        );
      },
    },
  };
}
