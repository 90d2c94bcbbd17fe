import type { ChecklistItemEntry } from './schema';

const SEED = 'Checklist for the safe business use of WhatsApp and other messengers (German practitioners’ guidance on WhatsApp in companies)';

function item(id: ChecklistItemEntry['id'], number: number, de: string, en: string): ChecklistItemEntry {
  return { id, number, label: { de, en }, source: SEED };
}

/** The 15 items of the checklist for business use of a messaging channel, in the seed's order. */
export const CHECKLIST_ITEM_CATALOGUE: ChecklistItemEntry[] = [
  item('dpa_concluded', 1, 'Vertrag zur Auftragsverarbeitung mit dem Anbieter abgeschlossen', 'Data processing agreement with the provider concluded'),
  item('internal_policy', 2, 'Schriftliche interne Richtlinie für den Kanal, den Beschäftigten bekannt', 'Written internal policy for the channel, known to staff'),
  item('customer_consent', 3, 'Einwilligung der Kunden vor der ersten Nachricht eingeholt (und nachweisbar)', 'Customer consent obtained before the first message (and provable)'),
  item('business_account_verified', 4, 'Geschäftskonto verifiziert', 'Business account verified'),
  item('automated_messages_sparingly', 5, 'Automatische Nachrichten (Begrüßung, Abwesenheit) sparsam eingesetzt', 'Automated messages (greeting, away) used sparingly'),
  item('secured_devices', 6, 'Nur autorisierte, gesicherte Geräte (Sperrcode/Biometrie, Updates)', 'Only authorised, secured devices (passcode/biometrics, updates)'),
  item('e2e_encryption_on', 7, 'Ende-zu-Ende-Verschlüsselung aktiviert', 'End-to-end encryption kept on'),
  item('access_control', 8, 'Zugriffskontrolle: nur benannte Beschäftigte nutzen das Konto; regelmäßig überprüft', 'Access control: only named staff use the account; reviewed regularly'),
  item('no_sensitive_data', 9, 'Keine sensiblen Daten im Kanal oder zusätzliche Maßnahmen dokumentiert', 'Sensitive data kept out of the channel, or extra measures documented'),
  item('staff_trained', 10, 'Beschäftigte geschult', 'Staff trained'),
  item('security_reviewed', 11, 'Sicherheitspraktiken regelmäßig überprüft (nächster Prüftermin)', 'Security practices reviewed regularly (next review date)'),
  item('backups_secured', 12, 'Sicherungen der Kommunikation erstellt und selbst geschützt', 'Backups of communication done and themselves secured'),
  item('communication_guidelines', 13, 'Kommunikationsrichtlinien festgelegt', 'Communication guidelines set'),
  item('two_factor', 14, 'Zwei-Faktor-Authentifizierung (Verifizierung in zwei Schritten) aktiviert', 'Two-factor authentication (two-step verification) on'),
  item('address_book_denied', 15, 'Adressbuchzugriff der App verweigert, soweit Kontakte nicht eingewilligt haben', 'Address-book access denied to the app where contacts have not consented'),
];
