import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MessageParams } from './messages';

/** What the confirmation dialog asks; all texts are i18n keys. */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** A third choice between cancel and confirm (e.g. "discard" beside "save and continue"). */
  alternativeLabel?: string;
  params?: MessageParams;
  /** The confirmed action destroys data: the OK button is styled as dangerous. */
  danger?: boolean;
}

/** Which button ended the dialog; Escape counts as cancel. */
export type ConfirmChoice = 'confirm' | 'alternative' | 'cancel';

/**
 * `await confirm.ask({...})` resolves true (OK) or false (cancel, Escape); `choose` also
 * tells the third choice apart. One dialog at a time: a new question cancels a pending one.
 */
export const useConfirmStore = defineStore('confirm', () => {
  const request = ref<ConfirmRequest | null>(null);
  let resolvePending: ((choice: ConfirmChoice) => void) | null = null;

  function choose(question: ConfirmRequest): Promise<ConfirmChoice> {
    answer('cancel');
    request.value = question;
    return new Promise((resolve) => {
      resolvePending = resolve;
    });
  }

  async function ask(question: ConfirmRequest): Promise<boolean> {
    return (await choose(question)) === 'confirm';
  }

  /** true / false are short for confirm / cancel. */
  function answer(choice: ConfirmChoice | boolean): void {
    const resolve = resolvePending;
    resolvePending = null;
    request.value = null;
    resolve?.(choice === true ? 'confirm' : choice === false ? 'cancel' : choice);
  }

  return { request, ask, choose, answer };
});
