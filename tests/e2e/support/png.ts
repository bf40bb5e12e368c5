/**
 * Just enough PNG decoding to look at a raster in a test: 8-bit greyscale, RGB or RGBA,
 * not interlaced (what rsvg-convert writes). Returns RGBA pixels.
 */
import { inflateSync } from "node:zlib";

export interface Raster {
  width: number;
  height: number;
  /** RGBA, row after row. */
  pixels: Uint8Array;
}

export function decodePng(file: Buffer): Raster {
  if (file.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error("not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.subarray(offset + 4, offset + 8).toString("ascii");
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      const byColour: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
      channels = byColour[colour ?? -1] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? (rows[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (rows[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (rows[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      rows[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const px = rows.subarray(i * channels, (i + 1) * channels);
    const [r = 0, g = r, b = r] = channels >= 3 ? [px[0], px[1], px[2]] : [px[0], px[0], px[0]];
    const alpha = channels === 4 ? (px[3] ?? 255) : channels === 2 ? (px[1] ?? 255) : 255;
    pixels.set([r, g, b, alpha], i * 4);
  }
  return { width, height, pixels };
}

/** The pixels of a band of rows that are not (near) white, on white. */
export function inkIn(
  raster: Raster,
  fromRow: number,
  toRow: number,
  test = (r: number, g: number, b: number) => r + g + b < 600,
): number {
  let count = 0;
  for (let y = Math.max(0, fromRow); y < Math.min(raster.height, toRow); y += 1)
    for (let x = 0; x < raster.width; x += 1) {
      const i = (y * raster.width + x) * 4;
      const alpha = (raster.pixels[i + 3] ?? 0) / 255;
      // Composite on white: a transparent pixel is white.
      const [r, g, b] = [0, 1, 2].map((k) => 255 - alpha * (255 - (raster.pixels[i + k] ?? 0))) as [
        number,
        number,
        number,
      ];
      if (test(r, g, b)) count += 1;
    }
  return count;
}
