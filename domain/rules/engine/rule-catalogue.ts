import type { FindingSeverity } from '../finding';

/**
 * Every check of the findings engine as typed data: a stable id (never renamed — the CLI's
 * JSON, the approval gate and saved reports name it), severity, the articles or rulings it
 * rests on, the date the legal statement was last checked, and the message in German and
 * English. Messages say what is wrong and what to do; `{name}` placeholders are filled from
 * the finding's parameters. Sources: /shared/domain legal-checks.md, legal-bases.md,
 * register.md, retention.md, messaging-channels.md (status December 2026).
 */
export interface RuleDefinition {
  severity: FindingSeverity;
  references: readonly string[];
  /** YYYY-MM-DD: when the legal statement behind the rule was last checked. */
  asOf: string;
  message: { de: string; en: string };
}

const AS_OF = '2026-12-01';

function rule(severity: FindingSeverity, references: string[], de: string, en: string): RuleDefinition {
  return { severity, references, asOf: AS_OF, message: { de, en } };
}

export const RULE_CATALOGUE = {
  // --- legal bases -------------------------------------------------------------------------
  'basis.missing': rule('error', ['Art. 6(1) GDPR', 'Art. 5(2) GDPR'],
    'Zweck „{purpose}“: Es ist keine Rechtsgrundlage angegeben. Wählen Sie eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO.',
    'Purpose “{purpose}”: no legal basis is given. Choose a legal basis under Art. 6(1) GDPR.'),
  'basis.no-art6': rule('error', ['Art. 6(1) GDPR'],
    'Zweck „{purpose}“: Die genannten Vorschriften ({cited}) sind keine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO. Ergänzen Sie die Art.-6-Grundlage (z. B. lit. c zusammen mit § 147 AO).',
    'Purpose “{purpose}”: the provisions cited ({cited}) are not a legal basis under Art. 6(1) GDPR. Add the Art. 6 basis (e.g. point (c) together with section 147 AO).'),
  'basis.uwg-not-a-basis': rule('error', ['§ 7 UWG', 'Art. 6(1)(a) GDPR', 'Art. 6(1)(f) GDPR', 'Recital 47 GDPR'],
    'Zweck „{purpose}“: § 7 UWG ist keine Rechtsgrundlage, sondern eine zusätzliche Anforderung an Werbung. Stützen Sie die Verarbeitung auf Art. 6 Abs. 1 lit. a (Einwilligung) oder lit. f mit Erwägungsgrund 47 (Direktwerbung).',
    'Purpose “{purpose}”: section 7 UWG is not a legal basis but an additional requirement for advertising. Base the processing on Art. 6(1)(a) (consent) or (f) with recital 47 (direct marketing).'),
  'basis.tdddg-not-a-basis': rule('error', ['§ 25 TDDDG', 'Art. 6(1) GDPR'],
    'Zweck „{purpose}“: § 25 TDDDG regelt nur den Zugriff auf Endgeräte; die anschließende Verarbeitung braucht eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO. Ergänzen Sie sie (meist lit. a).',
    'Purpose “{purpose}”: section 25 TDDDG only governs access to terminal equipment; the processing afterwards needs a legal basis under Art. 6(1) GDPR. Add it (usually point (a)).'),
  'basis.art9-without-art6': rule('error', ['Art. 9(2) GDPR', 'Art. 6(1) GDPR', 'CJEU C-667/21 (21 Dec 2023)'],
    'Zweck „{purpose}“: Art. 9 Abs. 2 DSGVO hebt nur das Verbot für besondere Kategorien auf; zusätzlich ist eine Rechtsgrundlage nach Art. 6 Abs. 1 nötig (EuGH C-667/21). Ergänzen Sie sie.',
    'Purpose “{purpose}”: Art. 9(2) GDPR only lifts the prohibition for special categories; a legal basis under Art. 6(1) is needed as well (CJEU C-667/21). Add it.'),
  'basis.bdsg26-only': rule('warning', ['§ 26(1) BDSG', 'Art. 88 GDPR', 'CJEU C-34/21 (30 Mar 2023)', 'Art. 6(1)(b) GDPR', 'Art. 6(1)(c) GDPR'],
    'Zweck „{purpose}“: Einzige Rechtsgrundlage ist § 26 Abs. 1 BDSG. Nach EuGH C-34/21 ist zweifelhaft, ob er als spezifischere Vorschrift nach Art. 88 DSGVO trägt. Nennen Sie zusätzlich Art. 6 Abs. 1 lit. b bzw. lit. c DSGVO.',
    'Purpose “{purpose}”: the only legal basis is section 26(1) BDSG. After CJEU C-34/21 it is doubtful whether it holds as a more specific rule under Art. 88 GDPR. Add Art. 6(1)(b) or (c) GDPR.'),
  'basis.provision-missing': rule('warning', ['Art. 6(3) GDPR', 'Art. 5(2) GDPR'],
    'Zweck „{purpose}“: {basis} setzt eine Rechtsvorschrift voraus, die nicht genannt ist. Nennen Sie sie im Hinweis (z. B. „§ 147 AO“) oder ergänzen Sie die nationale Vorschrift.',
    'Purpose “{purpose}”: {basis} requires a legal provision, which is not named. Name it in the note (e.g. “section 147 AO”) or add the national provision.'),
  'basis.legitimate-interest-missing': rule('error', ['Art. 6(1)(f) GDPR', 'Art. 13(1)(d) GDPR'],
    'Zweck „{purpose}“: Das berechtigte Interesse ist nicht angegeben. Beschreiben Sie es und dokumentieren Sie die Interessenabwägung.',
    'Purpose “{purpose}”: the legitimate interest is not stated. Describe it and document the balancing test.'),
  'basis.consent-proof-missing': rule('error', ['Art. 7(1) GDPR', 'Art. 6(1)(a) GDPR'],
    'Zweck „{purpose}“: Einwilligung ohne Nachweisverfahren. Halten Sie fest, wie die Einwilligung nachgewiesen wird (Double-Opt-in, Einwilligungsprotokoll, unterschriebenes Formular).',
    'Purpose “{purpose}”: consent without a way to prove it. Record how consent is demonstrated (double opt-in, consent log, signed form).'),
  'basis.notice-is-not-consent': rule('warning', ['Art. 4(11) GDPR', 'Art. 7 GDPR', 'Art. 13 GDPR'],
    'Zweck „{purpose}“: Als Einwilligung ist das Akzeptieren der Datenschutzerklärung beschrieben. Eine Datenschutzerklärung informiert (Art. 13), sie ist keine Einwilligung. Holen Sie eine eigene, ausdrückliche Einwilligung für den Zweck ein oder wählen Sie die passende Rechtsgrundlage.',
    'Purpose “{purpose}”: accepting the privacy notice is described as consent. A privacy notice informs (Art. 13); it is not consent. Obtain a separate, express consent for the purpose or choose the legal basis that fits.'),
  'basis.requirement-without-basis': rule('warning', ['Art. 6(1) GDPR'],
    'Zweck „{purpose}“: Zur zusätzlichen Anforderung {requirement} passt keine der gewählten Rechtsgrundlagen (üblich: {compatible}). Prüfen Sie die Rechtsgrundlage.',
    'Purpose “{purpose}”: none of the legal bases chosen fits the additional requirement {requirement} (usual: {compatible}). Check the legal basis.'),
  'special.art9-basis-missing': rule('error', ['Art. 9(1) GDPR', 'Art. 9(2) GDPR'],
    'Besondere Kategorien personenbezogener Daten ({categories}) ohne Ausnahme nach Art. 9 Abs. 2 DSGVO. Ergänzen Sie bei einem Zweck die passende Ausnahme (z. B. lit. a, b oder h).',
    'Special categories of personal data ({categories}) without an exception under Art. 9(2) GDPR. Add the exception that applies (e.g. point (a), (b) or (h)) to a purpose.'),
  'special.art10-basis-missing': rule('error', ['Art. 10 GDPR'],
    'Daten über strafrechtliche Verurteilungen und Straftaten ({categories}) ohne Grundlage nach Art. 10 DSGVO. Nennen Sie die Rechtsvorschrift, die die Verarbeitung erlaubt.',
    'Criminal conviction and offence data ({categories}) without a basis under Art. 10 GDPR. Name the provision that authorises the processing.'),

  // --- activity completeness ----------------------------------------------------------------
  'activity.purposes-missing': rule('error', ['Art. 30(1)(b) GDPR'],
    'Die Tätigkeit nennt keinen Zweck. Tragen Sie mindestens einen Zweck mit Rechtsgrundlage ein.',
    'The activity names no purpose. Enter at least one purpose with its legal basis.'),
  'activity.data-subjects-missing': rule('error', ['Art. 30(1)(c) GDPR'],
    'Die Kategorien betroffener Personen fehlen. Tragen Sie sie ein.',
    'The categories of data subjects are missing. Enter them.'),
  'activity.data-categories-missing': rule('error', ['Art. 30(1)(c) GDPR'],
    'Die Kategorien personenbezogener Daten fehlen. Tragen Sie sie ein.',
    'The categories of personal data are missing. Enter them.'),
  'activity.toms-missing': rule('warning', ['Art. 30(1)(g) GDPR', 'Art. 32(1) GDPR'],
    'Es sind keine technischen und organisatorischen Maßnahmen beschrieben. Wählen Sie Maßnahmen aus dem TOM-Katalog oder verweisen Sie auf das Sicherheitskonzept.',
    'No technical and organisational measures are described. Choose measures from the TOM catalogue or refer to the security concept.'),
  'activity.review-overdue': rule('warning', ['Art. 5(2) GDPR', 'Art. 24(1) GDPR'],
    'Die Überprüfung der Tätigkeit war am {date} fällig. Prüfen Sie die Angaben und tragen Sie das Prüfdatum ein.',
    'The review of the activity was due on {date}. Check the record and enter the review date.'),
  'activity.art14-source-missing': rule('warning', ['Art. 14(1)(d) GDPR', 'Art. 14(2)(f) GDPR'],
    'Die Daten stammen nicht (nur) von der betroffenen Person, aber die anderen Quellen sind nicht genannt. Nennen Sie sie – der Hinweis nach Art. 14 braucht sie.',
    'The data does not (only) come from the data subject, but the other sources are not named. Name them — the Art. 14 notice needs them.'),

  // --- retention ----------------------------------------------------------------------------
  'retention.missing': rule('warning', ['Art. 30(1)(f) GDPR', 'Art. 5(1)(e) GDPR'],
    'Für die Datenkategorie „{category}“ ist keine Löschfrist festgelegt. Ordnen Sie eine Löschregel zu.',
    'No erasure period is set for the data category “{category}”. Assign a retention rule.'),
  'retention.no-trigger': rule('warning', ['Art. 30(1)(f) GDPR'],
    'Die Löschregel „{rule}“ nennt kein Ereignis, ab dem die Frist läuft. Ergänzen Sie es (z. B. „Ende des Kalenderjahres der Buchung“).',
    'The retention rule “{rule}” names no event from which the period runs. Add it (e.g. “end of the calendar year of the booking”).'),
  'retention.statutory-shortened': rule('error', ['§ 147 AO', '§ 257 HGB', 'Art. 17(3)(b) GDPR'],
    'Die Löschregel „{rule}“ ({period}) unterschreitet die gesetzliche Aufbewahrungsfrist von {statutoryPeriod} ({basis}). Setzen Sie die gesetzliche Frist ein.',
    'The retention rule “{rule}” ({period}) is shorter than the statutory retention period of {statutoryPeriod} ({basis}). Use the statutory period.'),
  'retention.voucher-over-retention': rule('warning', ['§ 147(1) no. 4, (3) AO', '§ 257(1) no. 4, (4) HGB', 'Art. 5(1)(e) GDPR', 'Bürokratieentlastungsgesetz IV (from 1 Jan 2025)'],
    'Die Löschregel „{rule}“ bewahrt Buchungsbelege {period} auf. Seit 1. Januar 2025 beträgt die Frist 8 Jahre; längeres Aufbewahren ist ohne anderen Grund unzulässig. Verkürzen Sie auf 8 Jahre.',
    'The retention rule “{rule}” keeps accounting vouchers for {period}. Since 1 January 2025 the period is 8 years; keeping them longer without another reason is over-retention. Shorten it to 8 years.'),

  // --- recipients, processors, parties -----------------------------------------------------
  'processor.no-avv': rule('error', ['Art. 28(3) GDPR'],
    'Der Auftragsverarbeiter „{party}“ hat keinen Auftragsverarbeitungsvertrag. Schließen Sie einen AVV und erfassen Sie ihn beim Beteiligten.',
    'The processor “{party}” has no data processing agreement. Conclude a DPA and record it with the party.'),
  'processor.not-linked': rule('warning', ['Art. 28(3) GDPR', 'Art. 30(1)(d) GDPR'],
    'Der Auftragsverarbeiter „{recipient}“ ist mit keinem externen Beteiligten verknüpft, sein AVV kann nicht geprüft werden. Verknüpfen Sie ihn.',
    'The processor “{recipient}” is not linked to an external party, so its DPA cannot be checked. Link it.'),
  'party.link-missing': rule('warning', ['Art. 30(1)(d) GDPR'],
    'Ein verknüpfter externer Beteiligter ({via}) existiert nicht mehr. Entfernen Sie die Verknüpfung oder erfassen Sie den Beteiligten neu.',
    'A linked external party ({via}) no longer exists. Remove the link or record the party again.'),
  'party.dpf-not-us': rule('error', ['Commission Implementing Decision (EU) 2023/1795', 'Art. 45 GDPR'],
    '„{party}“ ist als DPF-zertifiziert markiert, sitzt aber nicht in den USA ({country}). Nur US-Organisationen können nach dem EU-U.S. Data Privacy Framework zertifiziert sein; gedeckt ist die Übermittlung an die US-Muttergesellschaft. Entfernen Sie die Markierung und erfassen Sie die US-Empfängerin bei der Übermittlung.',
    '“{party}” is marked DPF-certified but is not based in the US ({country}). Only US organisations can be certified under the EU–U.S. Data Privacy Framework; what is covered is the transfer to the US parent. Remove the mark and record the US recipient with the transfer.'),
  'subprocessor.country-missing': rule('warning', ['Art. 28(2), (4) GDPR', 'Art. 30(1)(d) GDPR'],
    'Unterauftragsverarbeiter „{subProcessor}“ von „{party}“: Das Land ist nicht angegeben. Tragen Sie es ein.',
    'Sub-processor “{subProcessor}” of “{party}”: the country is not given. Enter it.'),
  'subprocessor.mechanism-missing': rule('error', ['Art. 44 GDPR', 'Art. 46 GDPR', 'Art. 28(4) GDPR'],
    'Unterauftragsverarbeiter „{subProcessor}“ von „{party}“ sitzt in {country} ohne Übermittlungsmechanismus. Tragen Sie ihn ein (z. B. Standardvertragsklauseln; USA: DPF-Zertifizierung).',
    'Sub-processor “{subProcessor}” of “{party}” is in {country} without a transfer mechanism. Enter it (e.g. standard contractual clauses; US: DPF certification).'),
  'subprocessor.dpf-not-us': rule('error', ['Commission Implementing Decision (EU) 2023/1795'],
    'Unterauftragsverarbeiter „{subProcessor}“ von „{party}“: Das EU-U.S. Data Privacy Framework gilt nur für US-Organisationen, nicht in {country}. Wählen Sie einen anderen Mechanismus.',
    'Sub-processor “{subProcessor}” of “{party}”: the EU–U.S. Data Privacy Framework covers US organisations only, not {country}. Choose another mechanism.'),

  // --- transfers ------------------------------------------------------------------------------
  'transfer.privacy-shield': rule('error', ['CJEU C-311/18 (16 Jul 2020, Schrems II)', 'Commission Implementing Decision (EU) 2023/1795', 'General Court T-553/23 (3 Sep 2025)'],
    '{where} nennt das „Privacy Shield“. Der EuGH hat es am 16. Juli 2020 für ungültig erklärt (C-311/18, „Schrems II“); es ist kein Übermittlungsmechanismus. Stützen Sie die Übermittlung auf das EU-U.S. Data Privacy Framework (zertifizierte US-Empfänger) oder auf Standardvertragsklauseln und passen Sie den Text an.',
    '{where} names the “Privacy Shield”. The CJEU invalidated it on 16 July 2020 (C-311/18, “Schrems II”); it is no transfer mechanism. Base the transfer on the EU–U.S. Data Privacy Framework (certified US recipients) or on standard contractual clauses and update the text.'),
  'transfer.destination-missing': rule('error', ['Art. 30(1)(e) GDPR'],
    'Bei einer Drittlandübermittlung fehlt das Zielland bzw. die internationale Organisation. Tragen Sie es ein.',
    'A third-country transfer has no destination country or international organisation. Enter it.'),
  'transfer.within-eea': rule('info', ['Art. 44 GDPR'],
    'Das Ziel {country} liegt im EWR: keine Drittlandübermittlung, kein Mechanismus nötig. Sie können den Eintrag als Empfänger führen.',
    'The destination {country} is in the EEA: no third-country transfer, no mechanism needed. You can keep it as a recipient instead.'),
  'transfer.adequacy-not-recorded': rule('info', ['Art. 45 GDPR'],
    'Übermittlung nach {country}: Tragen Sie den Angemessenheitsbeschluss als Mechanismus ein (USA: EU-U.S. Data Privacy Framework).',
    'Transfer to {country}: record the adequacy decision as the mechanism (US: EU–U.S. Data Privacy Framework).'),
  'transfer.adequacy-not-available': rule('error', ['Art. 45 GDPR', 'Art. 46 GDPR'],
    'Für {country} gibt es keinen Angemessenheitsbeschluss; der gewählte Mechanismus trägt die Übermittlung nicht. Wählen Sie geeignete Garantien (z. B. Standardvertragsklauseln).',
    'There is no adequacy decision for {country}; the mechanism chosen does not cover the transfer. Choose appropriate safeguards (e.g. standard contractual clauses).'),
  'transfer.dpf-only-us': rule('warning', ['Commission Implementing Decision (EU) 2023/1795'],
    'Das EU-U.S. Data Privacy Framework gilt nur für Übermittlungen in die USA, nicht nach {country}. Wählen Sie den Angemessenheitsbeschluss des Landes oder einen anderen Mechanismus.',
    'The EU–U.S. Data Privacy Framework covers transfers to the US only, not to {country}. Choose the country’s adequacy decision or another mechanism.'),
  'transfer.us-without-safeguards': rule('error', ['Art. 45 GDPR', 'Art. 46 GDPR', 'Commission Implementing Decision (EU) 2023/1795'],
    'Übermittlung in die USA an „{recipient}“ ohne DPF-Zertifizierung und ohne Garantien. Prüfen Sie die Zertifizierung der US-Empfängerin in der DPF-Liste oder vereinbaren Sie Standardvertragsklauseln.',
    'Transfer to the US to “{recipient}” without DPF certification and without safeguards. Check the US recipient’s certification in the DPF list or agree standard contractual clauses.'),
  'transfer.dpf-check-missing': rule('warning', ['Commission Implementing Decision (EU) 2023/1795'],
    'Übermittlung in die USA an „{recipient}“: Die DPF-Zertifizierung wurde nicht in der DPF-Liste geprüft. Prüfen Sie sie und tragen Sie das Datum ein.',
    'Transfer to the US to “{recipient}”: the DPF certification was not checked in the DPF list. Check it and enter the date.'),
  'transfer.dpf-check-outdated': rule('warning', ['Commission Implementing Decision (EU) 2023/1795'],
    'Übermittlung in die USA an „{recipient}“: Die DPF-Prüfung vom {checkedOn} ist älter als 12 Monate (fällig seit {dueOn}). Prüfen Sie erneut.',
    'Transfer to the US to “{recipient}”: the DPF check of {checkedOn} is older than 12 months (due since {dueOn}). Check again.'),
  'transfer.no-mechanism': rule('error', ['Art. 44 GDPR', 'Art. 46 GDPR', 'Art. 49 GDPR'],
    'Übermittlung nach {country} ohne Übermittlungsmechanismus. Wählen Sie Angemessenheitsbeschluss, geeignete Garantien oder eine Ausnahme nach Art. 49.',
    'Transfer to {country} without a transfer mechanism. Choose an adequacy decision, appropriate safeguards or an Art. 49 derogation.'),
  'transfer.scc-module-missing': rule('warning', ['Commission Implementing Decision (EU) 2021/914'],
    'Übermittlung nach {country}: Das Modul der Standardvertragsklauseln ist nicht angegeben. Tragen Sie es ein (1–4).',
    'Transfer to {country}: the module of the standard contractual clauses is not given. Enter it (1–4).'),
  'transfer.art49-undocumented': rule('error', ['Art. 49(1) subpara. 2 GDPR', 'Art. 49(6) GDPR', 'Art. 30(1)(e) GDPR'],
    'Übermittlung nach {country} aus zwingenden berechtigten Interessen: Die geeigneten Garantien sind nicht dokumentiert. Dokumentieren Sie sie im Verzeichnis.',
    'Transfer to {country} on compelling legitimate interests: the suitable safeguards are not documented. Document them in the record.'),

  // --- channels -------------------------------------------------------------------------------
  'channel.private-messenger': rule('error', ['Art. 2(2)(c) GDPR', 'Art. 28(3) GDPR'],
    'Der Kanal „{channel}“ ist für private Nutzung bestimmt; der Anbieter sieht geschäftliche Nutzung nicht vor und bietet keinen AVV. Wechseln Sie auf ein Business-Produkt.',
    'The channel “{channel}” is meant for private use; the provider does not intend business use and offers no DPA. Switch to a business product.'),
  'channel.address-book-allowed': rule('error', ['Art. 6(1) GDPR', 'AG Bad Hersfeld F 111/17 EASO (2017)'],
    'Kanal „{channel}“: Der Adressbuchzugriff ist erlaubt – die App lädt die Nummern aller Kontakte zum Anbieter hoch, auch von Personen ohne Einwilligung. Verweigern Sie den Zugriff auf dem Gerät.',
    'Channel “{channel}”: address-book access is allowed — the app uploads every contact’s number to the provider, including people who did not consent. Deny the access on the device.'),
  'channel.address-book-unknown': rule('warning', ['AG Bad Hersfeld F 111/17 EASO (2017)'],
    'Kanal „{channel}“: Es ist nicht festgehalten, ob die App auf das Adressbuch zugreifen darf. Entscheiden Sie es (am besten: verweigert).',
    'Channel “{channel}”: whether the app may access the address book is not recorded. Decide it (preferably: denied).'),
  'channel.provider-us-entity': rule('warning', ['Art. 28 GDPR', 'Art. 44 GDPR'],
    'Kanal „{channel}“: Als Anbieter ist „{party}“ (USA) erfasst. Für Unternehmen in der EU ist Anbieter und Auftragsverarbeiter {expected}; die US-Gesellschaft ist Empfängerin der Drittlandübermittlung. Erfassen Sie {expected} als Anbieter.',
    'Channel “{channel}”: “{party}” (US) is recorded as provider. For businesses in the EU, provider and processor is {expected}; the US company is the recipient of the transfer. Record {expected} as the provider.'),

  // --- DPIA -----------------------------------------------------------------------------------
  'dpia.not-assessed': rule('warning', ['Art. 35(1) GDPR', 'WP248 rev.01'],
    'Die Schwellwertprüfung zur DSFA ist nicht entschieden; aus dem Verzeichnis ergeben sich {count} Kriterien ({criteria}). Entscheiden Sie, ob eine DSFA erforderlich ist.',
    'The DPIA screening is not decided; the register shows {count} criteria ({criteria}). Decide whether a DPIA is required.'),
  'dpia.must-list-not-required': rule('error', ['Art. 35(4) GDPR', 'DSK Muss-Liste (DSFA-Liste) V1.1'],
    'Die Tätigkeit steht auf der Muss-Liste der Aufsichtsbehörden, die Prüfung sagt aber „nicht erforderlich“. Eine DSFA ist Pflicht – ändern Sie die Entscheidung und führen Sie sie durch.',
    'The activity is on the supervisory authorities’ mandatory list, but the screening says “not required”. A DPIA is mandatory — change the decision and carry it out.'),
  'dpia.not-required-unexplained': rule('warning', ['Art. 35(1) GDPR', 'WP248 rev.01', 'Art. 5(2) GDPR'],
    'DSFA als „nicht erforderlich“ entschieden, obwohl {count} Kriterien erfüllt sind ({criteria}). Begründen Sie die Abweichung oder führen Sie eine DSFA durch.',
    'DPIA decided as “not required” although {count} criteria are met ({criteria}). Give the reason for deviating or carry out a DPIA.'),
  'dpia.required-not-performed': rule('warning', ['Art. 35(1) GDPR'],
    'Eine DSFA ist erforderlich, aber nicht als durchgeführt erfasst. Führen Sie sie vor Beginn der Verarbeitung durch und tragen Sie Datum und Referenz ein.',
    'A DPIA is required but not recorded as carried out. Carry it out before the processing starts and enter date and reference.'),

  // --- organisation -------------------------------------------------------------------------
  'organisation.controller-missing': rule('error', ['Art. 30(1)(a) GDPR', 'Art. 13(1)(a) GDPR'],
    'Name oder Anschrift des Verantwortlichen fehlen. Ergänzen Sie sie im Organisationsblatt.',
    'The controller’s name or address is missing. Add it on the organisation sheet.'),
  'organisation.representatives-missing': rule('warning', ['Art. 30(1)(a) GDPR'],
    'Es sind keine gesetzlichen Vertreter erfasst; das Verzeichnis kann nicht unterzeichnet werden. Tragen Sie sie ein.',
    'No legal representatives are recorded; the record cannot be signed. Enter them.'),
  'organisation.dpo-missing': rule('warning', ['Art. 30(1)(a) GDPR', 'Art. 37(7) GDPR'],
    'Ein Datenschutzbeauftragter ist vorgesehen, aber ohne Namen. Tragen Sie Name und Kontakt ein.',
    'A data protection officer is provided for, but without a name. Enter name and contact.'),
  'organisation.authority-missing': rule('warning', ['Art. 13(2)(d) GDPR', 'Art. 77 GDPR'],
    'Die zuständige Aufsichtsbehörde ist nicht gewählt; Hinweise können das Beschwerderecht nicht konkret nennen. Wählen Sie sie.',
    'The competent supervisory authority is not chosen; notices cannot name the right to complain concretely. Choose it.'),
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULE_CATALOGUE;
export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

export function ruleDefinition(id: RuleId): RuleDefinition {
  return RULE_CATALOGUE[id];
}
