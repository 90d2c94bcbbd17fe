import { describe, expect, it } from 'vitest';
import { NOTICE_ELEMENTS, buildPrivacyNotice, toPlainText, type PrivacyNotice } from '../../domain/documents/privacy-notice';
import { OrganisationSchema, type Language } from '../../domain/model';
import { IDS, activity, contractOnly, leads, shop, snapshot, sparse } from './notice-fixtures';
import { hasSection, mandatoryElements, sectionText } from './notice-support';

const activityNotice = (id: string, language: Language, overrides = {}): PrivacyNotice =>
  buildPrivacyNotice(snapshot(overrides), { kind: 'activity', activityId: id }, language);

const FULL_ART13_ORDER = [
  'controller', 'dpo', 'purposes', 'legitimate_interests', 'recipients', 'transfers', 'storage_period',
  'rights', 'withdrawal', 'complaint', 'provision', 'automated_decision',
];

/** Per element: values from the register that must appear in it, per language. */
const EXPECTED: Record<Language, Record<string, string[]>> = {
  de: {
    controller: ['Verantwortlicher', 'Müller & Söhne Feinkost GmbH', 'Königstraße 12, 70173 Stuttgart, Deutschland', 'info@mueller-soehne.example', 'Dr. Jürgen Weiß'],
    dpo: ['Petra Groß, Datenschutz Süd GmbH', 'p.gross@datenschutz-sued.example', '+49 711 987654'],
    purposes: ['Abwicklung Ihrer Bestellung – Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO', 'Art. 6 Abs. 1 lit. f DSGVO', 'Versand unseres Newsletters – Rechtsgrundlage: Art. 6 Abs. 1 lit. a DSGVO – Einwilligung'],
    legitimate_interests: ['berechtigtes Interesse', 'Schutz vor Zahlungsausfällen & Missbrauch'],
    recipients: ['Versanddienstleister – Paketblitz Logistik GmbH (Auftragsverarbeiter)', 'Steuerberater'],
    transfers: ['Vereinigte Staaten (Newsletter Inc.)', 'EU-US Data Privacy Framework', 'Angemessenheitsbeschluss'],
    storage_period: ['Rechnungen: 8 Jahre', 'Ende des Kalenderjahres der Rechnungsstellung', '§ 147 AO', 'bis zum Widerruf der Einwilligung', 'Löschung'],
    rights: ['Recht auf Auskunft (Art. 15 DSGVO)', 'Art. 16', 'Art. 17', 'Art. 18', 'Recht auf Datenübertragbarkeit (Art. 20 DSGVO)', 'Recht auf Widerspruch', 'datenschutz@mueller-soehne.example'],
    withdrawal: ['jederzeit zu widerrufen', 'Art. 7 Abs. 3 DSGVO', 'Versand unseres Newsletters'],
    complaint: ['Aufsichtsbehörde', 'Art. 77 DSGVO', 'Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg', 'Lautenschlagerstraße 20, 70173 Stuttgart', 'https://www.baden-wuerttemberg.datenschutz.de'],
    provision: ['vertraglich vorgeschrieben', 'Sie sind verpflichtet', 'Ohne diese Daten können wir Ihre Bestellung nicht ausführen.'],
    automated_decision: ['Punktwert aus Zahlungshistorie', 'Kauf auf Rechnung kann abgelehnt werden.'],
  },
  en: {
    controller: ['controller', 'Müller & Söhne Feinkost GmbH', 'Königstraße 12, 70173 Stuttgart, Germany', 'info@mueller-soehne.example'],
    dpo: ['Petra Groß, Datenschutz Süd GmbH', 'p.gross@datenschutz-sued.example'],
    purposes: ['Abwicklung Ihrer Bestellung – legal basis: Art. 6(1)(b) GDPR', 'Art. 6(1)(f) GDPR', 'Art. 6(1)(a) GDPR – Consent'],
    legitimate_interests: ['legitimate interest', 'Schutz vor Zahlungsausfällen & Missbrauch'],
    recipients: ['Versanddienstleister – Paketblitz Logistik GmbH (processor)'],
    transfers: ['United States (Newsletter Inc.)', 'EU-US Data Privacy Framework', 'adequacy decision'],
    storage_period: ['Rechnungen: 8 years', '§ 147 AO', 'erasure'],
    rights: ['Right of access (Art. 15 GDPR)', 'Right to data portability (Art. 20 GDPR)', 'Right to object'],
    withdrawal: ['withdraw your consent at any time', 'Art. 7(3) GDPR'],
    complaint: ['supervisory authority', 'Art. 77 GDPR', 'Baden-Württemberg'],
    provision: ['contractual requirement', 'You are obliged', 'Ohne diese Daten'],
    automated_decision: ['Punktwert aus Zahlungshistorie'],
  },
};

