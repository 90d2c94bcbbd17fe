import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MessageParams } from './messages';

/** What the confirmation dialog asks; all texts are i18n keys. */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  params?: MessageParams;
  /** The confirmed action destroys data: the OK button is styled as dangerous. */
  danger?: boolean;
}

/**
 * `await confirm.ask({...})` resolves true (OK) or false (cancel, Escape). One dialog at a
 * time: a new question cancels a pending one.
 */
export const useConfirmStore = defineStore('confirm', () => {
  const request = ref<ConfirmRequest | null>(null);
  let resolvePending: ((ok: boolean) => void) | null = null;

  function ask(question: ConfirmRequest): Promise<boolean> {
    answer(false);
    request.value = question;
    return new Promise((resolve) => {
      resolvePending = resolve;
    });
  }

  function answer(ok: boolean): void {
    const resolve = resolvePending;
    resolvePending = null;
    request.value = null;
    resolve?.(ok);
  }

  return { request, ask, answer };
});
