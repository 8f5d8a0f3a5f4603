/**
 * The parts of satori's font libraries — `@shuding/opentype.js` and `harfbuzzjs`, which
 * ship no types — that the card text painter uses.
 */
declare module '@shuding/opentype.js' {
  export interface PathCommand {
    type: string;
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  export interface OpenTypePath {
    commands: PathCommand[];
  }
  export interface OpenTypeGlyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): OpenTypePath;
  }
  export interface OpenTypeFont {
    unitsPerEm: number;
    charToGlyphIndex(char: string): number;
    glyphs: { get(index: number): OpenTypeGlyph | undefined };
  }
  const opentype: { parse(data: ArrayBuffer): OpenTypeFont };
  // The package's own shape: its entry point has a default export.
  // eslint-disable-next-line no-restricted-exports
  export default opentype;
}

declare module 'harfbuzzjs' {
  export interface HbObject {
    destroy(): void;
  }
  export interface HbFont extends HbObject {
    setScale(x: number, y: number): void;
  }
  /** A shaped glyph: id, cluster, advance and offset, in the font's scale. */
  export interface HbGlyph {
    g: number;
    cl: number;
    ax: number;
    ay: number;
    dx: number;
    dy: number;
  }
  export interface HbBuffer extends HbObject {
    addText(text: string): void;
    guessSegmentProperties(): void;
    json(): HbGlyph[];
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HbObject;
    createFace(blob: HbObject, index: number): HbObject;
    createFont(face: HbObject): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
}
