/**
 * The `_headers` and `_redirects` files that Netlify and Cloudflare Pages read from the
 * published folder, written and read here so the nginx configuration can be generated
 * from the very same rules. Path patterns use the subset both hosts understand: an exact
 * path, a prefix ending in `*` (`/*`, `/_astro/*`), or whole segments as placeholders
 * (`/themen/:slug/feed.xml`).
 */

/** Headers for one path pattern. */
export interface HeaderRule {
  /** `/exact/path` or `/prefix/*`. */
  path: string;
  headers: [name: string, value: string][];
}

/** One line of `_redirects`: `from to status`. */
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/** Writes rules in the `_headers` format: the path, then indented `Name: value` lines. */
export function renderHeadersFile(rules: HeaderRule[], comment: string): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: unexpected line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Reads a `_redirects` file: `from to [status]` per line, status 301 when left out. */
export function parseRedirectsFile(text: string): Redirect[] {
  const redirects: Redirect[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const [from, to, status = '301'] = line.split(/\s+/);
    if (!from || !to) throw new Error(`_redirects: "${line}" needs a source and a target`);
    redirects.push({ from, to, status: Number.parseInt(status, 10) });
  }
  return redirects;
}

const isPlaceholder = (segment: string) => /^:\w+$/.test(segment);

/** Whether a path pattern matches every path another pattern matches (`/*` covers `/_astro/*`). */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer.endsWith('*')) return inner.startsWith(outer.slice(0, -1));
  const outerParts = outer.split('/');
  const innerParts = inner.split('/');
  if (inner.endsWith('*') || outerParts.length !== innerParts.length) return false;
  return outerParts.every((part, index) => part === innerParts[index] || (isPlaceholder(part) && innerParts[index] !== ''));
}

/** Whether a concrete request path matches a pattern. */
export function patternMatches(pattern: string, requestPath: string): boolean {
  return patternCovers(pattern, requestPath);
}

/** A pattern as a regular expression over request paths (`:slug` is one non-empty segment). */
export function patternRegExp(pattern: string): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (pattern.endsWith('*')) return `^${escape(pattern.slice(0, -1))}`;
  return `^${pattern
    .split('/')
    .map((part) => (isPlaceholder(part) ? '[^/]+' : escape(part)))
    .join('/')}$`;
}

/** Every header that applies to a path, from all rules that match it, in file order. */
export function headersFor(rules: HeaderRule[], requestPath: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.path, requestPath)) continue;
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}
