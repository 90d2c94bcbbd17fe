import { bilingual } from '../types';

/** Findings engine: CLI `check`/`summary` lines, DPIA screening UI, additional requirements, catalogue refusals. */
export const legalChecks = bilingual(
  {
    severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
    document: { findings: 'Befunde der Prüfregeln', none: 'Keine Befunde.', additionalRequirements: 'Zusätzliche Anforderung (keine Rechtsgrundlage)' },
    panel: { title: 'Befunde im Verzeichnis', loading: 'Befunde werden ermittelt …', open: 'Öffnen' },
    entity: { organisation: 'Organisation', activity: 'Tätigkeit', party: 'Externe Stelle', channel: 'Kanal', processor_record: 'Auftragsverarbeitung' },
    check: {
      counts: 'Befunde: {total} (Fehler {error}, Warnungen {warning}, Hinweise {info})',
      none: 'Keine Befunde.',
      line: '[{severity}] {entity} „{name}“ – {message} ({rule}; {references})',
      hasErrors: 'Das Verzeichnis hat {count} Fehler-Befunde (Exit-Code {code}).',
    },
    importReport: {
      converted: 'Hinweis: {count} Verweise auf § 7 UWG bzw. § 25 TDDDG wurden als zusätzliche Anforderung übernommen (keine Rechtsgrundlage).',
      findings: 'Befunde im importierten Verzeichnis: {total} (Fehler {error}, Warnungen {warning}, Hinweise {info}); Einzelheiten: vvt check',
    },
    dpia: {
      derived: 'Aus dem Verzeichnis abgeleitet',
      derivedHint: 'Ergibt sich aus den erfassten Daten und Betroffenen und zählt immer mit.',
      notAssessed: 'Nicht bewertet: Die Schwellwertprüfung ist noch nicht entschieden.',
      mustList: 'Muss-Liste der Aufsichtsbehörden (Art. 35 Abs. 4 DSGVO)',
      mustListHint: 'Jeder gewählte Punkt macht eine DSFA erforderlich. Quelle: {source}, Stand {asOf}. Wortlaut zusammengefasst – mit der veröffentlichten Liste abgleichen.',
      mustListForces: 'Auf der Muss-Liste: DSFA erforderlich.',
    },
    requirements: {
      title: 'Zusätzliche Anforderungen (keine Rechtsgrundlage)',
      hint: 'z. B. § 7 UWG für Werbung per E-Mail oder Messenger, § 25 TDDDG für Cookies. Sie ersetzen keine Rechtsgrundlage nach Art. 6 DSGVO.',
      add: 'Anforderung hinzufügen',
      remove: 'Entfernen',
      note: 'Genaue Vorschrift',
    },
    issues: {
      unknown_legal_basis: 'Unbekannte Rechtsgrundlage „{value}“ – nur Einträge des Katalogs sind zulässig.',
      not_a_legal_basis: '„{value}“ ist keine Rechtsgrundlage, sondern eine zusätzliche Anforderung.',
      unknown_requirement: 'Unbekannte zusätzliche Anforderung „{value}“.',
      unknown_catalogue_id: 'Unbekannte Katalog-ID „{value}“ – eigene Einträge haben keine Katalog-ID.',
      unknown_country: 'Unbekannter Ländercode „{value}“.',
      unknown_channel: 'Unbekannter Kanal „{value}“.',
      unknown_must_list_item: 'Unbekannter Punkt der Muss-Liste „{value}“.',
      privacy_shield: '„Privacy Shield“ ist kein Übermittlungsmechanismus: Der EuGH hat es am 16. Juli 2020 für ungültig erklärt (C-311/18, „Schrems II“). Verwenden Sie das EU-U.S. Data Privacy Framework (Angemessenheitsbeschluss 2023/1795, Mechanismus „dpf“) für zertifizierte US-Empfänger oder Standardvertragsklauseln („scc“).',
    },
  },
  {
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    document: { findings: 'Findings of the checks', none: 'No findings.', additionalRequirements: 'Additional requirement (not a legal basis)' },
    panel: { title: 'Findings in the register', loading: 'Checking the register …', open: 'Open' },
    entity: { organisation: 'Organisation', activity: 'Activity', party: 'External party', channel: 'Channel', processor_record: 'Processing on behalf' },
    check: {
      counts: 'Findings: {total} (errors {error}, warnings {warning}, notes {info})',
      none: 'No findings.',
      line: '[{severity}] {entity} “{name}” – {message} ({rule}; {references})',
      hasErrors: 'The register has {count} error findings (exit code {code}).',
    },
    importReport: {
      converted: 'Note: {count} references to section 7 UWG or section 25 TDDDG were taken over as additional requirements (not legal bases).',
      findings: 'Findings in the imported register: {total} (errors {error}, warnings {warning}, notes {info}); details: vvt check',
    },
    dpia: {
      derived: 'Derived from the register',
      derivedHint: 'Follows from the recorded data and data subjects and always counts.',
      notAssessed: 'Not assessed: the screening has not been decided yet.',
      mustList: 'Supervisory authorities’ mandatory list (Art. 35(4) GDPR)',
      mustListHint: 'Each item chosen makes a DPIA required. Source: {source}, as of {asOf}. Wording summarised — compare with the published list.',
      mustListForces: 'On the mandatory list: DPIA required.',
    },
    requirements: {
      title: 'Additional requirements (not a legal basis)',
      hint: 'e.g. section 7 UWG for advertising by e-mail or messenger, section 25 TDDDG for cookies. They do not replace a legal basis under Art. 6 GDPR.',
      add: 'Add requirement',
      remove: 'Remove',
      note: 'Exact provision',
    },
    issues: {
      unknown_legal_basis: 'Unknown legal basis “{value}” — only catalogue entries are allowed.',
      not_a_legal_basis: '“{value}” is not a legal basis but an additional requirement.',
      unknown_requirement: 'Unknown additional requirement “{value}”.',
      unknown_catalogue_id: 'Unknown catalogue id “{value}” — entries of your own carry no catalogue id.',
      unknown_country: 'Unknown country code “{value}”.',
      unknown_channel: 'Unknown channel “{value}”.',
      unknown_must_list_item: 'Unknown mandatory-list item “{value}”.',
      privacy_shield: '“Privacy Shield” is no transfer mechanism: the CJEU invalidated it on 16 July 2020 (C-311/18, “Schrems II”). Use the EU–U.S. Data Privacy Framework (adequacy decision 2023/1795, mechanism “dpf”) for certified US recipients, or standard contractual clauses (“scc”).',
    },
  },
);
