// What the installed app contains, computed with electron-builder 26's own file selection
// (electron-builder.yml `files`, its production-dependency collector and per-module copy
// filter) and laid out outside the project, so nothing can be found in the project's
// node_modules. From there the built code must load every module it uses and the document
// worker must render a PDF with the DejaVu fonts — the packaged app's runtime files, checked
// without Electron (which cannot run here).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentJobs } from '../../backend/documents/document-jobs';
import { activity, payroll, snapshot } from '../documents/art30-fixtures';
import { BUILT_ENTRIES, bundleFiles, ensureBuilt, loadedSpecifiers, packageOf, ROOT } from '../support/built-app';
import { stagePackagedApp, type PackagedLayout } from '../support/packaged-layout';
import { extractPdfText } from '../support/pdf-text';

let layout: PackagedLayout;

beforeAll(async () => {
  ensureBuilt();
  layout = await stagePackagedApp();
}, 180_000);

afterAll(() => {
  if (layout) rmSync(layout.root, { recursive: true, force: true });
});

/** Bare module specifiers of the built main process, CLI and worker, exactly as the code loads them. */
function bareSpecifiers(): string[] {
  const specifiers = new Set<string>();
  for (const file of bundleFiles('out/main')) {
    for (const specifier of loadedSpecifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      if (packageOf(specifier) && specifier !== 'electron') specifiers.add(specifier);
    }
  }
  return [...specifiers].sort();
}

/** Runs `script` in a separate Node with the staged main bundle's require(); prints JSON. */
function inPackagedApp(script: string, ...args: string[]): { status: number | null; out: unknown; stderr: string } {
  const main = join(layout.root, 'out/main/index.js');
  const code = `const req = require('node:module').createRequire(${JSON.stringify(main)});\n(async () => { ${script} })().then((out) => console.log(JSON.stringify(out)), (error) => { console.error(error); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', code, ...args], { cwd: layout.root, encoding: 'utf8' });
  return { status: result.status, out: result.status === 0 ? JSON.parse(result.stdout.trim().split('\n').at(-1)!) : null, stderr: result.stderr };
}

const register = snapshot(Array.from({ length: 3 }, (_, i) => activity({ ...payroll, id: `a-${i}`, reference: `VT-${200 + i}` })));
const request = { snapshot: register, options: { language: 'de' as const, variant: 'internal' as const, asOf: '2026-11-28' } };

describe('the packaged file set (electron-builder 26 file selection)', () => {
  it('holds every built entry and package.json, and none of the sources, tests or build config', () => {
    for (const entry of [...BUILT_ENTRIES, 'package.json']) expect(layout.appFiles).toContain(entry);
    expect(layout.appFiles.filter((file) => !file.startsWith('out/') && file !== 'package.json')).toEqual([]);
  });

  it('holds the production dependencies with their run-time data (fonts, native SQLite, AFM metrics), not electron', () => {
    const expected = [
      'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
      'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
      'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
      'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
      'node_modules/dejavu-fonts-ttf/LICENSE',
      'node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf',
      'node_modules/pdfkit/js/data/Helvetica.afm',
      'node_modules/better-sqlite3/prebuilds/win32-x64.node',
      'node_modules/better-sqlite3/prebuilds/darwin-arm64.node',
    ];
    for (const file of expected) expect(layout.moduleFiles).toContain(file);
    expect(layout.moduleFiles.some((file) => file.startsWith('node_modules/electron/'))).toBe(false);
  });
});

describe('the built code, run from the packaged file set', () => {
  it('resolves and loads every module the main process, CLI and worker load', () => {
    const specifiers = bareSpecifiers();
    expect(specifiers).toEqual(expect.arrayContaining(['better-sqlite3', 'fontkit', 'dejavu-fonts-ttf/package.json', 'pdfmake/package.json']));
    const result = inPackagedApp(
      `const failed = [];
       for (const specifier of process.argv.slice(1)) {
         try { const file = req.resolve(specifier); if (/\\.(c?js|json|node)$/.test(file)) req(specifier); }
         catch (error) { failed.push(specifier + ': ' + error.message.split('\\n')[0]); }
       }
       return failed;`,
      ...specifiers,
    );
    expect(result.stderr).toBe('');
    expect(result.out).toEqual([]);
  });

  it('cannot reach the project folder (so the check above can fail): a devDependency does not resolve', () => {
    const result = inPackagedApp(`try { req.resolve('vitest'); return 'found'; } catch (error) { return error.code; }`);
    expect(result.out).toBe('MODULE_NOT_FOUND');
  });

  it('uses the packaged SQLite, Excel (write and read), CSV and Word libraries for real work', () => {
    const result = inPackagedApp(`
      const Database = req('better-sqlite3');
      const db = new Database(':memory:');
      const sqlite = db.prepare('select sqlite_version() as v').get().v;
      db.close();
      const ExcelJS = req('exceljs');
      const book = new ExcelJS.Workbook();
      book.addWorksheet('VVT').addRow(['Verarbeitung', 'Zweck']);
      const xlsx = await book.xlsx.writeBuffer();
      const readBack = new ExcelJS.Workbook();
      await readBack.xlsx.load(xlsx);
      const cell = readBack.getWorksheet('VVT').getCell('B1').value;
      const csv = req('papaparse').parse('Verarbeitung;Zweck\\nLohn;Abrechnung', { delimiter: ';' }).data[1][1];
      const docx = req('docx');
      const word = (await docx.Packer.toBuffer(new docx.Document({ sections: [{ children: [new docx.Paragraph('VVT')] }] }))).byteLength;
      return { sqlite, cell, csv, word };`);
    expect(result.stderr).toBe('');
    expect(result.out).toMatchObject({ sqlite: expect.stringMatching(/^3\./), cell: 'Zweck', csv: 'Abrechnung', word: expect.any(Number) });
  });

  it('the packaged document worker renders a PDF in a worker thread, with the DejaVu font from the package', async () => {
    const workerPath = join(layout.root, 'out/main/documentWorker.js');
    const result = await new DocumentJobs({ workerPath }).run({ ...request, output: 'pdf' });
    if (!result || result.output !== 'pdf') throw new Error('expected a PDF');
    const text = await extractPdfText(result.bytes);
    expect(text.pages.join('\n')).toContain('VT-201');
    expect(Buffer.from(result.bytes).toString('latin1')).toContain('DejaVuSans');
  });

  it('and writes one through the worker pool', async () => {
    const workerPath = join(layout.root, 'out/main/documentWorker.js');
    const target = join(layout.root, 'record.pdf');
    const written = await new DocumentJobs({ workerPath, pool: { workers: 2 } }).writePdf(request, target);
    expect(written?.bytes).toBeGreaterThan(1000);
    expect(existsSync(target)).toBe(true);
  });

  it('fails loudly when the package lacks the fonts (so the two checks above can fail)', async () => {
    const fonts = join(layout.root, 'node_modules/dejavu-fonts-ttf/ttf');
    renameSync(fonts, `${fonts}-gone`);
    try {
      const workerPath = join(layout.root, 'out/main/documentWorker.js');
      await expect(new DocumentJobs({ workerPath }).run({ ...request, output: 'pdf' })).rejects.toThrow(/DejaVuSans|ENOENT/);
    } finally {
      renameSync(`${fonts}-gone`, fonts);
    }
  });
});
