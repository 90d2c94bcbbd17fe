import { describe, expect, it } from 'vitest';
import { findChannel } from '../../domain/catalogues';
import { buildPrivacyNotice, toHtml } from '../../domain/documents/privacy-notice';
import { ChannelSchema, type Language } from '../../domain/model';
import { IDS, snapshot, support, whatsappChannel } from './notice-fixtures';
import { hasSection, sectionText } from './notice-support';

const channelNotice = (id: string, language: Language, overrides = {}) =>
  buildPrivacyNotice(snapshot(overrides), { kind: 'channel', channelId: id }, language);

describe('channel notice for WhatsApp', () => {
  const entry = findChannel('whatsapp_business_app')!;

  it('de: names the provider’s legal entity, the US transfer, metadata use and the activities’ purposes', () => {
    const notice = channelNotice(IDS.whatsapp, 'de');
    expect(notice.title).toBe('Datenschutzhinweise zur Kommunikation über WhatsApp');
    expect(notice.sections[0]).toMatchObject({ element: 'channel_provider', heading: 'Kontaktaufnahme über WhatsApp' });
    const provider = sectionText(notice, 'channel_provider');
    expect(entry.provider.legalEntity).toBe('WhatsApp Ireland Ltd.');
    expect(provider).toContain('Anbieter des Dienstes ist WhatsApp Ireland Ltd. (Irland).');
    expect(provider).toContain('Auftragsverarbeiter');
    expect(provider).toContain('+49 711 123456-99');
    expect(sectionText(notice, 'channel_metadata')).toContain(entry.metadataNote.de);
    const transfers = sectionText(notice, 'transfers');
    expect(transfers).toContain(entry.thirdCountry.description.de);
    expect(transfers).toContain('Vereinigte Staaten (WhatsApp LLC)');
    expect(transfers).toContain('EU-US Data Privacy Framework');
    expect(sectionText(notice, 'purposes')).toContain('Beantwortung Ihrer Anfragen – Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO');
    expect(sectionText(notice, 'storage_period')).toContain('Chatverläufe: 6 Monate');
    expect(sectionText(notice, 'channel_address_book')).toContain('nicht gestattet');
    expect(hasSection(notice, 'withdrawal')).toBe(true);
    expect(hasSection(notice, 'objection')).toBe(false);
    expect(notice.missing).toEqual([]);
  });

  it('en: "Contact via WhatsApp" with the same facts', () => {
    const notice = channelNotice(IDS.whatsapp, 'en');
    expect(notice.sections[0].heading).toBe('Contact via WhatsApp');
    expect(sectionText(notice, 'channel_provider')).toContain('The service is provided by WhatsApp Ireland Ltd. (Ireland).');
    expect(sectionText(notice, 'channel_metadata')).toContain(entry.metadataNote.en);
    expect(sectionText(notice, 'transfers')).toContain('United States (WhatsApp LLC)');
    expect(toHtml(notice)).toContain('<h3>Contact via WhatsApp</h3>');
  });

  it('takes the legal entity from the catalogue when no provider party is linked, and flags gaps', () => {
    const privateApp = ChannelSchema.parse({ id: 'c-private', catalogueId: 'whatsapp', name: 'WhatsApp privat' });
    const notice = channelNotice('c-private', 'de', { channels: [whatsappChannel, privateApp] });
    expect(sectionText(notice, 'channel_provider')).toContain(`Anbieter des Dienstes ist ${findChannel('whatsapp')!.provider.legalEntity}`);
    expect(sectionText(notice, 'channel_provider')).toContain('in eigener Verantwortung als Verantwortlicher');
    expect(notice.missing.map((m) => m.code)).toEqual(['channel_activities', 'channel_transfer', 'retention', 'address_book_access']);
    expect(sectionText(notice, 'purposes')).toContain('[FEHLT: Verarbeitungstätigkeit, die diesen Kanal nutzt]');
  });

  it('shows the objection box when an activity on the channel uses legitimate interests', () => {
    const marketing = { ...support, id: 'a-promo', purposes: [{ id: 'p', description: 'Angebote per WhatsApp', legalBases: [{ code: '6-1-f', note: '' }], legitimateInterest: 'Kundenbindung', consentRecord: '' }] };
    const notice = channelNotice(IDS.whatsapp, 'de', { activities: [support, marketing] });
    expect(hasSection(notice, 'objection')).toBe(true);
    expect(sectionText(notice, 'legitimate_interests')).toContain('Angebote per WhatsApp: Kundenbindung');
    expect(sectionText(notice, 'storage_period')).toContain('Chatverläufe');
  });

  it('refuses an unknown channel', () => {
    expect(() => channelNotice('nope', 'de')).toThrow(/Channel nope not found/);
  });
});
