import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRecordPdf } from '../../backend/documents/art30-pdf';
import { PAGE_MARGINS } from '../../domain/documents/art30/layout';
import { extractPdfTextBoxes } from '../support/pdf-text';
import { useTempDir } from '../support/temp-dir';
import { archived, emptyActivity, newsletter, payroll, snapshot } from './art30-fixtures';
import { decodePng, inkPixels, type Raster } from './png';

const DPI = 40;
const SCALE = DPI / 72;
const [LEFT, TOP, RIGHT, BOTTOM] = PAGE_MARGINS;
const tempDir = useTempDir();

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasPdftoppm();
if (!available && process.env.CI === 'true') throw new Error('pdftoppm (poppler-utils) is missing');

/** Every page as a 40 dpi PNG, decoded, in page order. */
function rasterise(bytes: Uint8Array): Raster[] {
  const dir = tempDir();
  writeFileSync(join(dir, 'doc.pdf'), bytes);
  execFileSync('pdftoppm', ['-r', String(DPI), '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
    .map((name) => decodePng(new Uint8Array(readFileSync(join(dir, name)))));
}

/** Pages whose content area (inside the margins, so header and footer do not count) has no ink. */
function blankPages(pages: Raster[]): number[] {
  return pages.flatMap((page, index) => {
    const box = { left: Math.ceil(LEFT * SCALE), top: Math.ceil(TOP * SCALE), right: Math.floor(page.width - RIGHT * SCALE), bottom: Math.floor(page.height - BOTTOM * SCALE) };
    return inkPixels(page, box) < 20 ? [index + 1] : [];
  });
}

/** Text pieces outside the left/right margins or off the page vertically. */
async function outsideMargins(bytes: Uint8Array): Promise<string[]> {
  return (await extractPdfTextBoxes(bytes)).flatMap((page, index) =>
    page.boxes
      .filter((box) => box.x < LEFT - 0.5 || box.x + box.width > page.width - RIGHT + 0.5 || box.y < 20 || box.y + box.height > page.height - 20)
      .map((box) => `page ${index + 1}: "${box.text.slice(0, 40)}" x=${box.x.toFixed(1)} w=${box.width.toFixed(1)} y=${box.y.toFixed(1)}`),
  );
}

const records = [
  ['controller record', 'controller'],
  ['processor record', 'processor'],
] as const;

describe.skipIf(!available)('rendered pages (pdftoppm at 40 dpi)', () => {
  it('the blank-page check finds a blank page', () => {
    const white: Raster = { width: 331, height: 468, channels: 3, pixels: new Uint8Array(331 * 468 * 3).fill(255) };
    const inked: Raster = { ...white, pixels: white.pixels.slice() };
    inked.pixels.fill(0, 3 * (200 * 331 + 100), 3 * (200 * 331 + 200));
    expect(blankPages([inked, white])).toEqual([2]);
  });

  it.each(records)('the fully filled %s has no blank page and keeps all text within the margins', async (_name, record) => {
    const register = snapshot([payroll, newsletter, emptyActivity, archived]);
    const bytes = await renderRecordPdf(register, { language: 'de', variant: 'internal', asOf: '2026-11-28', record });
    const pages = rasterise(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.every((page) => page.width === Math.round(595.28 * SCALE) || page.width === Math.ceil(595.28 * SCALE))).toBe(true);
    expect(blankPages(pages)).toEqual([]);
    expect(await outsideMargins(bytes)).toEqual([]);
  });
});
