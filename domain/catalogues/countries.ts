import type { CatalogueEntry, CountryEntry, CountryStatus } from './schema';

/**
 * Countries for third-country transfers (Art. 44 ff. GDPR). The adequacy list changes: it is
 * shipped with the date it was checked and stays editable by the user (register.md § 4).
 */
export const ADEQUACY_AS_OF = '2026-11-28';
export const ADEQUACY_SOURCE =
  'European Commission, adequacy decisions (Art. 45 GDPR): commission.europa.eu › Law › Data protection › International dimension › Adequacy decisions';

type Text = { de: string; en: string };

function country(code: string, de: string, en: string, status: CountryStatus, extra: Partial<CountryEntry> = {}): CountryEntry {
  return { id: code, code, label: { de, en }, status, eu: false, ...extra };
}

function eu(code: string, de: string, en: string): CountryEntry {
  return country(code, de, en, 'eea', { eu: true, source: 'Treaty on European Union, Art. 52' });
}

function eeaOnly(code: string, de: string, en: string): CountryEntry {
  return country(code, de, en, 'eea', { source: 'Agreement on the European Economic Area; GDPR incorporated by EEA Joint Committee Decision No 154/2018' });
}

function adequate(code: string, de: string, en: string, decision: string, scope?: Text, description?: Text): CountryEntry {
  return country(code, de, en, 'adequate', {
    source: decision,
    asOf: ADEQUACY_AS_OF,
    ...(scope ? { adequacyScope: scope } : {}),
    ...(description ? { description } : {}),
  });
}

function third(code: string, de: string, en: string): CountryEntry {
  return country(code, de, en, 'third_country', { asOf: ADEQUACY_AS_OF });
}

const EU_STATES: CountryEntry[] = [
  eu('AT', 'Österreich', 'Austria'),
  eu('BE', 'Belgien', 'Belgium'),
  eu('BG', 'Bulgarien', 'Bulgaria'),
  eu('HR', 'Kroatien', 'Croatia'),
  eu('CY', 'Zypern', 'Cyprus'),
  eu('CZ', 'Tschechien', 'Czechia'),
  eu('DK', 'Dänemark', 'Denmark'),
  eu('EE', 'Estland', 'Estonia'),
  eu('FI', 'Finnland', 'Finland'),
  eu('FR', 'Frankreich', 'France'),
  eu('DE', 'Deutschland', 'Germany'),
  eu('GR', 'Griechenland', 'Greece'),
  eu('HU', 'Ungarn', 'Hungary'),
  eu('IE', 'Irland', 'Ireland'),
  eu('IT', 'Italien', 'Italy'),
  eu('LV', 'Lettland', 'Latvia'),
  eu('LT', 'Litauen', 'Lithuania'),
  eu('LU', 'Luxemburg', 'Luxembourg'),
  eu('MT', 'Malta', 'Malta'),
  eu('NL', 'Niederlande', 'Netherlands'),
  eu('PL', 'Polen', 'Poland'),
  eu('PT', 'Portugal', 'Portugal'),
  eu('RO', 'Rumänien', 'Romania'),
  eu('SK', 'Slowakei', 'Slovakia'),
  eu('SI', 'Slowenien', 'Slovenia'),
  eu('ES', 'Spanien', 'Spain'),
  eu('SE', 'Schweden', 'Sweden'),
];

const EEA_ONLY: CountryEntry[] = [
  eeaOnly('IS', 'Island', 'Iceland'),
  eeaOnly('LI', 'Liechtenstein', 'Liechtenstein'),
  eeaOnly('NO', 'Norwegen', 'Norway'),
];

const ADEQUATE: CountryEntry[] = [
  adequate('AD', 'Andorra', 'Andorra', 'Commission Decision 2010/625/EU of 19 October 2010'),
  adequate('AR', 'Argentinien', 'Argentina', 'Commission Decision 2003/490/EC of 30 June 2003'),
  adequate('BR', 'Brasilien', 'Brazil', 'Commission Implementing Decision (EU) 2026/179 of 26 January 2026', undefined, {
    de: 'Angemessenheitsbeschluss vom 26. Januar 2026 (gegenseitige Angemessenheit EU–Brasilien); in den Domänen-Unterlagen (Stand 2025) noch nicht enthalten.',
    en: 'Adequacy decision of 26 January 2026 (mutual EU–Brazil adequacy); not yet in the domain documentation (2025 status).',
  }),
  adequate('CA', 'Kanada', 'Canada', 'Commission Decision 2002/2/EC of 20 December 2001', {
    de: 'Nur für kommerzielle Organisationen, die dem Personal Information Protection and Electronic Documents Act (PIPEDA) unterliegen; sonst sind andere Garantien nötig.',
    en: 'Only for commercial organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA); other recipients need other safeguards.',
  }),
  adequate('FO', 'Färöer', 'Faroe Islands', 'Commission Decision 2010/146/EU of 5 March 2010'),
  adequate('GG', 'Guernsey', 'Guernsey', 'Commission Decision 2003/821/EC of 21 November 2003'),
  adequate('IL', 'Israel', 'Israel', 'Commission Decision 2011/61/EU of 31 January 2011'),
  adequate('IM', 'Isle of Man', 'Isle of Man', 'Commission Decision 2004/411/EC of 28 April 2004'),
  adequate('JP', 'Japan', 'Japan', 'Commission Implementing Decision (EU) 2019/419 of 23 January 2019', {
    de: 'Gilt für Übermittlungen an Unternehmen, die dem japanischen Act on the Protection of Personal Information (APPI) samt Zusatzregeln unterliegen.',
    en: 'Covers transfers to business operators subject to Japan’s Act on the Protection of Personal Information (APPI) and its supplementary rules.',
  }),
  adequate('JE', 'Jersey', 'Jersey', 'Commission Decision 2008/393/EC of 8 May 2008'),
  adequate('NZ', 'Neuseeland', 'New Zealand', 'Commission Implementing Decision 2013/65/EU of 19 December 2012'),
  adequate('KR', 'Republik Korea', 'Republic of Korea', 'Commission Implementing Decision (EU) 2022/254 of 17 December 2021'),
  adequate('CH', 'Schweiz', 'Switzerland', 'Commission Decision 2000/518/EC of 26 July 2000'),
  adequate('GB', 'Vereinigtes Königreich', 'United Kingdom', 'Commission Implementing Decision (EU) 2021/1772 of 28 June 2021; renewed by the Commission on 19 December 2025', undefined, {
    de: 'Die Entscheidung von 2021 war befristet; sie wurde 2025 zunächst technisch verlängert und am 19. Dezember 2025 bis zum 27. Dezember 2031 erneuert.',
    en: 'The 2021 decision was time-limited; it was technically extended in 2025 and renewed on 19 December 2025 until 27 December 2031.',
  }),
  adequate('UY', 'Uruguay', 'Uruguay', 'Commission Implementing Decision 2012/484/EU of 21 August 2012'),
];

