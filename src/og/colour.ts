/** Red, green, blue and alpha, each 0–255. */
export type Rgba = readonly [number, number, number, number];

/**
 * A hex colour (`#rgb`, `#rrggbb` or `#rrggbbaa`) as its channels, or undefined when it
 * is not one: the brand colours of site.yaml and the fills satori writes.
 */
export function parseHexColour(value: string): Rgba | undefined {
  const hex = /^#([\da-f]{3}|[\da-f]{6}|[\da-f]{8})$/i.exec(value.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const channel = (index: number) => Number.parseInt(full.slice(index * 2, index * 2 + 2), 16);
  return [channel(0), channel(1), channel(2), full.length === 8 ? channel(3) : 255];
}
