import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runDocumentJob, type DocumentJobRequest } from '../../backend/documents/document-job';
import { chunkRanges, planChunks } from '../../backend/documents/parallel/chunk-plan';
import { countFrontPages, prepareDocument, renderBodyPart, renderFrontPart, renderFurniturePart, wholeDefinition, withoutSections } from '../../backend/documents/parallel/chunk-render';
import { inProcessRunner } from '../../backend/documents/parallel/in-process-runner';
import { renderInParts, writePdfInParallel } from '../../backend/documents/parallel/parallel-pdf';
import type { PoolTask } from '../../backend/documents/parallel/pool-protocol';
import { processAlive } from '../../backend/storage/file-safety';
import { buildRecordDocument } from '../../domain/documents/art30/record-document';
import { messages } from '../../domain/i18n/messages';
import { DOCUMENT_PROGRESS_TASKS } from '../../domain/ipc/channels/documents';
import type { ProgressEvent } from '../../domain/ipc/events';
import { AppError } from '../../domain/ipc/result';
import { sampleRegister } from '../../domain/sample/sample-register';
import { snapshot } from './art30-fixtures';
import { extractPdfText, type PdfTextContent } from '../support/pdf-text';
import { useTempDir } from '../support/temp-dir';

const BUILT_WORKER = join(__dirname, '../../out/main/documentWorker.js');
const AS_OF = '2026-11-28';

/** 24 generated activities (19 printed in the authority version), several of them over two pages. */
const request: Omit<DocumentJobRequest, 'output'> = {
  snapshot: sampleRegister(24),
  options: { language: 'de', variant: 'authority', asOf: AS_OF },
};

async function singlePdf(input = request): Promise<Uint8Array> {
  const result = await runDocumentJob({ ...input, output: 'pdf' });
  if (result.output !== 'pdf') throw new Error('expected a PDF');
  return result.bytes;
}

/** The chunked pipeline in this thread (same worker-side code as the pool), parts of `perChunk` sections. */
async function chunkedPdf(dir: string, perChunk: number, input = request): Promise<{ bytes: Uint8Array; parts: number }> {
  const { runner, summary } = await inProcessRunner(input);
  if (!summary.chunkable) throw new Error(summary.reason);
  const output = join(dir, 'chunked.pdf');
  const result = await renderInParts(runner, chunkRanges(summary.sections, perChunk), summary, dir, output, { report: () => {} });
  return { bytes: new Uint8Array(readFileSync(output)), parts: result.parts };
}

function withoutDates(info: Record<string, unknown>): Record<string, unknown> {
  const { CreationDate: _created, ModDate: _modified, ...rest } = info;
  return rest;
}

function expectSameDocument(chunked: PdfTextContent, single: PdfTextContent): void {
  expect(chunked.pages.length).toBe(single.pages.length);
  chunked.pages.forEach((page, index) => expect(page, `page ${index + 1}`).toBe(single.pages[index]));
  expect(chunked.outline).toEqual(single.outline);
  expect(withoutDates(chunked.info)).toEqual(withoutDates(single.info));
}

/** Outline entries with the 1-based page their destination points to. */
async function outlineTargets(bytes: Uint8Array): Promise<Array<{ title: string; page: number }>> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  try {
    const outline = (await doc.getOutline()) ?? [];
    const targets: Array<{ title: string; page: number }> = [];
    for (const item of outline) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      targets.push({ title: item.title, page: (await doc.getPageIndex(dest![0] as never)) + 1 });
    }
    return targets;
  } finally {
    await task.destroy();
  }
}

describe('splitting a definition into parts', () => {
  it('splits the Art. 30 record after its TOC at every section and refuses what it cannot reproduce', () => {
    const definition = buildRecordDocument(request.snapshot, request.options);
    const outcome = planChunks(definition);
    expect(outcome.chunkable).toBe(true);
    if (!outcome.chunkable) return;
    // 19 printed activities + the approval page.
    expect(outcome.plan.sectionStarts).toHaveLength(20);
    expect(outcome.plan.tocItemsPerSection.every((count) => count === 1)).toBe(true);
    expect(chunkRanges(20, 6).map((range) => range.end - range.first)).toEqual([6, 6, 6, 2]);

    const crossReference = { ...definition, content: [...definition.content, { text: 'siehe Seite', pageReference: 'approval' } as never] };
    expect(planChunks(crossReference)).toEqual({ chunkable: false, reason: 'a cross reference' });
    const twoTocs = { ...definition, content: [...definition.content, definition.content.find((node) => typeof node === 'object' && 'toc' in node)!] };
    expect(planChunks(twoTocs)).toEqual({ chunkable: false, reason: 'more than one TOC' });
    const watermark = { ...definition, watermark: 'ENTWURF' };
    expect(planChunks(watermark as never)).toEqual({ chunkable: false, reason: 'the definition has a watermark' });
  });
});