const UNITED_STATES: CountryEntry = country('US', 'Vereinigte Staaten', 'United States', 'adequate_if_certified', {
  source: 'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU–U.S. Data Privacy Framework); DPF list: dataprivacyframework.gov',
  asOf: ADEQUACY_AS_OF,
  adequacyScope: {
    de: 'Angemessen nur für Organisationen, die nach dem EU-U.S. Data Privacy Framework zertifiziert sind (Angemessenheitsbeschluss vom 10. Juli 2023). Zertifizierung in der DPF-Liste prüfen und das Prüfdatum festhalten; sonst Standardvertragsklauseln, BCR oder eine Ausnahme nach Art. 49 nötig.',
    en: 'Adequate only for organisations certified under the EU–U.S. Data Privacy Framework (adequacy decision of 10 July 2023). Check the certification in the DPF list and record the date; otherwise standard contractual clauses, BCRs or an Art. 49 derogation are needed.',
  },
  description: {
    de: 'Das Gericht der EU hat die Nichtigkeitsklage gegen den Beschluss am 3. September 2025 abgewiesen (T-553/23, Latombe); dagegen wurde Rechtsmittel zum EuGH eingelegt.',
    en: 'The EU General Court dismissed the action for annulment on 3 September 2025 (T-553/23, Latombe); an appeal to the Court of Justice was lodged.',
  },
});

const THIRD_COUNTRIES: CountryEntry[] = [
  third('AU', 'Australien', 'Australia'),
  third('BY', 'Belarus', 'Belarus'),
  third('CL', 'Chile', 'Chile'),
  third('CN', 'China', 'China'),
  third('EG', 'Ägypten', 'Egypt'),
  third('HK', 'Hongkong', 'Hong Kong'),
  third('IN', 'Indien', 'India'),
  third('ID', 'Indonesien', 'Indonesia'),
  third('KE', 'Kenia', 'Kenya'),
  third('MY', 'Malaysia', 'Malaysia'),
  third('MX', 'Mexiko', 'Mexico'),
  third('MA', 'Marokko', 'Morocco'),
  third('NG', 'Nigeria', 'Nigeria'),
  third('PK', 'Pakistan', 'Pakistan'),
  third('PH', 'Philippinen', 'Philippines'),
  third('RU', 'Russland', 'Russia'),
  third('SA', 'Saudi-Arabien', 'Saudi Arabia'),
  third('RS', 'Serbien', 'Serbia'),
  third('SG', 'Singapur', 'Singapore'),
  third('ZA', 'Südafrika', 'South Africa'),
  third('TW', 'Taiwan', 'Taiwan'),
  third('TH', 'Thailand', 'Thailand'),
  third('TR', 'Türkei', 'Türkiye'),
  third('UA', 'Ukraine', 'Ukraine'),
  third('AE', 'Vereinigte Arabische Emirate', 'United Arab Emirates'),
  third('VN', 'Vietnam', 'Viet Nam'),
];

export const COUNTRIES: CountryEntry[] = [...EU_STATES, ...EEA_ONLY, ...ADEQUATE, UNITED_STATES, ...THIRD_COUNTRIES];

/** International organisations with an adequacy decision (transfers to them need no further safeguard). */
export const ADEQUATE_INTERNATIONAL_ORGANISATIONS: CatalogueEntry[] = [
  {
    id: 'european_patent_organisation',
    label: { de: 'Europäische Patentorganisation (EPOrg)', en: 'European Patent Organisation (EPOrg)' },
    description: {
      de: 'Erster Angemessenheitsbeschluss für eine internationale Organisation (2025). Nummer und Datum des Beschlusses vor Verwendung prüfen.',
      en: 'First adequacy decision for an international organisation (2025). Check the decision’s number and date before relying on it.',
    },
    source: 'European Patent Office news: “EPO welcomes European Commission’s adequacy decision for safe data flows” (epo.org)',
    asOf: ADEQUACY_AS_OF,
  },
];

/** A transfer to a country with this status needs no further mechanism (Art. 45 or inside the EEA). */
export function isSafeDestination(status: CountryStatus, dpfCertified = false): boolean {
  return status === 'eea' || status === 'adequate' || (status === 'adequate_if_certified' && dpfCertified);
}
