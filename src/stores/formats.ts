import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RecordDocumentInput } from '../../domain/ipc/channels/documents';
import type { PolicyFormatChoice, SpreadsheetPreview } from '../../domain/ipc/channels/formats';
import type { NoticeSubject } from '../../domain/documents/privacy-notice/types';
import type { Language } from '../../domain/model/common';
import type { ColumnTarget, MappingOverrides } from '../../domain/spreadsheet';
import { call } from '../api';
import { countKey } from '../i18n';
import { useMessagesStore } from './messages';
import { useRegisterStore } from './register';
import { useViewStore } from './view';

/**
 * Import and export in other formats: the pending spreadsheet preview with the user's column
 * corrections, JSON import into a new register, and the exports (JSON, Excel, Word, policy).
 */
export const useFormatsStore = defineStore('formats', () => {
  const preview = ref<SpreadsheetPreview | null>(null);
  const overrides = ref<MappingOverrides>({});
  /** The report lines of a JSON file that could not be imported. */
  const jsonProblems = ref<{ fileName: string; lines: string[] } | null>(null);
  /** The report of the last JSON import (approvals taken over or assumed, submissions, change log), until dismissed. */
  const jsonReport = ref<{ path: string; lines: string[] } | null>(null);
  const busy = ref(false);

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (busy.value) return undefined;
    busy.value = true;
    const messages = useMessagesStore();
    messages.clear();
    try {
      return await work();
    } catch (error) {
      messages.showError(error);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  function savedNote(file: { path: string } | null | undefined): void {
    if (file) useMessagesStore().showStatus('formats.ui.exported', { path: file.path });
  }

  async function chooseSpreadsheet(language: Language): Promise<void> {
    const answer = await guarded(() => call('formats.spreadsheetChoose', { language }));
    if (answer) {
      preview.value = answer;
      overrides.value = {};
    }
  }

  /** Assigns a column to another field (or to nothing) and reloads the report. */
  async function setColumn(sheet: string, column: string, target: ColumnTarget, language: Language): Promise<void> {
    if (!preview.value) return;
    overrides.value = { ...overrides.value, [sheet]: { ...(overrides.value[sheet] ?? {}), [column]: target } };
    const token = preview.value.token;
    const answer = await guarded(() => call('formats.spreadsheetPreview', { token, language, overrides: overrides.value }));
    if (answer) preview.value = answer;
  }

  async function confirmSpreadsheet(language: Language): Promise<void> {
    if (!preview.value) return;
    const token = preview.value.token;
    const answer = await guarded(() => call('formats.spreadsheetConfirm', { token, language, overrides: overrides.value }));
    if (answer) {
      preview.value = null;
      overrides.value = {};
      useMessagesStore().showStatus(countKey('formats.ui.imported', answer.count), { count: answer.count });
    }
  }

  async function discardSpreadsheet(): Promise<void> {
    const token = preview.value?.token;
    preview.value = null;
    overrides.value = {};
    if (token) await guarded(() => call('formats.spreadsheetDiscard', { token }));
  }

  /** Imports a JSON file into a new register, which is then open. */
  async function importJson(language: Language): Promise<void> {
    jsonProblems.value = null;
    jsonReport.value = null;
    const outcome = await guarded(() => call('formats.importJson', { language }));
    if (!outcome) return;
    if (outcome.status === 'invalid') {
      jsonProblems.value = { fileName: outcome.fileName, lines: outcome.lines };
      return;
    }
    await useRegisterStore().reloadAfterExternalOpen();
    // The report says which approvals were taken over or assumed: it is shown next to the import button.
    jsonReport.value = { path: outcome.path, lines: outcome.lines };
    await useViewStore().navigate('documents');
    useMessagesStore().showStatus('interchangeApproval.ui.imported', { path: outcome.path });
  }

  const exportJson = async () => savedNote(await guarded(() => call('formats.exportJson')));
  const exportXlsx = async (language: Language) => savedNote(await guarded(() => call('formats.exportXlsx', { language })));
  const exportRecordDocx = async (input: RecordDocumentInput) => savedNote(await guarded(() => call('formats.exportRecordDocx', input)));
  const exportNoticeDocx = async (subject: NoticeSubject, language: Language) => savedNote(await guarded(() => call('formats.exportNoticeDocx', { subject, language })));
  const exportPolicy = async (activityIds: string[], channelIds: string[], language: Language, format: PolicyFormatChoice) =>
    savedNote(await guarded(() => call('formats.exportPolicy', { activityIds, channelIds, language, format })));

  return {
    preview,
    overrides,
    jsonProblems,
    jsonReport,
    busy,
    chooseSpreadsheet,
    setColumn,
    confirmSpreadsheet,
    discardSpreadsheet,
    importJson,
    exportJson,
    exportXlsx,
    exportRecordDocx,
    exportNoticeDocx,
    exportPolicy,
  };
});
