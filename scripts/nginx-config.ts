/**
 * `npm run nginx:config -- [dist] [--root /srv/www/einblick] [--out file]`: writes the
 * nginx configuration of a built site (headers, CSP, caching, feed types, 404 page,
 * redirects) from the build's `_headers` and `_redirects`. `--root` is where the site
 * will live on the server (default: the absolute path of the build folder). The output
 * goes inside a `server { … }` block; see deploy/README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeadersFile, parseRedirectsFile } from '../src/lib/headers-file.ts';
import { renderNginxSite } from '../src/lib/nginx-config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string' }, out: { type: 'string' } },
});
const dist = path.resolve(positionals[0] ?? 'dist');
const headersFile = path.join(dist, '_headers');
if (!existsSync(headersFile)) {
  process.stderr.write(`${headersFile} fehlt: erst \`npm run build\` ausführen. (Run the build first.)\n`);
  process.exit(1);
}
const redirectsFile = path.join(dist, '_redirects');
const config = renderNginxSite({
  root: values.root ?? dist,
  rules: parseHeadersFile(readFileSync(headersFile, 'utf8')),
  redirects: existsSync(redirectsFile) ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8')) : [],
});
if (values.out) writeFileSync(values.out, config);
else process.stdout.write(config);
