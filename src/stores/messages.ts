import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AppErrorData } from '../../domain/ipc/result';
import { toErrorData } from '../api';

export type MessageParams = Record<string, string | number>;

/** A success or progress note: an i18n key, translated when shown (so it follows the language). */
export interface StatusNote {
  key: string;
  params?: MessageParams;
}

/**
 * The one status line (role="status") and the one error line (role="alert") of the window.
 * Stores report here; MessageArea shows it — in a form's save bar while one is shown (where
 * the user acted and looks), otherwise at the top of the view.
 */
export const useMessagesStore = defineStore('messages', () => {
  const status = ref<StatusNote | null>(null);
  const error = ref<AppErrorData | null>(null);
  /** Forms whose save bar shows the messages (next to Save) instead of the top of the page. */
  const inlineHosts = ref(0);

  function showStatus(key: string, params?: MessageParams): void {
    error.value = null;
    status.value = { key, params };
  }

  function showError(failure: unknown): void {
    status.value = null;
    error.value = toErrorData(failure);
  }

  /** Removes the error line if it reports invalid input (the user has corrected the fields). */
  function clearValidationError(): void {
    if (error.value?.code === 'validation') error.value = null;
  }

  function clear(): void {
    status.value = null;
    error.value = null;
  }

  function claimInline(): void {
    inlineHosts.value++;
  }

  function releaseInline(): void {
    inlineHosts.value = Math.max(0, inlineHosts.value - 1);
  }

  return { status, error, inlineHosts, showStatus, showError, clearValidationError, clear, claimInline, releaseInline };
});
