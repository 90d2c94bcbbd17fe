import { inflateSync } from 'node:zlib';

/** A decoded 8-bit PNG: `channels` bytes per pixel, rows top to bottom. */
export interface Raster {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes the non-interlaced 8-bit greyscale/RGB(A) PNGs pdftoppm writes (enough for page checks). */
export function decodePng(file: Uint8Array): Raster {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Uint8Array[] = [];
  while (offset < file.byteLength) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...file.subarray(offset + 4, offset + 8));
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || !(colour in CHANNELS)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
      channels = CHANNELS[colour];
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Pixels in a rectangle (in pixels) that are not (nearly) white. */
export function inkPixels(raster: Raster, box: { left: number; top: number; right: number; bottom: number }): number {
  let count = 0;
  for (let y = Math.max(0, box.top); y < Math.min(raster.height, box.bottom); y++) {
    for (let x = Math.max(0, box.left); x < Math.min(raster.width, box.right); x++) {
      const start = (y * raster.width + x) * raster.channels;
      const colour = raster.pixels.subarray(start, start + Math.min(3, raster.channels));
      if (colour.some((value) => value < 235)) count++;
    }
  }
  return count;
}