describe('the sections packed outside the heap', () => {
  it('gives back every section as built, alone or in runs, and the whole definition for one worker', () => {
    const definition = buildRecordDocument(request.snapshot, request.options);
    const prepared = prepareDocument(request);
    if (!prepared.chunkable) throw new Error(prepared.reason);
    const { sections, plan } = prepared.document;
    expect(sections?.count).toBe(20);
    const asData = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(sections!.slice(3, 4)).toEqual(asData(definition.content.slice(plan.sectionStarts[3], plan.sectionStarts[4])));
    expect(sections!.slice(18, 20)).toEqual(asData(definition.content.slice(plan.sectionStarts[18])));
    // Fresh objects every time: pdfmake's changes to one part's nodes do not reach another.
    expect(sections!.slice(0, 1)[0]).not.toBe(sections!.slice(0, 1)[0]);
    expect(() => sections!.slice(5, 21)).toThrow(RangeError);
    expect(asData(wholeDefinition(prepared.document).content)).toEqual(asData(definition.content));
    // The TOC lines as the front lays them out: one per printed activity and the approval page.
    expect(prepared.document.tocEntries).toHaveLength(20);
    expect(new Set(prepared.document.tocEntries.map((entry) => entry.id)).size).toBe(20);
  });
});

describe('the chunked PDF (parts rendered separately, then joined)', { timeout: 300_000 }, () => {
  const tempDir = useTempDir();

  it('has the same text on every page, the same outline and metadata as the single rendering', async () => {
    const [single, chunked] = await Promise.all([singlePdf(), chunkedPdf(tempDir(), 4)]);
    expect(chunked.parts).toBe(6); // the front part and five body parts
    const [a, b] = await Promise.all([extractPdfText(chunked.bytes), extractPdfText(single)]);
    expect(a.pages.length).toBeGreaterThan(25);
    expectSameDocument(a, b);
  });

  it('numbers every page "Seite x von y" and the TOC and bookmarks point to the right pages', async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const { bytes } = await chunkedPdf(tempDir(), 3);
    const { pages, outline } = await extractPdfText(bytes);
    pages.forEach((page, index) => expect(page.endsWith(`Seite ${index + 1} von ${pages.length}`), `page ${index + 1}`).toBe(true));

    const tocPage = pages.findIndex((page) => page.startsWith('Inhaltsverzeichnis'));
    const tocLines = pages[tocPage].split('\n').slice(1, -2);
    expect(tocLines).toHaveLength(20);
    for (const line of tocLines) {
      const match = /^(.*) (\d+)$/.exec(line)!;
      const [, title, page] = match;
      // Long titles wrap differently per font; compare the text, not the line breaks.
      expect(flat(pages[Number(page) - 1]).startsWith(title), `${title} on page ${page}`).toBe(true);
    }

    expect(outline).toHaveLength(20);
    expect(outline.at(-1)).toBe('Freigabe durch die Geschäftsführung');
    for (const { title, page } of await outlineTargets(bytes)) {
      expect(flat(pages[page - 1]).startsWith(title.replace(/[\u200B\u00AD]/g, '')), `bookmark ${title}`).toBe(true);
    }
  });

  it('lays the front out once ahead (its page count holds), renders the furniture once and stores every stream compressed', async () => {
    const { runner, summary } = await inProcessRunner(request);
    if (!summary.chunkable) throw new Error(summary.reason);
    const kinds: string[] = [];
    const recording = {
      size: runner.size,
      run: <T>(task: PoolTask, onEvent?: Parameters<typeof runner.run>[1]) => (kinds.push(task.kind), runner.run<T>(task, onEvent)),
      dropSections: () => (kinds.push('dropSections'), runner.dropSections()),
      dropDocuments: () => (kinds.push('drop'), runner.dropDocuments()),
    };
    const output = join(tempDir(), 'chunked.pdf');
    const { pages } = await renderInParts(recording, chunkRanges(summary.sections, 4), summary, tempDir(), output, { report: () => {} });
    // Counted first, so that the workers never wait for it at the end.
    expect(kinds[0]).toBe('frontPages');
    expect(kinds.filter((kind) => kind === 'frontPages')).toHaveLength(1);
    // The sections are dropped once the last body part is done, before the front and the furniture.
    expect(kinds.indexOf('dropSections')).toBe(kinds.lastIndexOf('body') + 1);
    expect(kinds.indexOf('front')).toBeGreaterThan(kinds.indexOf('dropSections'));
    // One worker: the pages in two furniture parts, and no second round.
    expect(kinds.filter((kind) => kind === 'furniture')).toHaveLength(2);
    // The definitions are dropped before the join, which does not need them.
    expect(kinds.slice(-2)).toEqual(['drop', 'join']);

    const joined = await PDFDocument.load(readFileSync(output));
    expect(joined.getPageCount()).toBe(pages);
    const streams = joined.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFRawStream) as Array<[unknown, PDFRawStream]>;
    // Only the two tiny "q" / "Q" streams around every page's own content stay plain.
    expect(streams.filter(([, stream]) => !stream.dict.has(PDFName.of('Filter')) && stream.contents.byteLength > 4).map(([, stream]) => stream.dict.toString() + Buffer.from(stream.contents.slice(0, 80)).toString('latin1'))).toEqual([]);
  });

  it('renders the front and the furniture without the sections, and refuses a body part once they are dropped', async () => {
    const prepared = prepareDocument(request);
    if (!prepared.chunkable) throw new Error(prepared.reason);
    const dir = tempDir();
    const counted = await countFrontPages(prepared.document);
    const trimmed = withoutSections(prepared.document);
    expect(trimmed.sections).toBeNull();
    const front = await renderFrontPart(trimmed, prepared.document.tocEntries, join(dir, 'front.pdf'));
    expect(front.pages).toBe(counted.pages);
    await expect(renderFurniturePart(trimmed, 1, 3, 3, join(dir, 'furniture.pdf'))).resolves.toEqual({ pages: 3 });
    await expect(renderBodyPart(trimmed, { first: 0, end: 1 }, join(dir, 'body.pdf'), {})).rejects.toThrow(/dropped/);
    // Counting does not render: no file, and the same count as the front rendered in full.
    expect(readdirSync(dir).sort()).toEqual(['front.pdf', 'furniture.pdf']);
  });

  it('produces the English internal version the same way', async () => {
    const internal = { ...request, options: { language: 'en' as const, variant: 'internal' as const, asOf: AS_OF } };
    const [single, chunked] = await Promise.all([singlePdf(internal), chunkedPdf(tempDir(), 5, internal)]);
    expectSameDocument(await extractPdfText(chunked.bytes), await extractPdfText(single));
  });
});

