import { nextTick } from 'vue';

/** Moves the keyboard focus to an element once Vue has rendered it (after adding a row, a failed save …). */
export async function focusLater(selector: string, root: ParentNode = document): Promise<void> {
  await nextTick();
  const element = root.querySelector<HTMLElement>(selector);
  element?.focus();
}

/** Focuses the first field marked invalid in a form, so the keyboard user lands on the problem. */
export function focusFirstInvalid(form: HTMLElement | null): Promise<void> {
  return form ? focusLater('[aria-invalid="true"]', form) : Promise.resolve();
}
