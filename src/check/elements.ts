/**
 * Rules for HTML elements and attributes in a body, shared by MDX (JSX elements) and
 * Markdown (raw HTML): nothing may load from another host or run code.
 */

/** Reports a finding at a position; body rules point at the author's line. */
export type Report = (
  rule: string,
  at: { line: number; column: number },
  params: Record<string, string | number | undefined>,
  severity?: 'error' | 'warning',
  field?: string,
) => void;

/**
 * What a URL does when the page loads or when it is clicked:
 * `remote` (another host), `unsafe` (runs code or embeds data: `javascript:`, `vbscript:`,
 * `data:`), `other` (`mailto:`, `tel:`, …) or `local` (a path in this site).
 */
export function classifyUrl(url: string): 'remote' | 'unsafe' | 'other' | 'local' {
  // Browsers ignore whitespace and control characters inside a scheme: `java\tscript:`.
  // eslint-disable-next-line no-control-regex -- those characters are what is removed here
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^(?:javascript|vbscript|data):/i.test(compact)) return 'unsafe';
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(compact)) return 'remote';
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return 'other';
  return 'local';
}

/** The 11-character id in a YouTube link, if there is one. */
export function youtubeIdOf(value: string): string | undefined {
  return /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/|v\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/.exec(
    value,
  )?.[1];
}

/** The host a URL loads from, for messages. */
export function hostOf(url: string): string {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? url;
}

/** `h2` → 2. */
export const headingDepth = (name: string): number | undefined => {
  const match = /^h([1-6])$/i.exec(name);
  return match ? Number(match[1]) : undefined;
};

/** Elements that embed another site: the YouTube case gets the Video component. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal']);
/** Elements that run code or change the site's look. */
const CODE = new Set(['script', 'style', 'link', 'meta', 'base']);
/** Media that bypass image optimisation and alt-text checks, or stream from elsewhere. */
const MEDIA = new Set(['img', 'picture', 'source', 'video', 'audio', 'track']);
/** Forms can send what visitors type to another host. */
const FORMS = new Set(['form', 'input', 'button', 'select', 'textarea']);

/** Attributes whose URL is loaded with the page (not merely linked). */
const LOADS = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'longdesc']);
/** Attributes whose URL is followed or submitted. */
const LINKS = new Set(['href', 'action', 'formaction', 'xlink:href', 'cite', 'ping', 'manifest']);

/** Element-level rules: which elements an author may not write, and what to write instead. */
export function checkElement(
  name: string,
  attributes: ReadonlyMap<string, string | undefined>,
  at: { line: number; column: number },
  report: Report,
): boolean {
  const element = name.toLowerCase();
  const src = attributes.get('src') ?? attributes.get('data') ?? '';
  if (EMBEDS.has(element)) {
    report('html-embed', at, { element, host: src ? hostOf(src) : '—', id: youtubeIdOf(src), url: src || undefined });
  } else if (CODE.has(element)) report('html-code', at, { element });
  else if (MEDIA.has(element)) report('html-media', at, { element, src: src || undefined });
  else if (FORMS.has(element)) report('html-form', at, { element });
  else return false;
  return true;
}

/** Checks an element and its attributes; a forbidden element's URLs are not reported twice. */
export function checkTag(
  name: string,
  attributes: ReadonlyMap<string, string | undefined>,
  at: { line: number; column: number },
  report: Report,
): void {
  const forbidden = checkElement(name, attributes, at, report);
  for (const [attribute, value] of attributes) checkAttribute(name, attribute, value, at, report, forbidden);
}

/** Attribute-level rules: inline styles, event handlers, unsafe and remote URLs. */
export function checkAttribute(
  element: string,
  attribute: string,
  value: string | undefined,
  at: { line: number; column: number },
  report: Report,
  elementReported = false,
): void {
  const name = attribute.toLowerCase();
  if (name === 'style') report('html-style', at, { element });
  else if (/^on[a-z]/.test(name)) report('html-event', at, { element, attribute });
  if (value === undefined) return;
  const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
  for (const url of urls) {
    if (!LOADS.has(name) && !LINKS.has(name)) continue;
    const kind = classifyUrl(url);
    if (kind === 'unsafe') {
      report('unsafe-link', at, {
        value: url.length > 30 ? `${url.slice(0, 29)}…` : url,
        scheme: url.split(':')[0]?.trim().toLowerCase(),
      });
    } else if (kind === 'remote' && LOADS.has(name) && !elementReported) {
      report('remote-resource', at, { element, attribute: name, host: hostOf(url) });
    }
  }
}
