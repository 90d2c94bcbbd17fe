import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ChangesSinceSubmission } from '../../domain/ipc/channels/approval';
import type { ExportedFile } from '../../domain/ipc/channels/documents';
import type { SubmissionMeta } from '../../domain/model/approval';
import type { ExportCheck } from '../../domain/rules/export-check';
import { call } from '../api';
import { useMessagesStore } from './messages';
import { useSettingsStore } from './settings';

/**
 * The authority export's surroundings in the documents view: the check before the file is
 * written, recording the export as a submission, the changes since the last one, and opening
 * the saved file or its folder.
 */
export const useSubmissionsStore = defineStore('submissions', () => {
  const check = ref<ExportCheck | null>(null);
  const checkFailed = ref(false);
  const checking = ref(false);
  /** Record the next authority export as a submission to `authority`. */
  const recordSubmission = ref(false);
  const authority = ref('');
  const authorityMissing = ref(false);
  const annexChanges = ref(false);
  const submissions = ref<SubmissionMeta[]>([]);
  const changes = ref<ChangesSinceSubmission | null>(null);
  /** The file the last export wrote (offered to open). */
  const lastFile = ref<ExportedFile | null>(null);
  const submissionsFailed = ref(false);

  async function loadCheck(includeUnapproved: boolean): Promise<void> {
    checking.value = true;
    try {
      check.value = await call('documents.exportCheck', { includeUnapproved });
      checkFailed.value = false;
    } catch {
      check.value = null;
      checkFailed.value = true;
    } finally {
      checking.value = false;
    }
  }

  /** Suggests the organisation's supervisory authority as recipient, unless the user typed one. */
  async function prefillAuthority(): Promise<void> {
    if (authority.value.trim()) return;
    try {
      authority.value = (await call('organisation.get')).supervisoryAuthority.name;
    } catch {
      // The user types the authority.
    }
  }

  async function loadSubmissions(): Promise<void> {
    try {
      const [list, since] = await Promise.all([call('submissions.list'), call('submissions.changes', { language: useSettingsStore().language })]);
      submissions.value = list;
      changes.value = since;
      submissionsFailed.value = false;
    } catch {
      submissionsFailed.value = true;
    }
  }

  /** The submission part of the export request; false when the authority is missing (nothing is exported then). */
  function exportOptions(): { ok: boolean; recordSubmission?: { authority: string }; annexChanges?: boolean } {
    authorityMissing.value = recordSubmission.value && !authority.value.trim();
    if (authorityMissing.value) return { ok: false };
    return {
      ok: true,
      recordSubmission: recordSubmission.value ? { authority: authority.value.trim() } : undefined,
      annexChanges: annexChanges.value || undefined,
    };
  }

  async function afterExport(file: ExportedFile): Promise<void> {
    lastFile.value = file;
    if (file.submissionId) {
      recordSubmission.value = false;
      await loadSubmissions();
    }
  }

  async function openLastFile(reveal: boolean): Promise<void> {
    if (!lastFile.value) return;
    try {
      await call('documents.openExported', { path: lastFile.value.path, reveal });
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  return {
    check,
    checkFailed,
    checking,
    recordSubmission,
    authority,
    authorityMissing,
    annexChanges,
    submissions,
    changes,
    lastFile,
    submissionsFailed,
    loadCheck,
    prefillAuthority,
    loadSubmissions,
    exportOptions,
    afterExport,
    openLastFile,
  };
});
