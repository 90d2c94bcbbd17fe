import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_PROGRESS_TASKS } from '../../domain/ipc/channels/documents';
import type { Result } from '../../domain/ipc/result';
import { extractPdfText } from '../support/pdf-text';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';
import { channel, newsletter, organisation, parties, payroll, processorRecords, snapshot } from './art30-fixtures';

const tempDir = useTempDir();
const BUILT_WORKER = join(__dirname, '../../out/main/documentWorker.js');
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A register file with the fixture data, opened through the real services. */
async function openRegister() {
  const dir = tempDir();
  services = startTestServices(dir);
  services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Muster.vvt'));
  valueOf(await services.dispatch('register.create', { organisationName: organisation.name }));
  const { toms } = snapshot();
  await services.context.session.require().writeBatch([
    { op: 'saveOrganisation', value: organisation },
    ...toms.map((value) => ({ op: 'put' as const, kind: 'tom' as const, value })),
    ...parties.map((value) => ({ op: 'put' as const, kind: 'party' as const, value })),
    { op: 'put', kind: 'channel', value: channel },
    ...processorRecords.map((value) => ({ op: 'put' as const, kind: 'processorRecord' as const, value })),
    ...[payroll, newsletter].map((value) => ({ op: 'put' as const, kind: 'activity' as const, value })),
  ]);
  return { dir, services };
}

async function exportPdf(input: Record<string, unknown>) {
  const { dir, services } = await openRegister();
  const path = join(dir, 'out.pdf');
  services.dialogs.answers.chooseSavePath.push(path);
  const file = valueOf<{ path: string; bytes: number }>(await services.dispatch('documents.exportArt30Pdf', input));
  const bytes = new Uint8Array(readFileSync(file.path));
  expect(bytes.byteLength).toBe(file.bytes);
  return { pdf: await extractPdfText(bytes), services };
}

describe('documents.exportArt30Pdf', () => {
  it('writes the controller record by default, in the authority variant (drafts only as a marked preview)', async () => {
    const { pdf, services } = await exportPdf({ language: 'de', includeUnapproved: true });
    expect(pdf.pages[0]).toContain('Verantwortlicher (Art. 30 Abs. 1 DSGVO)');
    expect(pdf.pages[0]).toContain('Fassung zur Vorlage bei der Aufsichtsbehörde');
    expect(pdf.pages.join('\n')).toContain('Entwurf – noch nicht freigegeben');
    const tasks = services.progressEvents.map((event) => event.task);
    expect([...new Set(tasks)]).toEqual([DOCUMENT_PROGRESS_TASKS.measure, DOCUMENT_PROGRESS_TASKS.layout, DOCUMENT_PROGRESS_TASKS.render]);
    expect(tasks.at(-1)).toBe(DOCUMENT_PROGRESS_TASKS.render);
  });

  it('writes the processor record and the internal variant when asked', async () => {
    const { pdf } = await exportPdf({ language: 'en', variant: 'internal', record: 'processor' });
    expect(pdf.pages[0]).toContain('Processor (Art. 30(2) GDPR)');
    expect(pdf.pages[0]).toContain('Internal version with status and review details');
    expect(pdf.outline).toContain('Autohaus Brenner GmbH');
  });

  it('prints approved activities only with includeUnapproved: false', async () => {
    const { pdf } = await exportPdf({ language: 'de', includeUnapproved: false });
    expect(pdf.outline).toEqual(['VT-002 – Lohn- und Gehaltsabrechnung', 'Freigabe durch die Geschäftsführung']);
  });

  it('rejects an unknown record or variant, and writes nothing when the dialog is cancelled', async () => {
    const { dir, services } = await openRegister();
    for (const input of [{ language: 'de', record: 'joint' }, { language: 'de', variant: 'public' }]) {
      expect(await services.dispatch('documents.exportArt30Pdf', input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    services.dialogs.answers.chooseSavePath.push(null);
    expect(valueOf(await services.dispatch('documents.exportArt30Pdf', { language: 'de' }))).toBeNull();
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('refuses a second document while one is being generated, and can cancel the running one', async () => {
    const { dir, services } = await openRegister();
    const path = join(dir, 'cancelled.pdf');
    services.dialogs.answers.chooseSavePath.push(path);
    let cancelled: Promise<Result<unknown>> | undefined;
    const sink = services.context.progress!;
    services.context.progress = (event) => {
      sink(event);
      if (event.task === DOCUMENT_PROGRESS_TASKS.measure && !cancelled) cancelled = services.dispatch('documents.cancel', undefined);
    };
    const first = services.dispatch('documents.exportArt30Pdf', { language: 'de' });
    const second = await services.dispatch('documents.print', { language: 'de' });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', params: { reason: 'document_busy', messageKey: 'documentsUi.busy' } } });
    expect(valueOf(await first)).toBeNull();
    expect(valueOf(await cancelled!)).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(valueOf(await services.dispatch('documents.cancel', undefined))).toBe(false);
  });
});

describe('documents.warmUp', () => {
  it('starts nothing without worker threads (in-process documents)', async () => {
    const { services } = await openRegister();
    expect(valueOf(await services.dispatch('documents.warmUp', undefined))).toBe(false);
  });

  it.skipIf(!existsSync(BUILT_WORKER))('warms the PDF workers up in the background; the export that follows uses them', async () => {
    const dir = tempDir();
    services = startTestServices(dir, { documentWorkerPath: BUILT_WORKER });
    services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Muster.vvt'));
    valueOf(await services.dispatch('register.create', { organisationName: organisation.name }));
    await services.context.session.require().writeBatch([{ op: 'saveOrganisation', value: organisation }, { op: 'put', kind: 'activity', value: payroll }]);
    expect(valueOf(await services.dispatch('documents.warmUp', undefined))).toBe(true);
    services.dialogs.answers.chooseSavePath.push(join(dir, 'out.pdf'));
    const file = valueOf<{ path: string }>(await services.dispatch('documents.exportArt30Pdf', { language: 'de', includeUnapproved: true }));
    expect((await extractPdfText(new Uint8Array(readFileSync(file.path)))).pages.join('\n')).toContain(payroll.name);
  }, 120_000);
});

describe('documents.print', () => {
  it('hands the record as print HTML to the printer port and returns its answer', async () => {
    const { services } = await openRegister();
    expect(valueOf(await services.dispatch('documents.print', { language: 'de', variant: 'internal' }))).toBe('printed');
    const [job] = services.printer.printed;
    expect(job.title).toBe('Verzeichnis von Verarbeitungstätigkeiten – Verantwortlicher (Art. 30 Abs. 1 DSGVO)');
    expect(job.html).toContain('VT-002 – Lohn- und Gehaltsabrechnung');
    expect(job.html).toContain('Checkliste: 2 von 15 Punkten erledigt');
    expect(services.progressEvents.some((event) => event.task === DOCUMENT_PROGRESS_TASKS.html)).toBe(true);

    services.printer.answer = 'cancelled';
    expect(valueOf(await services.dispatch('documents.print', { language: 'en', record: 'processor' }))).toBe('cancelled');
    expect(services.printer.printed[1].html).toContain('Autohaus Brenner GmbH');
    expect(services.printer.printed[1].html).not.toContain('Bäckerei Lang');
  });

  it('needs an open register', async () => {
    services = startTestServices(tempDir());
    expect(await services.dispatch('documents.print', { language: 'de' })).toMatchObject({ ok: false, error: { code: 'no_register_open' } });
  });
});
