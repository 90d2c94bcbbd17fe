import type { SupervisoryAuthorityEntry } from './schema';

/**
 * German data protection supervisory authorities (Art. 51 GDPR; § 40 BDSG for the private
 * sector). Contact data changes: entries carry an `asOf` date and list fields that were not
 * checked against the authority's own site in `unverifiedFields`; empty strings mean "not shipped".
 * Names are given without article, in the form that fits any office holder.
 */
const AS_OF = '2026-11-28';

interface Input {
  id: string;
  region: string;
  competence: SupervisoryAuthorityEntry['competence'];
  abbreviation: string;
  de: string;
  en: string;
  street: string;
  postalCode: string;
  city: string;
  website: string;
  email: string;
  source: string;
  unverifiedFields?: string[];
  description?: SupervisoryAuthorityEntry['description'];
}

function authority(i: Input): SupervisoryAuthorityEntry {
  const unverifiedFields = i.unverifiedFields ?? [];
  return {
    id: i.id,
    label: { de: i.de, en: i.en },
    abbreviation: i.abbreviation,
    region: i.region,
    competence: i.competence,
    address: { street: i.street, postalCode: i.postalCode, city: i.city },
    website: i.website,
    email: i.email,
    source: i.source,
    asOf: AS_OF,
    unverifiedFields,
    ...(unverifiedFields.length > 0 ? { unverified: true } : {}),
    ...(i.description ? { description: i.description } : {}),
  };
}

const STATE_LAW = 'State data protection act; § 40 BDSG (private sector)';

