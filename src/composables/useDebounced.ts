import { onBeforeUnmount } from 'vue';

/** Calls `run` once input has paused for `delayMs`; pending calls are dropped when the component goes. */
export function useDebounced<A extends unknown[]>(run: (...args: A) => unknown, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function schedule(...args: A): void {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      void run(...args);
    }, delayMs);
  }

  onBeforeUnmount(cancel);
  return { schedule, cancel };
}
