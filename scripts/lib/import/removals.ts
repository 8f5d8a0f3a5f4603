import type { Removal } from './sanitize.ts';

/** How the importers report what the sanitiser removed. */

/** Report codes for what the sanitiser removed; null for parts that carry nothing a reader would miss. */
const REMOVAL_CODES: Record<string, string | null> = {
  script: 'script',
  noscript: 'script',
  template: 'script',
  style: 'style',
  iframe: 'iframe',
  frame: 'iframe',
  frameset: 'iframe',
  portal: 'iframe',
  object: 'object',
  embed: 'object',
  applet: 'object',
  svg: 'object',
  math: 'object',
  canvas: 'object',
  form: 'form',
  input: 'form',
  button: 'form',
  select: 'form',
  textarea: 'form',
  dialog: 'form',
  media: 'media',
  'unsafe-link': 'link',
  param: null,
  option: null,
  source: null,
  track: null,
  link: null,
  meta: null,
  base: null,
  head: null,
  title: null,
  slot: null,
  'embed-link': 'embed-link',
};

/** Removals as report entries, one per distinct code and detail. */
export function removalEntries(
  subject: string,
  removals: readonly Removal[],
): Array<{ subject: string; code: string; detail: string }> {
  const seen = new Set<string>();
  const entries: Array<{ subject: string; code: string; detail: string }> = [];
  for (const removal of removals) {
    const code = removal.kind in REMOVAL_CODES ? REMOVAL_CODES[removal.kind] : removal.kind;
    if (!code) continue;
    const detail = removal.detail.trim();
    const key = `${code}\u0000${detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ subject, code, detail });
  }
  return entries;
}
