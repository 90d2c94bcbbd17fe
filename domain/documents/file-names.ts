import type { Art30Variant, RecordKind } from '../ipc/channels/documents';
import type { Language } from '../model/common';

const BASES: Record<Language, Record<RecordKind, Record<Art30Variant, string>>> = {
  de: {
    controller: { authority: 'VVT-Aufsichtsbehoerde', internal: 'VVT-intern' },
    processor: { authority: 'VVT-Auftragsverarbeiter-Aufsichtsbehoerde', internal: 'VVT-Auftragsverarbeiter-intern' },
  },
  en: {
    controller: { authority: 'RoPA-authority', internal: 'RoPA-internal' },
    processor: { authority: 'RoPA-processor-authority', internal: 'RoPA-processor-internal' },
  },
};

/**
 * The save dialog's suggestion: distinct per record, variant, language and date, with the
 * organisation (one register per client) — e.g. "VVT-Aufsichtsbehoerde-de-2026-12-01 Muster GmbH.pdf".
 */
export function suggestedRecordFileName(input: {
  record: RecordKind;
  variant: Art30Variant;
  language: Language;
  date: string;
  organisation: string;
}): string {
  const organisation = input.organisation.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().slice(0, 80);
  const base = `${BASES[input.language][input.record][input.variant]}-${input.language}-${input.date}`;
  return `${organisation ? `${base} ${organisation}` : base}.pdf`;
}
