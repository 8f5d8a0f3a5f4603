/**
 * Redirects from old addresses (for example a former WordPress blog) to pages of this
 * site. They live in `content/redirects.yaml`, written by `npm run import:wordpress`
 * and editable by hand:
 *
 * ```yaml
 * - from: /2023/05/14/tag-der-offenen-tür/
 *   to: /blog/tag-der-offenen-tuer/
 * ```
 *
 * The build turns each entry into a static redirect page and a line of `_redirects`
 * (the format Netlify and Cloudflare Pages read). Pure functions: parsing, validation,
 * normalisation and serialisation; reading the file is the caller's job.
 */

/** One redirect: an old path on this host and where it now lives. */
export interface Redirect {
  /** The old path, decoded and NFC-normalised, e.g. `/2023/05/14/tag-der-offenen-tür/`. */
  from: string;
  /** A path on this site (`/blog/x/`) or an absolute https address. */
  to: string;
}

/** What is wrong with one entry; `index` is its position in the list. */
export interface RedirectProblem {
  index: number;
  field: 'from' | 'to' | '';
  code: 'redirect-shape' | 'redirect-from' | 'redirect-to' | 'redirect-duplicate' | 'redirect-loop';
  value: string;
}

/** Characters that would make a path a pattern, a query or a fragment instead of one address. */
const UNSAFE_PATH = /[\s?#[\]*:\\<>"'`{}|^]|\.\.|\/\//;

/**
 * The canonical form of an old path: percent-decoded (WordPress writes umlauts as
 * `%c3%bc`), NFC-normalised, with a leading slash. Returns undefined if it cannot be decoded.
 */
export function normalizeRedirectPath(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.trim());
  } catch {
    return undefined;
  }
  decoded = decoded.normalize('NFC');
  return decoded.startsWith('/') ? decoded : `/${decoded}`;
}

const isSitePath = (to: string) => to.startsWith('/') && !to.startsWith('//') && !UNSAFE_PATH.test(to);
const isHttpUrl = (to: string) => /^https?:\/\/[^\s]+$/i.test(to) && URL.canParse(to);

/**
 * Validates the parsed YAML of the redirects file: a list of `{ from, to }`. Entries
 * with problems are left out of `redirects`, so the build never serves a broken one;
 * `index` is each entry's position in the list.
 */
export function parseRedirects(data: unknown): { redirects: Array<Redirect & { index: number }>; problems: RedirectProblem[] } {
  const redirects: Array<Redirect & { index: number }> = [];
  const problems: RedirectProblem[] = [];
  if (data === undefined || data === null) return { redirects, problems };
  if (!Array.isArray(data)) return { redirects, problems: [{ index: -1, field: '', code: 'redirect-shape', value: '' }] };
  const seen = new Set<string>();
  data.forEach((item: unknown, index) => {
    const entry = item as Record<string, unknown> | null;
    const keys = entry && typeof entry === 'object' ? Object.keys(entry) : [];
    if (
      !entry ||
      typeof entry.from !== 'string' ||
      typeof entry.to !== 'string' ||
      keys.some((k) => k !== 'from' && k !== 'to')
    ) {
      problems.push({ index, field: '', code: 'redirect-shape', value: JSON.stringify(item) ?? '' });
      return;
    }
    const from = normalizeRedirectPath(entry.from);
    if (!from || from === '/' || UNSAFE_PATH.test(from)) {
      problems.push({ index, field: 'from', code: 'redirect-from', value: entry.from });
      return;
    }
    const target = entry.to.trim();
    const to = target.startsWith('/') ? (normalizeRedirectPath(target) ?? target) : target;
    if (!isSitePath(to) && !isHttpUrl(to)) {
      problems.push({ index, field: 'to', code: 'redirect-to', value: entry.to });
      return;
    }
    if (withSlash(from) === withSlash(to)) {
      problems.push({ index, field: 'to', code: 'redirect-loop', value: entry.to });
      return;
    }
    if (seen.has(withSlash(from))) {
      problems.push({ index, field: 'from', code: 'redirect-duplicate', value: entry.from });
      return;
    }
    seen.add(withSlash(from));
    redirects.push({ from, to, index });
  });
  return { redirects, problems };
}

/** `/a/b` → `/a/b/`; paths that name a file (`/feed.xml`) keep their form. */
export function withSlash(path: string): string {
  if (path.endsWith('/') || /\.[a-z0-9]{1,5}$/i.test(path)) return path;
  return `${path}/`;
}

/** Percent-encodes each segment of a decoded path, keeping the slashes. */
export const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The `_redirects` file for static hosts (Netlify, Cloudflare Pages): one
 * `from to 301` line per redirect, ASCII only, sorted so builds are byte-identical.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map(({ from, to }) => `${encodePath(from)} ${to.startsWith('/') ? encodePath(to) : new URL(to).href} 301`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Astro's `redirects` config: the decoded path (its static page is written there) → target. */
export function astroRedirects(redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(redirects.map(({ from, to }) => [withSlash(from), to]));
}
