/** A namespace of user-visible strings; `{name}` placeholders are filled by translate(). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** English must have exactly the keys German has (German is the default language). */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function bilingual<T extends MessageTree>(de: T, en: SameShape<T>): { de: T; en: SameShape<T> } {
  return { de, en };
}
