import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeCharacters } from '../../../domain/documents/unsupported-characters';
import type { NoticeCopyFormat, NoticeExportFormat, NoticePreview } from '../../../domain/ipc/channels/notices';
import { call } from '../../api';
import { useConfirmStore } from '../../stores/confirm';
import { useDocumentsStore } from '../../stores/documents';
import { useMessagesStore } from '../../stores/messages';
import { distinctMissing, parseSubjectKey, subjectKey, type SubjectOption } from './notice-subjects';

/**
 * The privacy-notice part of the documents view: the subjects to choose from, the preview of
 * the chosen one (reloaded when subject or language change), copying and exporting it.
 * Subject and language live in the documents store, so they survive a trip to fix data.
 */
export function useNotice() {
  const documents = useDocumentsStore();
  const messages = useMessagesStore();
  const confirm = useConfirmStore();
  const { t } = useI18n();

  const activities = ref<SubjectOption[]>([]);
  const channels = ref<SubjectOption[]>([]);
  const subjectsLoaded = ref(false);
  const preview = ref<NoticePreview | null>(null);
  const loading = ref(false);
  /** A copy or export is running. */
  const busy = ref(false);
  let request = 0;

  const selected = computed(() => [...activities.value, ...channels.value].find((option) => option.key === documents.noticeSubject) ?? null);

  async function loadSubjects(): Promise<void> {
    const [activityPage, channelList] = await Promise.allSettled([call('activities.list', {}), call('channels.list')]);
    if (activityPage.status === 'fulfilled') {
      activities.value = activityPage.value.items.map((item) => {
        const subject = { kind: 'activity', activityId: item.id } as const;
        return { key: subjectKey(subject), subject, name: item.name, activities: [{ id: item.id, name: item.name }] };
      });
    } else messages.showError(activityPage.reason);
    if (channelList.status === 'fulfilled') {
      channels.value = channelList.value.map(({ channel, activities: used }) => {
        const subject = { kind: 'channel', channelId: channel.id } as const;
        return { key: subjectKey(subject), subject, name: channel.name, activities: used };
      });
    } else messages.showError(channelList.reason);
    subjectsLoaded.value = true;
    // A subject chosen earlier may be gone (deleted, or another register is open).
    if (documents.noticeSubject && !selected.value) documents.noticeSubject = '';
  }

  /** Loads the preview of the chosen subject again (e.g. after the register data changed). */
  async function refresh(): Promise<void> {
    const subject = parseSubjectKey(documents.noticeSubject);
    const current = ++request;
    if (!subject) {
      preview.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    try {
      const answer = await call('notices.preview', { subject, language: documents.noticeLanguage });
      if (current === request) preview.value = answer;
    } catch (error) {
      if (current === request) {
        preview.value = null;
        messages.showError(error);
      }
    } finally {
      if (current === request) loading.value = false;
    }
  }

  watch(
    () => [documents.noticeSubject, documents.noticeLanguage],
    () => void refresh(),
  );

  /** Asks before copying or exporting a notice with missing details; true: go on. */
  async function confirmMissing(action: 'copy' | 'export'): Promise<boolean> {
    const count = distinctMissing(preview.value?.missing ?? []).length;
    if (count === 0) return true;
    return confirm.ask({
      title: 'documentsUi.notice.confirm.title',
      message: `documentsUi.notice.confirm.${action}`,
      confirmLabel: `documentsUi.notice.confirm.${action}Ok`,
      cancelLabel: 'documentsUi.notice.confirm.cancel',
      params: { count },
    });
  }

  async function withSubject(action: 'copy' | 'export', work: (subject: NonNullable<ReturnType<typeof parseSubjectKey>>) => Promise<void>): Promise<void> {
    const subject = parseSubjectKey(documents.noticeSubject);
    if (!subject || busy.value) return;
    busy.value = true;
    try {
      if (!(await confirmMissing(action))) return;
      messages.clear();
      await work(subject);
    } catch (error) {
      messages.showError(error);
    } finally {
      busy.value = false;
    }
  }

  function copy(format: NoticeCopyFormat): Promise<void> {
    return withSubject('copy', async (subject) => {
      const result = await call('notices.copy', { subject, language: documents.noticeLanguage, format });
      const name = t(`documentsUi.notice.format.${format}`);
      if (result.missingCount > 0) messages.showStatus('documentsUi.notice.copiedMissing', { format: name });
      else messages.showStatus('documentsUi.notice.copied', { format: name });
    });
  }

  function exportAs(format: NoticeExportFormat): Promise<void> {
    return withSubject('export', async (subject) => {
      const file = await call('notices.export', { subject, language: documents.noticeLanguage, format });
      const missing = file?.unsupportedCharacters ?? [];
      if (file && missing.length) messages.showStatus('legalTexts.savedWithUnsupported', { path: file.path, characters: describeCharacters(missing) });
      else if (file) messages.showStatus('documentsUi.notice.exported', { path: file.path });
    });
  }

  return { activities, channels, subjectsLoaded, selected, preview, loading, busy, loadSubjects, refresh, copy, exportAs };
}
