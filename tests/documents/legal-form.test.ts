import { describe, expect, it } from 'vitest';
import { buildArt30Document } from '../../domain/documents/art30';
import { representativeKind, representativeWording } from '../../domain/documents/legal-form';
import { emptyOrganisation } from '../../domain/model';
import { snapshot } from './art30-fixtures';

describe('who signs the Art. 30 record follows the legal form', () => {
  it.each([
    ['GmbH', 'management', 'Geschäftsführung', 'Management (managing directors)'],
    ['UG (haftungsbeschränkt)', 'management', 'Geschäftsführung', 'Management (managing directors)'],
    ['GmbH & Co. KG', 'management', 'Geschäftsführung', 'Management (managing directors)'],
    ['e.V.', 'board', 'Vorstand', 'Board'],
    ['Eingetragener Verein', 'board', 'Vorstand', 'Board'],
    ['AG', 'executiveBoard', 'Vorstand', 'Executive board'],
    ['Einzelunternehmen', 'owner', 'Inhaberin / Inhaber', 'Owner'],
    ['e.K.', 'owner', 'Inhaberin / Inhaber', 'Owner'],
    ['GbR', 'partners', 'Gesellschafterinnen und Gesellschafter', 'Partners'],
    ['KG', 'generalPartners', 'persönlich haftende Gesellschafterinnen und Gesellschafter', 'General partners'],
    ['Körperschaft des öffentlichen Rechts', 'publicBody', 'Leitung der Stelle', 'Head of the body'],
    ['', 'unknown', 'Gesetzliche Vertretung', 'Legal representatives'],
  ])('%s → %s', (form, kind, de, en) => {
    expect(representativeKind(form)).toBe(kind);
    expect(representativeWording(form, 'de')).toBe(de);
    expect(representativeWording(form, 'en')).toBe(en);
  });

  it('an association\'s record is approved by its board, a sole trader\'s by the owner — never "Geschäftsführung"', () => {
    for (const [legalForm, heading, caption] of [
      ['e.V.', 'Freigabe durch den Vorstand', 'Unterschrift – Vorstand'],
      ['Einzelunternehmen', 'Freigabe durch die Inhaberin / den Inhaber', 'Unterschrift – Inhaberin / Inhaber'],
    ] as const) {
      const organisation = { ...emptyOrganisation(), name: 'Beispiel', legalForm };
      const text = JSON.stringify(buildArt30Document({ ...snapshot(), organisation }, { language: 'de', variant: 'authority', asOf: '2026-11-28' }).content);
      expect(text).toContain(heading);
      expect(text).toContain(caption);
      expect(text).not.toContain('Geschäftsführung');
    }
  });
});