describe('privacy notice for a fully filled activity', () => {
  it.each(['de', 'en'] as const)('%s: has every applicable element in order, with the register values', (language) => {
    const notice = activityNotice(IDS.shop, language);
    expect(notice.article).toBe('art13');
    expect(mandatoryElements(notice)).toEqual(FULL_ART13_ORDER);
    const numbers = notice.sections.map((s) => s.number).filter((n): n is number => n !== null);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const [element, values] of Object.entries(EXPECTED[language])) {
      const text = sectionText(notice, element as (typeof NOTICE_ELEMENTS)[number]);
      for (const value of values) expect(text, `${element} should contain "${value}"`).toContain(value);
    }
    expect(notice.missing).toEqual([]);
    expect(notice.sections.every((s) => s.status !== 'missing')).toBe(true);
    expect(toPlainText(notice)).not.toMatch(/FEHLT|MISSING/);
  });

  it('cites Art. 13 per section', () => {
    const notice = activityNotice(IDS.shop, 'de');
    const references = Object.fromEntries(notice.sections.map((s) => [s.element, s.reference]));
    expect(references).toMatchObject({ controller: 'Art. 13 Abs. 1 lit. a DSGVO', transfers: 'Art. 13 Abs. 1 lit. f DSGVO', automated_decision: 'Art. 13 Abs. 2 lit. f DSGVO', objection: 'Art. 21 Abs. 4 DSGVO' });
  });
});

describe('Art. 21(4) objection, withdrawal and portability follow the legal bases', () => {
  it('shows the objection separately and highlighted for 6-1-f, naming the purposes concerned', () => {
    const notice = activityNotice(IDS.shop, 'de');
    const objection = notice.sections.filter((s) => s.element === 'objection');
    expect(objection).toHaveLength(1);
    expect(objection[0].highlighted).toBe(true);
    expect(notice.sections.filter((s) => s.highlighted)).toEqual(objection);
    const text = sectionText(notice, 'objection');
    expect(text).toContain('Widerspruch einzulegen');
    expect(text).toContain('Art. 6 Abs. 1 lit. f DSGVO');
    expect(text).toContain('Betrugsprävention');
    // The newsletter is direct marketing: Art. 21(2) applies regardless of the consent basis.
    expect(text).toContain('Direktwerbung');
    expect(sectionText(notice, 'rights')).not.toContain('Widerspruch einzulegen');
  });

  it('has no objection and no withdrawal for a contract-only activity, and keeps portability', () => {
    const notice = activityNotice(IDS.contract, 'de');
    expect(hasSection(notice, 'objection')).toBe(false);
    expect(hasSection(notice, 'withdrawal')).toBe(false);
    expect(hasSection(notice, 'legitimate_interests')).toBe(false);
    const rights = sectionText(notice, 'rights');
    expect(rights).not.toContain('Widerspruch');
    expect(rights).toContain('Datenübertragbarkeit');
  });

  it('offers withdrawal only with consent and portability only with consent or contract', () => {
    const interestOnly = activity({ id: 'a-f', name: 'Videoüberwachung', purposes: [{ id: 'p', description: 'Schutz des Eigentums', legalBases: [{ code: '6-1-f' }], legitimateInterest: 'Aufklärung von Diebstählen' }] });
    const notice = activityNotice('a-f', 'en', { activities: [interestOnly] });
    expect(hasSection(notice, 'withdrawal')).toBe(false);
    expect(sectionText(notice, 'rights')).not.toContain('portability');
    expect(hasSection(notice, 'objection')).toBe(true);
    expect(sectionText(notice, 'objection')).not.toContain('direct marketing');
  });

  it('does not mistake a job application ("Bewerbung") for advertising', () => {
    const applicants = activity({ id: 'a-app', name: 'Bewerbungen', purposes: [{ id: 'p', description: 'Bearbeitung Ihrer Bewerbung', legalBases: [{ code: '6-1-b' }] }] });
    expect(hasSection(activityNotice('a-app', 'de', { activities: [applicants] }), 'objection')).toBe(false);
  });
});

