/**
 * Serialises structured data for a `<script type="application/ld+json">` element.
 * JSON.stringify alone is not enough inside HTML: author text such as `</script>` would
 * end the element, and `<!--` would start a comment. Escaping `<`, `>` and `&` as JSON
 * unicode escapes keeps the JSON identical for parsers; U+2028/U+2029 are escaped so
 * the text is also valid JavaScript for older consumers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
