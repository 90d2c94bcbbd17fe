import { describe, expect, it } from 'vitest';
import { renderArt30Pdf } from '../../backend/documents/art30-pdf';
import {
  ACTIVITY_TEMPLATES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  LEGAL_BASES,
  RECIPIENT_CATEGORIES,
  RETENTION_PRESETS,
  TOM_CATALOGUE,
} from '../../domain/catalogues';
import { REGISTER_TEMPLATES } from '../../domain/catalogues/register-templates';
import { buildPrivacyNotice, toPlainText } from '../../domain/documents/privacy-notice';
import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import { catalogueText } from '../../domain/documents/localize-snapshot';
import { OrganisationSchema } from '../../domain/model';
import type { LocalizedText } from '../../domain/model/common';
import { registerContentFromTemplate } from '../../domain/rules/template-instantiation';
import { extractPdfText } from '../support/pdf-text';

/** Every German catalogue wording that differs from the English one (labels, preset texts, template texts). */
function germanCatalogueTexts(): string[] {
  const texts: LocalizedText[] = [
    ...DATA_CATEGORIES.map((e) => e.label),
    ...DATA_SUBJECT_CATEGORIES.map((e) => e.label),
    ...RECIPIENT_CATEGORIES.map((e) => e.label),
    ...TOM_CATALOGUE.map((e) => e.label),
    ...LEGAL_BASES.map((e) => e.label),
    ...RETENTION_PRESETS.flatMap((e) => [e.label, e.trigger, e.basis, e.periodText]),
    ...ACTIVITY_TEMPLATES.flatMap((t) => [t.name, ...t.purposes.map((p) => p.description)]),
  ];
  // Short words (e.g. "Name") may also occur inside English text; the labels that matter are longer.
  return [...new Set(texts.filter((t) => t.de !== t.en && t.de.length >= 8 && !t.en.includes(t.de)).map((t) => t.de))];
}

function templateRegister(templateId: string): RegisterSnapshot {
  const template = REGISTER_TEMPLATES.find((t) => t.id === templateId)!;
  let n = 0;
  const content = registerContentFromTemplate(template, 'de', () => `id-${++n}`);
  return {
    organisation: OrganisationSchema.parse({ name: 'Beispiel GmbH', legalForm: 'GmbH' }),
    activities: content.activities,
    parties: [],
    channels: [],
    processorRecords: [],
    toms: content.measures,
    attachments: [],
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('English output of a register kept in German', () => {
  it('resolves catalogue wording by id and keeps what the user edited', () => {
    const label = { de: 'Kontaktdaten', en: 'Contact details' };
    expect(catalogueText('Kontaktdaten', label, 'en')).toBe('Contact details');
    expect(catalogueText('Contact details', label, 'de')).toBe('Kontaktdaten');
    expect(catalogueText('Kontaktdaten der Lieferanten', label, 'en')).toBe('Kontaktdaten der Lieferanten');
    expect(catalogueText('Kontaktdaten', undefined, 'en')).toBe('Kontaktdaten');
  });

  it('the English internal PDF of a template register contains no German catalogue label', async () => {
    const register = templateRegister('online_shop');
    expect(register.activities.length).toBeGreaterThan(3);
    const text = squash((await extractPdfText(await renderArt30Pdf(register, { language: 'en', variant: 'internal', asOf: '2026-11-28', includeUnapproved: true }))).pages.join(' '));
    expect(text).toContain('Record of processing activities');
    const german = germanCatalogueTexts().filter((de) => text.includes(squash(de)));
    expect(german, JSON.stringify(german)).toEqual([]);
    // and the German PDF of the same register still has them
    const de = squash((await extractPdfText(await renderArt30Pdf(register, { language: 'de', variant: 'internal', asOf: '2026-11-28', includeUnapproved: true }))).pages.join(' '));
    expect(germanCatalogueTexts().filter((label) => de.includes(squash(label))).length).toBeGreaterThan(20);
  });

  it('the English notices of a template register contain no German catalogue label', () => {
    for (const id of ['online_shop', 'medical_practice', 'association']) {
      const register = templateRegister(id);
      for (const activity of register.activities) {
        const text = squash(toPlainText(buildPrivacyNotice(register, { kind: 'activity', activityId: activity.id }, 'en')));
        expect(germanCatalogueTexts().filter((de) => text.includes(squash(de))), `${id}/${activity.templateId}`).toEqual([]);
      }
    }
  });
});