describe('the processor record in parts', { timeout: 300_000 }, () => {
  const tempDir = useTempDir();

  it('matches the single rendering page by page', async () => {
    const processor = { snapshot: snapshot(), options: { language: 'de' as const, variant: 'internal' as const, asOf: AS_OF, record: 'processor' as const } };
    const [single, chunked] = await Promise.all([singlePdf(processor), chunkedPdf(tempDir(), 1, processor)]);
    expect(chunked.parts).toBeGreaterThan(2);
    expectSameDocument(await extractPdfText(chunked.bytes), await extractPdfText(single));
  });
});

// The pool needs the built worker (`npx electron-vite build`; npm test builds first).
const built = existsSync(BUILT_WORKER);
if (!built && process.env.CI === 'true') throw new Error(`${BUILT_WORKER} is missing: run the build before the tests`);

describe.skipIf(!built)('the document pool (built worker)', { timeout: 300_000 }, () => {
  const tempDir = useTempDir();

  it('writes the same document on two workers, with progress measure → layout → render', async () => {
    const dir = tempDir();
    const target = join(dir, 'out', 'record.pdf');
    const events: ProgressEvent[] = [];
    const result = await writePdfInParallel(request, target, {
      workerPath: BUILT_WORKER,
      workers: 2,
      sectionsPerChunk: 4,
      minRecords: 0,
      tempRoot: dir,
      progressIntervalMs: 0,
      progress: (event) => events.push(event),
    });
    expect(result).toMatchObject({ parts: 6, workers: 2 });
    expectSameDocument(await extractPdfText(new Uint8Array(readFileSync(target))), await extractPdfText(await singlePdf()));
    expect(result!.bytes).toBe(readFileSync(target).byteLength);

    const tasks = [DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout, DOCUMENT_PROGRESS_TASKS.render];
    expect([...new Set(events.map((event) => event.task))]).toEqual(tasks);
    for (const task of tasks) {
      const own = events.filter((event) => event.task === task);
      expect(own[0].done, task).toBe(0);
      expect(own.at(-1)!.done, task).toBe(own[0].total);
      own.slice(1).forEach((event, index) => expect(event.done, task).toBeGreaterThan(own[index].done));
    }
    expect(events.at(-1)).toEqual({ task: DOCUMENT_PROGRESS_TASKS.render, done: result!.pages, total: result!.pages });
    // Only the result is left: no parts, no temp folder, no half-written file.
    expect(readdirSync(dir).sort()).toEqual(['out']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['record.pdf']);
  });

  it('hands a small register to one worker as a whole', async () => {
    const dir = tempDir();
    const target = join(dir, 'record.pdf');
    const result = await writePdfInParallel(request, target, { workerPath: BUILT_WORKER, tempRoot: dir });
    expect(result).toMatchObject({ parts: 1, workers: 1 });
    expect((await extractPdfText(new Uint8Array(readFileSync(target)))).pages).toHaveLength(result!.pages);
    expect(readdirSync(dir)).toEqual(['record.pdf']);
  });

  it('removes the parts folder and half-written file a killed job left, not those of running processes', async () => {
    const dir = tempDir();
    const target = join(dir, 'record.pdf');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    for (const [pid, alive] of [[deadPid, false], [process.ppid, true]] as const) {
      mkdirSync(join(dir, `vvt-pdf-${pid}-x1y2z3`));
      writeFileSync(join(dir, `vvt-pdf-${pid}-x1y2z3`, 'body-0.pdf'), '%PDF-');
      writeFileSync(join(dir, `record.pdf.${pid}.tmp`), '%PDF-');
      expect(processAlive(pid)).toBe(alive);
    }
    await writePdfInParallel(request, target, { workerPath: BUILT_WORKER, tempRoot: dir });
    expect(readdirSync(dir).sort()).toEqual([`record.pdf`, `record.pdf.${process.ppid}.tmp`, `vvt-pdf-${process.ppid}-x1y2z3`].sort());
  });

  it('cancel stops every worker and leaves no file behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'record.pdf');
    const controller = new AbortController();
    const running = writePdfInParallel(request, target, {
      workerPath: BUILT_WORKER,
      workers: 2,
      sectionsPerChunk: 3,
      minRecords: 0,
      tempRoot: dir,
      signal: controller.signal,
      progressIntervalMs: 0,
      progress: (event) => {
        if (event.task === DOCUMENT_PROGRESS_TASKS.layout) controller.abort();
      },
    });
    await expect(running).resolves.toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says that memory ran out when a worker hits its heap limit, in German and English, and leaves no file', async () => {
    const dir = tempDir();
    const target = join(dir, 'record.pdf');
    const failure = await writePdfInParallel({ ...request, snapshot: sampleRegister(400) }, target, {
      workerPath: BUILT_WORKER,
      workers: 2,
      minRecords: 0,
      tempRoot: dir,
      resourceLimits: { maxOldGenerationSizeMb: 12, maxYoungGenerationSizeMb: 4 },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).params).toMatchObject({ messageKey: 'documentsUi.outOfMemory', reason: 'document_out_of_memory', limitMb: 12 });
    expect(messages.de.documentsUi.outOfMemory).toContain('Arbeitsspeicher');
    expect(messages.en.documentsUi.outOfMemory).toContain('not enough memory');
    expect(readdirSync(dir)).toEqual([]);
  });
});
