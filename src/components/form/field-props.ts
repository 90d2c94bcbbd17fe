import { computed } from 'vue';

/** What every labelled field accepts besides its value. */
export interface FieldProps {
  /** Element id; the label's `for` points here and hint/error ids derive from it. */
  id: string;
  label: string;
  /** Path of validation issues shown next to this field, e.g. "activity.name". */
  issuePath?: string;
  /** data-testid of the control itself. */
  testid?: string;
  hint?: string;
  required?: boolean;
}

/** aria-describedby for a control with an optional hint and an optional error message. */
export function useDescribedBy(props: FieldProps, error: () => string) {
  return computed(() => {
    const ids = [props.hint ? `${props.id}-hint` : '', error() ? `${props.id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  });
}
