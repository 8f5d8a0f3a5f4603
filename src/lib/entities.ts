/**
 * Decodes the character references of HTML or XML text — numeric ones and the five XML
 * names — in one pass, so `&amp;lt;` stays `&lt;` and is never decoded twice. Other named
 * references are left as they are.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED[name] ?? reference;
  });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
