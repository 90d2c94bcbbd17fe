import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import { RETENTION_PRESETS } from '../catalogues/retention-presets';
import { ActivitySchema, type Activity, type ActivityStatus } from '../model';

/**
 * Realistic, reproducible activities for benchmarks and for filter tests: varied names,
 * departments, purposes with legal bases, categories (some Art. 9), recipients, transfers
 * and retention rules. The same seed always yields the same register.
 */

export const DEPARTMENTS = [
  'Personal', 'Buchhaltung', 'Vertrieb', 'Marketing', 'IT', 'Kundenservice',
  'Einkauf', 'Geschäftsführung', 'Logistik', 'Recht', 'Qualitätsmanagement', 'Empfang', '',
];

const ACTIVITY_NAMES = [
  'Bewerbermanagement', 'Lohn- und Gehaltsabrechnung', 'Zeiterfassung', 'Personalakte', 'Betriebliches Eingliederungsmanagement',
  'Newsletter-Versand', 'Webshop-Bestellabwicklung', 'Kundenkonto im Onlineshop', 'Videoüberwachung Eingangsbereich',
  'Kundensupport per E-Mail', 'Kundenservice über WhatsApp Business', 'Debitorenbuchhaltung', 'Kreditorenbuchhaltung',
  'Lieferantenverwaltung', 'Besucherverwaltung', 'Schlüsselverwaltung', 'Firmenwagenverwaltung', 'Dienstreiseabrechnung',
  'Mitarbeiterschulungen', 'Arbeitsmedizinische Vorsorge', 'Hinweisgebersystem', 'Webanalyse', 'Social-Media-Auftritt',
  'Terminvereinbarung', 'Inkasso und Mahnwesen', 'Bonitätsprüfung', 'Vertragsmanagement', 'Telefonanlage und Anrufprotokolle',
  'E-Mail-Archivierung', 'Backup und Wiederherstellung', 'IT-Benutzerverwaltung', 'Fernwartung', 'Veranstaltungsmanagement',
  'Gewinnspiele', 'Kundenzufriedenheitsumfrage', 'Retourenabwicklung', 'Versand und Zustellung', 'Rechnungsstellung',
  'Mitgliederverwaltung', 'Spendenverwaltung',
];

const SITES = ['Hamburg', 'München', 'Berlin', 'Köln', 'Leipzig', 'Stuttgart', 'Zentrale', 'Werk Nord', 'Filiale Süd'];

const PURPOSES: [string, string][] = [
  ['Durchführung des Vertragsverhältnisses mit Kunden', '6-1-b'],
  ['Erfüllung steuer- und handelsrechtlicher Aufbewahrungspflichten', '6-1-c'],
  ['Direktwerbung an Bestandskunden', '6-1-f'],
  ['Versand von Werbung nach Einwilligung', '6-1-a'],
  ['Durchführung des Beschäftigungsverhältnisses', '6-1-b'],
  ['Abwehr von Rechtsansprüchen und Beweissicherung', '6-1-f'],
  ['Schutz von Eigentum und Hausrecht', '6-1-f'],
  ['Abrechnung gegenüber Sozialversicherungsträgern', '6-1-c'],
];

const SPECIAL_PURPOSE: [string, string] = ['Verarbeitung von Gesundheitsdaten im Beschäftigungsverhältnis', '9-2-b'];

const TRANSFER_TARGETS = [
  { countryCode: 'US', recipient: 'Cloud-Anbieter (DPF-zertifiziert)', mechanism: 'dpf' as const },
  { countryCode: 'IN', recipient: 'Support-Dienstleister Bangalore', mechanism: 'scc' as const },
  { countryCode: 'GB', recipient: 'Konzerngesellschaft London', mechanism: 'adequacy' as const },
];

const DESCRIPTION_SENTENCES = [
  'Die Daten werden in der Fachanwendung erfasst und nur von den zuständigen Beschäftigten bearbeitet.',
  'Eingehende Unterlagen werden digitalisiert, die Papierunterlagen nach dem Scannen datenschutzgerecht vernichtet.',
  'Der Zugriff erfolgt rollenbasiert; Änderungen werden protokolliert und regelmäßig stichprobenartig geprüft.',
  'Die Verarbeitung erfolgt überwiegend automatisiert über Schnittstellen zum ERP-System.',
  'Für Rückfragen werden die Betroffenen telefonisch oder per E-Mail kontaktiert.',
  'Auswertungen erfolgen nur in aggregierter Form ohne Bezug zu einzelnen Personen.',
  'Die Daten werden zusätzlich im zentralen Dokumentenmanagementsystem abgelegt.',
  'Externe Dienstleister erhalten nur die für ihren Auftrag erforderlichen Daten.',
];

