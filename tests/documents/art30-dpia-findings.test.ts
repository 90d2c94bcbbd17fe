import { describe, expect, it } from 'vitest';
import { DPIA_CONSEQUENCE_LABELS } from '../../domain/catalogues';
import { buildArt30Document } from '../../domain/documents/art30';
import type { Activity } from '../../domain/model';
import { derivedDpiaCriteria, printedDpiaConsequence, screenDpia } from '../../domain/rules/dpia-screening';
import { activity, snapshot } from './art30-fixtures';

const AS_OF = '2026-11-28';

/** All text of the internal record, as one string (the definition, not the rendered PDF). */
function internalText(activities: Activity[], language: 'de' | 'en' = 'de'): string {
  const definition = buildArt30Document(snapshot(activities), { language, variant: 'internal', asOf: AS_OF, includeUnapproved: true });
  return JSON.stringify(definition.content);
}

const undecided = activity({
  id: 'act-undecided',
  name: 'Kontaktformular',
  status: 'approved',
  purposes: [{ id: 'p1', description: 'Anfragen beantworten', legalBases: [{ code: '6-1-b' }] }],
  dataSubjectCategories: [{ id: 's1', catalogueId: 'prospects', label: 'Interessenten' }],
  dataCategories: [{ id: 'd1', catalogueId: 'email_address', label: 'E-Mail-Adresse' }],
});

describe('DPIA screening in the internal record', () => {
  it('never prints "DSFA voraussichtlich nicht erforderlich" for a screening nobody decided', () => {
    const text = internalText([undecided]);
    expect(text).not.toContain(DPIA_CONSEQUENCE_LABELS.likely_not_required.de);
    expect(text).toContain(DPIA_CONSEQUENCE_LABELS.not_assessed.de);
    const decided = activity({ ...undecided, dpia: { decision: 'not_required', reason: 'Kein Kriterium.' } });
    expect(internalText([decided])).toContain(DPIA_CONSEQUENCE_LABELS.likely_not_required.de);
  });

  it('feeds Art. 9/10 data (criterion 4) and vulnerable data subjects (criterion 7) into the screening', () => {
    const patients = activity({
      ...undecided,
      id: 'act-patients',
      dataSubjectCategories: [{ id: 's1', catalogueId: 'children', label: 'Kinder' }],
      // the stored flag says "none"; the catalogue marks health data Art. 9
      dataCategories: [{ id: 'd1', catalogueId: 'health_data', label: 'Gesundheitsdaten', special: 'none' }],
    });
    expect(derivedDpiaCriteria(patients)).toEqual(['sensitive_data', 'vulnerable_subjects']);
    const screening = screenDpia(patients);
    expect(screening).toMatchObject({ consequence: 'required', state: 'not_assessed' });
    expect(printedDpiaConsequence(screening)).toBe('required');
    const text = internalText([patients], 'en');
    expect(text).toContain('Derived from the register');
    expect(text).toContain(DPIA_CONSEQUENCE_LABELS.required.en);
  });

  it('a DSK mandatory-list item forces "required" and is printed', () => {
    const listed = activity({ ...undecided, id: 'act-listed', dpia: { mustListItems: ['telemedicine'] } });
    expect(screenDpia(listed)).toMatchObject({ onMustList: true, consequence: 'required' });
    expect(internalText([listed])).toContain('Einsatz von Telemedizin-Lösungen');
  });

  it('prints the findings of the engine for the activity', () => {
    const noBasis = activity({ ...undecided, id: 'act-nobasis', purposes: [{ id: 'p1', description: 'Werbung', legalBases: [] }] });
    const text = internalText([noBasis]);
    expect(text).toContain('Befunde der Prüfregeln');
    expect(text).toContain('Zweck „Werbung“: Es ist keine Rechtsgrundlage angegeben.');
  });
});

describe('additional requirements in the Art. 30 record', () => {
  it('prints § 7 UWG as an additional requirement, not as a legal basis', () => {
    const newsletter = activity({
      ...undecided,
      id: 'act-news',
      purposes: [
        { id: 'p1', description: 'Newsletter', legalBases: [{ code: '6-1-a' }], additionalRequirements: [{ code: 'uwg-7', note: '§ 7 Abs. 2 Nr. 2 UWG' }], consentRecord: 'DOI' },
      ],
    });
    const definition = buildArt30Document(snapshot([newsletter]), { language: 'de', variant: 'authority', asOf: AS_OF, includeUnapproved: true });
    const text = JSON.stringify(definition.content);
    expect(text).toContain('Zusätzliche Anforderung (keine Rechtsgrundlage): ');
    expect(text).toContain('§ 7 UWG (§ 7 Abs. 2 Nr. 2 UWG)');
    const basisValue = text.split('"text":"Rechtsgrundlage: "')[1]?.split('}')[1] ?? '';
    expect(basisValue).toContain('Art. 6 Abs. 1 lit. a DSGVO');
    expect(basisValue).not.toContain('UWG');
  });
});
