/**
 * Author text as feeds need it. XML 1.0 has no way to write most control characters (not
 * even escaped), lone surrogates or U+FFFE/U+FFFF, so they are removed from every feed;
 * everything else is kept and escaped where it is written. JSON could carry them, but both
 * feeds should say the same.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The same characters without the surrogate checks, which need look-around and are slow on long texts. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NONCHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Removes characters XML cannot carry; keeps tabs and line breaks. Most texts (a post's
 * whole HTML in `content:encoded`) have none: they are returned as they are after two
 * quick checks instead of a search with look-behind through the whole text.
 */
export const xmlSafe = (text: string): string =>
  text.isWellFormed() && !CONTROL_OR_NONCHARACTER.test(text) ? text : text.replace(NOT_XML, '');

/** One line of text (titles, summaries): XML-safe, every kind of line break and run of spaces made one space. */
export const oneLine = (text: string): string =>
  xmlSafe(text)
    .replace(/[\s\u2028\u2029\u0085]+/g, ' ')
    .trim();

/** Text for an XML text node or attribute value. */
export const escapeXml = (text: string): string =>
  xmlSafe(text).replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );
