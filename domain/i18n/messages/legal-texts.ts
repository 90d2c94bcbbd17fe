import { bilingual } from '../types';

/**
 * Generated legal texts: who signs per legal form, provisions that are additional requirements
 * rather than legal bases, PDF font warnings and the `notice` CLI command.
 */
export const legalTexts = bilingual(
  {
    representatives: {
      management: 'Geschäftsführung',
      executiveBoard: 'Vorstand',
      board: 'Vorstand',
      owner: 'Inhaberin / Inhaber',
      partners: 'Gesellschafterinnen und Gesellschafter',
      generalPartners: 'persönlich haftende Gesellschafterinnen und Gesellschafter',
      publicBody: 'Leitung der Stelle',
      unknown: 'Gesetzliche Vertretung',
    },
    approvalHeading: {
      management: 'Freigabe durch die Geschäftsführung',
      executiveBoard: 'Freigabe durch den Vorstand',
      board: 'Freigabe durch den Vorstand',
      owner: 'Freigabe durch die Inhaberin / den Inhaber',
      partners: 'Freigabe durch die Gesellschafterinnen und Gesellschafter',
      generalPartners: 'Freigabe durch die persönlich haftenden Gesellschafterinnen und Gesellschafter',
      publicBody: 'Freigabe durch die Leitung der Stelle',
      unknown: 'Freigabe durch die gesetzliche Vertretung',
    },
    additionalRequirement: 'zusätzliche Anforderung',
    additionalRequirementLabel: 'Zusätzliche Anforderung (keine Rechtsgrundlage)',
    subProcessorsOf: 'Unterauftragsverarbeiter von {processor}',
    subProcessorsNotice: 'eingesetzte Unterauftragsverarbeiter: {list}',
    unsupportedCharacters:
      'Achtung: Die PDF-Schrift kann folgende Zeichen nicht darstellen; sie fehlen im Dokument: {characters}',
    savedWithUnsupported: 'Gespeichert: {path}. Achtung: Die PDF-Schrift kann folgende Zeichen nicht darstellen; sie fehlen im Dokument: {characters}',
    cli: {
      noticeDone: 'Datenschutzhinweis geschrieben: {path}',
      noticeMissing: 'Hinweis: Im Datenschutzhinweis fehlen {count} Angaben (im Text mit [FEHLT: …] markiert).',
      activity: 'Die Verarbeitungstätigkeit',
      channel: 'Der Kanal',
      demoNotices: 'Datenschutzhinweise (Deutsch und Englisch, PDF und Markdown) in {dir}',
    },
  },
  {
    representatives: {
      management: 'Management (managing directors)',
      executiveBoard: 'Executive board',
      board: 'Board',
      owner: 'Owner',
      partners: 'Partners',
      generalPartners: 'General partners',
      publicBody: 'Head of the body',
      unknown: 'Legal representatives',
    },
    approvalHeading: {
      management: 'Approval by the management',
      executiveBoard: 'Approval by the executive board',
      board: 'Approval by the board',
      owner: 'Approval by the owner',
      partners: 'Approval by the partners',
      generalPartners: 'Approval by the general partners',
      publicBody: 'Approval by the head of the body',
      unknown: 'Approval by the legal representatives',
    },
    additionalRequirement: 'additional requirement',
    additionalRequirementLabel: 'Additional requirement (not a legal basis)',
    subProcessorsOf: 'Sub-processors of {processor}',
    subProcessorsNotice: 'sub-processors engaged: {list}',
    unsupportedCharacters: 'Warning: the PDF font cannot show the following characters; they are missing from the document: {characters}',
    savedWithUnsupported: 'Saved: {path}. Warning: the PDF font cannot show the following characters; they are missing from the document: {characters}',
    cli: {
      noticeDone: 'Privacy notice written: {path}',
      noticeMissing: 'Note: the privacy notice lacks {count} items (marked [MISSING: …] in the text).',
      activity: 'The processing activity',
      channel: 'The channel',
      demoNotices: 'Privacy notices (German and English, PDF and Markdown) in {dir}',
    },
  },
);
