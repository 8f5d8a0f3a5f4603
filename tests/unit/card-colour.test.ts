import { describe, expect, it } from 'vitest';
import { parseHexColour } from '../../src/og/colour.ts';
import { parseColour } from '../../src/og/render.ts';
import { tint } from '../../src/og/templates/elements.ts';

/** The one hex colour parser (src/og/colour.ts), behind the templates' tint() and the text painter's colours. */
describe('card colours', () => {
  it('reads #rgb, #rrggbb and #rrggbbaa, and nothing else', () => {
    expect(parseHexColour('#1f4e79')).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect(parseHexColour('#abc')).toEqual([0xaa, 0xbb, 0xcc, 255]);
    expect(parseHexColour(' #1F4E7980 ')).toEqual([0x1f, 0x4e, 0x79, 0x80]);
    for (const value of ['#abcd', '#12345', 'blue', '1f4e79', '#ggg']) expect(parseHexColour(value), value).toBeUndefined();
  });

  it('tints short and long brand colours alike, and refuses what is not a colour', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#abc', 0.1)).toBe(tint('#aabbcc', 0.1));
    expect(tint('#1f4e79', 1)).toBe('#1f4e79');
    expect(() => tint('kein-farbwert', 0.1)).toThrow(/kein-farbwert/);
  });

  it('gives the painter the same channels for hex and rgb() text colours', () => {
    expect(parseColour('#1f4e79')).toEqual(parseColour('rgb(31, 78, 121)'));
    expect(() => parseColour('blue', '/og/x.png')).toThrow(/\/og\/x\.png/);
  });
});