describe('Art. 14 notices', () => {
  it('add categories, source (publicly accessible) and the timing note when data is not from the person', () => {
    const notice = activityNotice(IDS.leads, 'de');
    expect(notice.article).toBe('art14');
    expect(mandatoryElements(notice)).toEqual([
      'controller', 'dpo', 'purposes', 'legitimate_interests', 'data_categories', 'recipients', 'transfers',
      'storage_period', 'rights', 'complaint', 'source', 'automated_decision',
    ]);
    expect(sectionText(notice, 'data_categories')).toContain('Gesundheitsangaben (besondere Kategorie personenbezogener Daten, Art. 9 DSGVO)');
    expect(sectionText(notice, 'source')).toContain('Adresshändler Beispiel AG');
    expect(sectionText(notice, 'source')).toContain('öffentlich zugänglichen Quellen');
    expect(sectionText(notice, 'art14_timing')).toContain('spätestens innerhalb eines Monats');
    expect(notice.sections.find((s) => s.element === 'source')?.reference).toBe('Art. 14 Abs. 2 lit. f DSGVO');
    expect(notice.intro.length).toBe(1);
  });

  it.each([shop, contractOnly, sparse])('are not used when the data comes from the person ($name)', (subject) => {
    const notice = activityNotice(subject.id, 'de');
    for (const element of ['data_categories', 'source', 'art14_timing'] as const) expect(hasSection(notice, element)).toBe(false);
  });
});

describe('missing register data', () => {
  const sparseOrganisation = OrganisationSchema.parse({ name: 'Neu GmbH', dpo: { kind: 'internal', name: 'Max Mustermann' } });

  it.each([
    ['de', '[FEHLT: Kontaktdaten des Verantwortlichen (E-Mail oder Telefon)]', '[FEHLT: Kontaktdaten des Datenschutzbeauftragten]', '[FEHLT: Speicherdauer oder Kriterien für ihre Festlegung]', '[FEHLT: zuständige Aufsichtsbehörde]'],
    ['en', '[MISSING: contact details of the controller (e-mail or phone)]', '[MISSING: contact details of the data protection officer]', '[MISSING: storage period or the criteria used to determine it]', '[MISSING: competent supervisory authority]'],
  ] as const)('%s: markers stand where the data belongs instead of dropping the element', (language, contact, dpo, retention, authority) => {
    const notice = activityNotice(IDS.sparse, language, { organisation: sparseOrganisation });
    expect(sectionText(notice, 'controller')).toContain(contact);
    expect(sectionText(notice, 'dpo')).toContain(dpo);
    expect(sectionText(notice, 'storage_period')).toContain(retention);
    expect(sectionText(notice, 'complaint')).toContain(authority);
    const text = toPlainText(notice);
    for (const marker of [contact, dpo, retention, authority]) expect(text).toContain(marker);
    const codes = notice.missing.map((m) => `${m.element}:${m.code}`);
    expect(codes).toEqual(expect.arrayContaining([
      'controller:controller_address', 'controller:controller_contact', 'dpo:dpo_contact', 'purposes:legal_basis',
      'storage_period:retention', 'complaint:supervisory_authority', 'provision:provision',
    ]));
    for (const element of ['controller', 'dpo', 'storage_period', 'complaint']) {
      expect(notice.sections.find((s) => s.element === element)?.status).toBe('missing');
    }
    expect(notice.missing.every((m) => m.label.length > 0)).toBe(true);
  });

  it('says "no DPO designated" as not applicable instead of a marker when the register has none', () => {
    const notice = activityNotice(IDS.contract, 'de', { organisation: OrganisationSchema.parse({ ...sparseOrganisation, dpo: { kind: 'none' } }) });
    const dpo = notice.sections.find((s) => s.element === 'dpo');
    expect(dpo?.status).toBe('not_applicable');
    expect(sectionText(notice, 'dpo')).toContain('nicht benannt');
  });

  it('marks a missing legitimate interest and a transfer without mechanism', () => {
    const gaps = activity({
      id: 'a-gaps',
      name: 'Analyse',
      purposes: [{ id: 'p', description: 'Reichweitenmessung', legalBases: [{ code: '6-1-f' }] }],
      transfers: [{ id: 't', countryCode: 'IN', recipient: 'Analytics Ltd.' }],
    });
    const notice = activityNotice('a-gaps', 'de', { activities: [gaps] });
    expect(sectionText(notice, 'legitimate_interests')).toContain('[FEHLT: berechtigtes Interesse]');
    expect(sectionText(notice, 'transfers')).toContain('Für Indien besteht kein Angemessenheitsbeschluss');
    expect(sectionText(notice, 'transfers')).toContain('[FEHLT: Grundlage der Übermittlung in ein Drittland]');
  });

  it('tells how to obtain a copy of standard contractual clauses', () => {
    const scc = activity({ id: 'a-scc', name: 'Support', purposes: [], transfers: [{ id: 't', countryCode: 'IN', recipient: 'Helpdesk Pvt.', mechanism: 'scc' }] });
    const text = sectionText(activityNotice('a-scc', 'en', { activities: [scc] }), 'transfers');
    expect(text).toContain('Standard contractual clauses (Art. 46(2)(c) GDPR)');
    expect(text).toContain('copy of the appropriate safeguards from: datenschutz@mueller-soehne.example');
  });

  it('refuses an unknown subject', () => {
    expect(() => activityNotice('nope', 'de')).toThrow(/not found/);
  });
});
