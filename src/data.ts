/** A deep, plain copy of JSON data (drafts must never share objects with what was saved). */
export function cloneData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Stable comparison of JSON data for "unsaved changes". */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
