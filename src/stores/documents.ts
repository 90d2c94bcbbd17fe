import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { describeCharacters } from '../../domain/documents/unsupported-characters';
import type { Art30Variant, ExportedFile, RecordDocumentInput, RecordKind } from '../../domain/ipc/channels/documents';
import type { ProgressEvent } from '../../domain/ipc/events';
import type { Language } from '../../domain/model/common';
import { call } from '../api';
import { useMessagesStore } from './messages';
import { useSettingsStore } from './settings';
import { useSubmissionsStore } from './submissions';

/** What is being generated: the record as PDF or as print view; null when idle. */
export type DocumentJob = 'pdf' | 'print';

/**
 * Documents of the open register: the Art. 30 records (PDF, print) with the choices of the
 * documents view, progress and cancelling of the running job, and the chosen privacy-notice
 * subject. Languages follow the UI until the user picks one.
 */
export const useDocumentsStore = defineStore('documents', () => {
  const chosenLanguage = ref<Language | null>(null);
  const record = ref<RecordKind>('controller');
  const variant = ref<Art30Variant>('authority');
  /** Authority version: drafts and activities in review as a marked preview (off: approved only). */
  const includeUnapproved = ref(false);
  /** The organisation keeps a processor record (acts as processor or has processor records). */
  const processorAvailable = ref(false);
  const job = ref<DocumentJob | null>(null);
  const progress = ref<ProgressEvent | null>(null);
  const cancelling = ref(false);

  /** Privacy notice: `activity:<id>` or `channel:<id>`; '' until chosen. */
  const noticeSubject = ref('');
  const chosenNoticeLanguage = ref<Language | null>(null);

  const exporting = computed(() => job.value !== null);

  const exportLanguage = computed<Language>({
    get: () => chosenLanguage.value ?? useSettingsStore().language,
    set: (language) => {
      chosenLanguage.value = language;
    },
  });

  const noticeLanguage = computed<Language>({
    get: () => chosenNoticeLanguage.value ?? useSettingsStore().language,
    set: (language) => {
      chosenNoticeLanguage.value = language;
    },
  });

  /**
   * Runs one document job (callers check that none is running). Resolves to main's answer
   * (null: cancelled in the dialog or with Cancel), or undefined after a failure, which is shown.
   */
  async function run<T>(kind: DocumentJob, work: () => Promise<T>): Promise<T | undefined> {
    const messages = useMessagesStore();
    job.value = kind;
    progress.value = null;
    cancelling.value = false;
    messages.clear();
    try {
      return await work();
    } catch (error) {
      messages.showError(error);
      return undefined;
    } finally {
      job.value = null;
      progress.value = null;
    }
  }

  /** The saved message — or, when the PDF font cannot show some characters, a warning naming them. */
  function showSaved(key: string, file: ExportedFile): void {
    const missing = file.unsupportedCharacters ?? [];
    if (missing.length) useMessagesStore().showStatus('legalTexts.savedWithUnsupported', { path: file.path, characters: describeCharacters(missing) });
    else useMessagesStore().showStatus(key, { path: file.path });
  }

  function reportCancelled(): void {
    if (cancelling.value) useMessagesStore().showStatus('documentsUi.art30.cancelled');
    cancelling.value = false;
  }

  /**
   * The controller record for the supervisory authority, as the activity list's button and
   * the menu export it (payload without `record`: the channel's default, the controller record).
   */
  async function exportArt30(): Promise<boolean> {
    if (job.value) return false;
    const file = await run('pdf', () => call('documents.exportArt30Pdf', { language: exportLanguage.value, variant: 'authority' }));
    if (!file) {
      reportCancelled();
      return false;
    }
    showSaved('activityList.export.saved', file);
    return true;
  }

  function recordInput(): RecordDocumentInput {
    const kind = record.value === 'processor' && !processorAvailable.value ? 'controller' : record.value;
    return { language: exportLanguage.value, variant: variant.value, record: kind, includeUnapproved: includeUnapproved.value };
  }

  /**
   * The record chosen in the documents view, as PDF (save dialog in main); the authority
   * version may carry the changes annex and be recorded as a submission.
   */
  async function saveRecordPdf(): Promise<boolean> {
    if (job.value) return false;
    const submissions = useSubmissionsStore();
    const input = recordInput();
    const forAuthority = input.variant === 'authority' && input.record === 'controller';
    const extra = forAuthority ? submissions.exportOptions() : { ok: true };
    if (!extra.ok) return false;
    const { ok, ...options } = extra;
    void ok;
    const file = await run('pdf', () => call('documents.exportArt30Pdf', { ...input, ...options }));
    if (!file) {
      reportCancelled();
      return false;
    }
    showSaved('documentsUi.art30.saved', file);
    await submissions.afterExport(file);
    return true;
  }

  /** The record chosen in the documents view, through the operating system's print dialog. */
  async function printRecord(): Promise<boolean> {
    if (job.value) return false;
    const outcome = await run('print', () => call('documents.print', recordInput()));
    if (outcome !== 'printed') {
      reportCancelled();
      return false;
    }
    useMessagesStore().showStatus('documentsUi.art30.printed');
    return true;
  }

  /** Asks main to stop the running job; the job's call then resolves as cancelled. */
  async function cancel(): Promise<void> {
    if (!job.value || cancelling.value) return;
    cancelling.value = true;
    try {
      if (!(await call('documents.cancel'))) cancelling.value = false;
    } catch (error) {
      cancelling.value = false;
      useMessagesStore().showError(error);
    }
  }

  function reportProgress(event: ProgressEvent): void {
    if (job.value && !cancelling.value) progress.value = event;
  }

  /** Whether the processor record (Art. 30(2)) is offered; falls back to the controller record. */
  async function loadRecordOptions(): Promise<void> {
    let available = false;
    try {
      const organisation = await call('organisation.get');
      available = organisation.actsAsProcessor || (await call('processorRecords.list')).length > 0;
    } catch {
      // Without the answer only the controller record is offered; exports report their own errors.
    }
    processorAvailable.value = available;
    if (!available) record.value = 'controller';
  }

  /** The documents view is open: main starts and warms up the PDF workers (failures do not matter here). */
  function warmUpPdfWorkers(): void {
    call('documents.warmUp').catch(() => undefined);
  }

  return {
    exportLanguage,
    record,
    variant,
    includeUnapproved,
    processorAvailable,
    job,
    exporting,
    progress,
    cancelling,
    noticeSubject,
    noticeLanguage,
    exportArt30,
    saveRecordPdf,
    printRecord,
    cancel,
    reportProgress,
    loadRecordOptions,
    warmUpPdfWorkers,
  };
});
