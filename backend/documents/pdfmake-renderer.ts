import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import pdfmake from 'pdfmake';
import type { CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdfDocumentDefinition, PdfTableLayout } from '../../domain/documents/art30/pdf-types';
import { PDF_FONT_FAMILY, dejavuFontFiles, dejavuFontFolder } from './font-coverage';
import { inlineNamedStyles } from './inline-styles';
import { installPdfSpeedups } from './pdf-speedups';
import { instrumentLayout, type RenderProgress } from './render-progress';

export type { RenderProgress };

/**
 * The one place that sets up pdfmake on the Node side: DejaVu Sans (wide Unicode coverage, see
 * font-coverage.ts) as the documents' font, Roboto (shipped inside pdfmake) kept registered, no
 * network access at all, and file access only to those font folders. pdfmake is a process-wide
 * singleton, so the setup is done once and applied before every render.
 */

const requireFromHere = createRequire(import.meta.url);

/** Folder of the Roboto TTF files that ship with pdfmake (works unpacked and inside app.asar). */
export function pdfmakeFontFolder(): string {
  return join(dirname(requireFromHere.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
}

function isInside(folder: string, path: string): boolean {
  if (!isAbsolute(path)) return false;
  const rel = relative(folder, resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

let configuredFolder: string | null = null;

function configurePdfmake(): void {
  installPdfSpeedups(pdfmakeFontFolder());
  const folder = pdfmakeFontFolder();
  const dejavu = dejavuFontFolder();
  if (configuredFolder !== folder) {
    pdfmake.addFonts({
      Roboto: {
        normal: join(folder, 'Roboto-Regular.ttf'),
        bold: join(folder, 'Roboto-Medium.ttf'),
        italics: join(folder, 'Roboto-Italic.ttf'),
        bolditalics: join(folder, 'Roboto-MediumItalic.ttf'),
      },
      [PDF_FONT_FAMILY]: dejavuFontFiles(dejavu),
    });
    configuredFolder = folder;
  }
  // Re-applied on every call: another module could have loosened the shared singleton.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInside(folder, path) || isInside(dejavu, path));
}

/** pdfmake's typings do not admit clearing the callback, which its code allows. */
function setProgressCallback(callback: ((fraction: number) => void) | undefined): void {
  pdfmake.setProgressCallback(callback as (fraction: number) => void);
}

/** pdfmake reports rendering as a fraction per drawn item; this turns it into whole pages. */
function pageProgress(progress: RenderProgress, pageCount: () => number): ((fraction: number) => void) | undefined {
  if (!progress.render) return undefined;
  let last = -1;
  return (fraction) => {
    const total = pageCount();
    const done = Math.min(total, Math.floor(fraction * total));
    if (done > last) {
      last = done;
      progress.render?.(done, total);
    }
  };
}

/**
 * `prepare` sees the definition after named styles are inlined and before pdfmake gets it; the
 * parallel pipeline (parallel/chunk-render.ts) uses it to add nodes that must stay as pdfmake
 * builds them and to keep hold of the nodes pdfmake annotates with page positions.
 */
export interface RenderHooks {
  prepare?(definition: PdfDocumentDefinition): PdfDocumentDefinition;
}

/**
 * Lays out and renders a document definition; resolves to the PDF bytes. `tableLayouts` are
 * the named layouts the definition refers to (registered on the shared pdfmake instance);
 * `progress` receives the sections laid out and the pages rendered.
 */
export async function renderPdf(
  definition: PdfDocumentDefinition,
  tableLayouts: Record<string, PdfTableLayout> = {},
  progress: RenderProgress = {},
  hooks: RenderHooks = {},
): Promise<Uint8Array> {
  configurePdfmake();
  pdfmake.addTableLayouts(tableLayouts as unknown as Record<string, CustomTableLayout>);
  const inlined = inlineNamedStyles(definition);
  const prepared = hooks.prepare ? hooks.prepare(inlined) : inlined;
  const instrumented = progress.measure || progress.layout || progress.render ? instrumentLayout(prepared, progress) : null;
  // pdfmake copies its progress callback into the job at createPdf(): set and reset around it.
  setProgressCallback(instrumented ? pageProgress(progress, instrumented.pageCount) : undefined);
  try {
    // The domain types are a structural subset of pdfmake's; they cannot import pdfmake's own
    // typings (those pull in Node and DOM), hence the cast.
    const document = pdfmake.createPdf((instrumented?.definition ?? prepared) as unknown as TDocumentDefinitions);
    setProgressCallback(undefined);
    const buffer = await document.getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    setProgressCallback(undefined);
  }
}
