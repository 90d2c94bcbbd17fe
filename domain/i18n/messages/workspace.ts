import { bilingual } from '../types';

/** The DPO's workspace: input checks in place, dashboard, bulk actions, editor aids, DPO profile. */
export const workspace = bilingual(
  {
    form: {
      badDate: 'Kein gültiges Datum – das Feld bleibt leer, bis ein vollständiges Datum eingegeben ist.',
      badDateKept: 'Kein gültiges Datum – der bisherige Wert {date} bleibt erhalten.',
      counter: '{count} von {limit} Zeichen',
      tooLong: 'Der Text ist {count} Zeichen lang, höchstens {limit} sind möglich. Bitte kürzen – es wurde nichts abgeschnitten.',
    },
  },
  {
    form: {
      badDate: 'Not a valid date – the field stays empty until a complete date is entered.',
      badDateKept: 'Not a valid date – the previous value {date} is kept.',
      counter: '{count} of {limit} characters',
      tooLong: 'The text is {count} characters long, at most {limit} are possible. Please shorten it – nothing was cut.',
    },
  },
);