export const SUPERVISORY_AUTHORITIES: SupervisoryAuthorityEntry[] = [
  authority({
    id: 'bfdi', region: 'DE', competence: 'federal', abbreviation: 'BfDI',
    de: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
    en: 'Federal Commissioner for Data Protection and Freedom of Information',
    street: 'Graurheindorfer Straße 153', postalCode: '53117', city: 'Bonn',
    website: 'https://www.bfdi.bund.de', email: 'poststelle@bfdi.bund.de',
    source: '§§ 8, 9 BDSG',
    description: {
      de: 'Zuständig für öffentliche Stellen des Bundes sowie für Telekommunikations- und Postdienstunternehmen, nicht für sonstige Unternehmen.',
      en: 'Competent for federal public bodies and for telecommunications and postal service providers, not for other companies.',
    },
  }),
  authority({
    id: 'lfdi_bw', region: 'DE-BW', competence: 'private_and_public', abbreviation: 'LfDI BW',
    de: 'Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
    en: 'State Commissioner for Data Protection and Freedom of Information Baden-Württemberg',
    street: 'Lautenschlagerstraße 20', postalCode: '70173', city: 'Stuttgart',
    website: 'https://www.baden-wuerttemberg.datenschutz.de', email: 'poststelle@lfdi.bwl.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'baylda', region: 'DE-BY', competence: 'private_sector', abbreviation: 'BayLDA',
    de: 'Bayerisches Landesamt für Datenschutzaufsicht',
    en: 'Bavarian Data Protection Authority (private sector)',
    street: 'Promenade 18', postalCode: '91522', city: 'Ansbach',
    website: 'https://www.lda.bayern.de', email: 'poststelle@lda.bayern.de',
    source: 'Art. 18 BayDSG; § 40 BDSG',
    description: { de: 'Zuständig für den nicht-öffentlichen Bereich in Bayern.', en: 'Competent for the private sector in Bavaria.' },
  }),
  authority({
    id: 'baylfd', region: 'DE-BY', competence: 'public_sector', abbreviation: 'BayLfD',
    de: 'Bayerische Landesbeauftragte für den Datenschutz',
    en: 'Bavarian State Commissioner for Data Protection (public bodies)',
    street: 'Wagmüllerstraße 18', postalCode: '80538', city: 'München',
    website: 'https://www.datenschutz-bayern.de', email: 'poststelle@datenschutz-bayern.de',
    source: 'Art. 15 BayDSG',
    unverifiedFields: ['address', 'email'],
    description: { de: 'Zuständig für öffentliche Stellen in Bayern.', en: 'Competent for public bodies in Bavaria.' },
  }),
  authority({
    id: 'blnbdi', region: 'DE-BE', competence: 'private_and_public', abbreviation: 'BlnBDI',
    de: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    en: 'Berlin Commissioner for Data Protection and Freedom of Information',
    street: 'Alt-Moabit 59–61', postalCode: '10555', city: 'Berlin',
    website: 'https://www.datenschutz-berlin.de', email: 'mailbox@datenschutz-berlin.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'lda_bb', region: 'DE-BB', competence: 'private_and_public', abbreviation: 'LDA Brandenburg',
    de: 'Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg',
    en: 'State Commissioner for Data Protection and the Right to Inspect Files Brandenburg',
    street: 'Stahnsdorfer Damm 77', postalCode: '14532', city: 'Kleinmachnow',
    website: 'https://www.lda.brandenburg.de', email: 'poststelle@lda.brandenburg.de',
    source: STATE_LAW,
    unverifiedFields: ['address', 'email'],
  }),
  authority({
    id: 'lfdi_hb', region: 'DE-HB', competence: 'private_and_public', abbreviation: 'LfDI Bremen',
    de: 'Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen',
    en: 'State Commissioner for Data Protection and Freedom of Information of the Free Hanseatic City of Bremen',
    street: 'Arndtstraße 1', postalCode: '27570', city: 'Bremerhaven',
    website: 'https://www.datenschutz.bremen.de', email: 'office@datenschutz.bremen.de',
    source: STATE_LAW,
    unverifiedFields: ['address', 'email'],
  }),
  authority({
    id: 'hmbbfdi', region: 'DE-HH', competence: 'private_and_public', abbreviation: 'HmbBfDI',
    de: 'Hamburgische Beauftragte für Datenschutz und Informationsfreiheit',
    en: 'Hamburg Commissioner for Data Protection and Freedom of Information',
    street: 'Ludwig-Erhard-Straße 22', postalCode: '20459', city: 'Hamburg',
    website: 'https://datenschutz-hamburg.de', email: 'mailbox@datenschutz.hamburg.de',
    source: STATE_LAW,
    unverifiedFields: ['website', 'email'],
  }),
  authority({
    id: 'hbdi', region: 'DE-HE', competence: 'private_and_public', abbreviation: 'HBDI',
    de: 'Hessische Beauftragte für Datenschutz und Informationsfreiheit',
    en: 'Hessian Commissioner for Data Protection and Freedom of Information',
    street: 'Gustav-Stresemann-Ring 1', postalCode: '65189', city: 'Wiesbaden',
    website: 'https://datenschutz.hessen.de', email: 'poststelle@datenschutz.hessen.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'lfdi_mv', region: 'DE-MV', competence: 'private_and_public', abbreviation: 'LfDI M-V',
    de: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
    en: 'State Commissioner for Data Protection and Freedom of Information Mecklenburg-Western Pomerania',
    street: 'Werderstraße 74a', postalCode: '19055', city: 'Schwerin',
    website: 'https://www.datenschutz-mv.de', email: 'info@datenschutz-mv.de',
    source: STATE_LAW,
    unverifiedFields: ['address', 'email'],
  }),
  authority({
    id: 'lfd_ni', region: 'DE-NI', competence: 'private_and_public', abbreviation: 'LfD Niedersachsen',
    de: 'Landesbeauftragte für den Datenschutz Niedersachsen',
    en: 'State Commissioner for Data Protection Lower Saxony',
    street: 'Prinzenstraße 5', postalCode: '30159', city: 'Hannover',
    website: 'https://www.lfd.niedersachsen.de', email: 'poststelle@lfd.niedersachsen.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'ldi_nrw', region: 'DE-NW', competence: 'private_and_public', abbreviation: 'LDI NRW',
    de: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
    en: 'State Commissioner for Data Protection and Freedom of Information North Rhine-Westphalia',
    street: 'Kavalleriestraße 2–4', postalCode: '40213', city: 'Düsseldorf',
    website: 'https://www.ldi.nrw.de', email: 'poststelle@ldi.nrw.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'lfdi_rp', region: 'DE-RP', competence: 'private_and_public', abbreviation: 'LfDI RLP',
    de: 'Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
    en: 'State Commissioner for Data Protection and Freedom of Information Rhineland-Palatinate',
    street: 'Hintere Bleiche 34', postalCode: '55116', city: 'Mainz',
    website: 'https://www.datenschutz.rlp.de', email: 'poststelle@datenschutz.rlp.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'udz_sl', region: 'DE-SL', competence: 'private_and_public', abbreviation: 'UDZ Saarland',
    de: 'Unabhängiges Datenschutzzentrum Saarland',
    en: 'Independent Data Protection Centre Saarland',
    street: 'Fritz-Dobisch-Straße 12', postalCode: '66111', city: 'Saarbrücken',
    website: 'https://www.datenschutz.saarland.de', email: 'poststelle@datenschutz.saarland.de',
    source: STATE_LAW,
    unverifiedFields: ['address', 'email'],
  }),
  authority({
    id: 'sdtb', region: 'DE-SN', competence: 'private_and_public', abbreviation: 'SDTB',
    de: 'Sächsische Datenschutz- und Transparenzbeauftragte',
    en: 'Saxon Data Protection and Transparency Commissioner',
    street: 'Maternistraße 17', postalCode: '01067', city: 'Dresden',
    website: 'https://www.datenschutz.sachsen.de', email: 'post@sdtb.sachsen.de',
    source: 'datenschutz.sachsen.de, Datenschutzerklärung (visitor address; letters to Postfach 11 01 32, 01330 Dresden)',
  }),
  authority({
    id: 'lfd_st', region: 'DE-ST', competence: 'private_and_public', abbreviation: 'LfD Sachsen-Anhalt',
    de: 'Landesbeauftragte für den Datenschutz Sachsen-Anhalt',
    en: 'State Commissioner for Data Protection Saxony-Anhalt',
    street: 'Otto-von-Guericke-Straße 34a', postalCode: '39104', city: 'Magdeburg',
    website: 'https://datenschutz.sachsen-anhalt.de', email: 'poststelle@lfd.sachsen-anhalt.de',
    source: STATE_LAW,
    unverifiedFields: ['website'],
  }),
  authority({
    id: 'uld_sh', region: 'DE-SH', competence: 'private_and_public', abbreviation: 'ULD',
    de: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein',
    en: 'Independent Centre for Privacy Protection Schleswig-Holstein',
    street: 'Holstenstraße 98', postalCode: '24103', city: 'Kiel',
    website: 'https://www.datenschutzzentrum.de', email: 'mail@datenschutzzentrum.de',
    source: STATE_LAW,
  }),
  authority({
    id: 'tlfdi', region: 'DE-TH', competence: 'private_and_public', abbreviation: 'TLfDI',
    de: 'Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit',
    en: 'Thuringian State Commissioner for Data Protection and Freedom of Information',
    street: 'Häßlerstraße 8', postalCode: '99096', city: 'Erfurt',
    website: 'https://www.tlfdi.de', email: 'poststelle@datenschutz.thueringen.de',
    source: STATE_LAW,
    unverifiedFields: ['address', 'email'],
  }),
];

/** One line for the organisation's SupervisoryAuthorityRef.address. */
export function formatAuthorityAddress(a: SupervisoryAuthorityEntry): string {
  const city = [a.address.postalCode, a.address.city].filter((s) => s !== '').join(' ');
  return [a.address.street, city].filter((s) => s !== '').join(', ');
}
