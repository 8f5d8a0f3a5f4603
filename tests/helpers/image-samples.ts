import sharp from 'sharp';

/**
 * Image files as authors bring them, good and broken, made here so no test downloads a
 * sample: photos drawn with sharp, cut off or renamed, and an HEIC container as an iPhone
 * writes it (an `hvc1` item with its `hvcC` and `ispe` properties). Its HEVC payload is a
 * stub: the sharp build in use has no HEVC decoder at all (its libheif decodes AV1 only),
 * so no HEIC, real or not, can be read by the build.
 */

/** A photo-like JPEG of `width` × `height`. */
export const jpegSample = (width = 160, height = 90): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 46, g: 90, b: 126 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** A PNG of `width` × `height`. */
export const pngSample = (width = 160, height = 90): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 85, b: 61 } } })
    .png()
    .toBuffer();

/** An AVIF (HEIF with AV1), which sharp and the build read. */
export const avifSample = (width = 160, height = 90): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 60, g: 120, b: 70 } } })
    .avif({ quality: 50 })
    .toBuffer();

/** The first `fraction` of a file, as an interrupted copy leaves it. */
export const cutOff = (file: Buffer, fraction = 0.6): Buffer => file.subarray(0, Math.floor(file.length * fraction));

const box = (type: string, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
};
const fullBox = (type: string, version: number, ...parts: Buffer[]) => box(type, Buffer.from([version, 0, 0, 0]), ...parts);
const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
};

/** An HEIC file (major brand `heic`) with one HEVC-coded item of `width` × `height`. */
export function heicSample(width = 4032, height = 3024): Buffer {
  const ftyp = box('ftyp', Buffer.from('heic', 'latin1'), u32(0), Buffer.from('mif1heic', 'latin1'));
  const payload = Buffer.from([0, 0, 0, 4, 0x26, 0x01, 0xaf, 0x09]);
  const build = (mdatOffset: number) => {
    const meta = fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(12), Buffer.from([0])),
      fullBox('pitm', 0, u16(1)),
      fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), Buffer.from('hvc1', 'latin1'), Buffer.from([0]))),
      fullBox('iloc', 0, Buffer.from([0x44, 0x00]), u16(1), u16(1), u16(0), u16(1), u32(mdatOffset + 8), u32(payload.length)),
      box(
        'iprp',
        box(
          'ipco',
          box('hvcC', Buffer.from([1, 1, 0x60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x5d, 0xf0, 0, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0, 0x0f, 0])),
          fullBox('ispe', 0, u32(width), u32(height)),
        ),
        fullBox('ipma', 0, u32(1), u16(1), Buffer.from([2, 0x81, 0x82])),
      ),
    );
    return Buffer.concat([ftyp, meta]);
  };
  const head = build(build(0).length);
  return Buffer.concat([head, box('mdat', payload)]);
}
