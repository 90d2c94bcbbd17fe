import { nextTick, onMounted } from 'vue';

/**
 * Shows a page that has just replaced another from its top, with the keyboard on its heading
 * (never on <body>), unless something inside `root` already has the focus (a view that put
 * it into its first field or back on the row the user came from).
 */
export function landOnHeading(root: HTMLElement | null): void {
  if (!root || root.contains(document.activeElement)) return;
  window.scrollTo({ top: 0, left: 0 });
  root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}

/**
 * A list that an editor replaced inside the same view, shown again and loaded: the keyboard
 * returns to the row the user opened (`[data-row-id]`), scrolled into view.
 */
export async function returnToRow(id: string): Promise<void> {
  if (!id) return;
  await nextTick();
  const row = document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
  row?.scrollIntoView({ block: 'center' });
  row?.querySelector<HTMLElement>('button, a[href]')?.focus({ preventScroll: true });
}

/** An editor that replaces its list inside the same view (a channel, a party) lands on its heading. */
export function useLandOnHeading(root: () => HTMLElement | null): void {
  onMounted(async () => {
    await nextTick();
    landOnHeading(root());
  });
}
