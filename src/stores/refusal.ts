import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError } from '../api';
import { useMessagesStore, type MessageParams } from './messages';

/**
 * A request main refused for a reason the user can act on (a party still linked, a file that
 * is no PDF …): the error carries its own text key in `params.messageKey`
 * (e.g. `parties.errors.party_still_linked`) and the names it mentions as params.
 */
export interface Refusal {
  key: string;
  params: MessageParams;
}

export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  const key = error.data.params?.messageKey;
  return typeof key === 'string' && key !== '' ? { key, params: error.data.params ?? {} } : null;
}

/** The refusal shown by RefusalNotice in the parties, channels and reminders views. */
export const useRefusalStore = defineStore('refusal', () => {
  const current = ref<Refusal | null>(null);

  function clear(): void {
    current.value = null;
  }

  /** Shows a failure: a refusal with its own text here, anything else in the window's error line. */
  function report(error: unknown): void {
    const refusal = refusalOf(error);
    if (refusal) {
      useMessagesStore().clear();
      current.value = refusal;
    } else {
      current.value = null;
      useMessagesStore().showError(error);
    }
  }

  /** A success note in the status line; an earlier refusal is no longer current. */
  function status(key: string, params?: MessageParams): void {
    current.value = null;
    useMessagesStore().showStatus(key, params);
  }

  return { current, clear, report, status };
});