const BALANCING_TEST =
  'Interessenabwägung: Das Interesse an einer effizienten Kundenbetreuung überwiegt, da nur Kontaktdaten aus der bestehenden ' +
  'Geschäftsbeziehung genutzt werden, die Betroffenen mit der Verarbeitung rechnen müssen und jederzeit widersprechen können.';

const STATUSES: ActivityStatus[] = ['draft', 'in_review', 'approved', 'approved', 'approved', 'archived'];

/** A term that occurs in one activity of a thousand (rare-term search). */
export const RARE_TERM = 'drohnenbefliegung';
/** A term that occurs in a large share of the activities (common-term search). */
export const COMMON_TERM = 'kunden';

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateActivities(count: number, seed = 30): Activity[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const wanted = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: wanted }, () => pick(list)))];
  };
  let idCounter = 0;
  const id = () => `gen-${seed}-${++idCounter}`;

  return Array.from({ length: count }, (_, index) => {
    const special = next() < 0.12;
    const categories = some(DATA_CATEGORIES.filter((c) => c.special === 'none'), 2, 6);
    if (special) categories.push(pick(DATA_CATEGORIES.filter((c) => c.special !== 'none')));
    const purposes = some(PURPOSES, 1, 3);
    if (special) purposes.push(SPECIAL_PURPOSE);
    const dataCategories = categories.map((c) => ({ id: id(), catalogueId: c.id, label: c.label.de, special: c.special }));
    const transfers = next() < 0.15 ? some(TRANSFER_TARGETS, 1, 2) : [];
    const reviewYear = 2025 + Math.floor(next() * 4);
    const reviewMonth = 1 + Math.floor(next() * 12);
    const rare = index % 1000 === 17 ? ` Einsatz bei der ${RARE_TERM} von Werksgeländen.` : '';
    return ActivitySchema.parse({
      id: id(),
      reference: `VT-${String(index + 1).padStart(5, '0')}`,
      name: `${pick(ACTIVITY_NAMES)} – ${pick(SITES)} ${1 + Math.floor(next() * 40)}`,
      description: `${some(DESCRIPTION_SENTENCES, 1, 3).join(' ')} Vorgang ${index + 1}.${rare}`,
      status: pick(STATUSES),
      owner: { department: pick(DEPARTMENTS), contactName: `Ansprechperson ${1 + (index % 57)}`, contactEmail: '' },
      purposes: purposes.map(([description, code]) => ({
        id: id(),
        description,
        legalBases: [{ code, note: code === '6-1-c' ? '§ 147 AO, § 257 HGB' : '' }],
        legitimateInterest: code === '6-1-f' ? BALANCING_TEST : '',
        consentRecord: code === '6-1-a' ? 'Double-Opt-in; Protokoll mit Zeitstempel und IP-Adresse im Newsletter-System' : '',
      })),
      dataSubjectCategories: some(DATA_SUBJECT_CATEGORIES, 1, 3).map((c) => ({ id: id(), catalogueId: c.id, label: c.label.de })),
      dataCategories,
      recipients: some(RECIPIENT_CATEGORIES, 1, 4).map((r) => ({ id: id(), catalogueId: r.id, label: r.label.de, kind: r.kind })),
      transfers: transfers.map((t) => ({
        ...t,
        id: id(),
        sccModule: t.mechanism === 'scc' ? '2' : '',
        tiaNote: t.mechanism === 'scc' ? 'Transfer Impact Assessment durchgeführt; Verschlüsselung ruhender Daten, Schlüssel in der EU.' : '',
      })),
      retention: some(RETENTION_PRESETS, 1, 3).map((preset) => ({
        id: id(),
        presetId: preset.id,
        dataCategoryIds: [pick(dataCategories).id],
        description: preset.label.de,
        periodAmount: preset.periodAmount,
        periodUnit: preset.periodUnit,
        trigger: preset.trigger.de,
        basis: preset.basis.de,
        kind: preset.kind,
        action: preset.action,
      })),
      nextReviewOn: next() < 0.8 ? `${reviewYear}-${String(reviewMonth).padStart(2, '0')}-15` : '',
    });
  });
}
