import { describe, expect, it } from 'vitest';
import { checkInterchangeText } from '../../backend/interchange/load-interchange-file';
import { CHECKLIST_ITEMS } from '../../domain/model';
import { serializeInterchange } from '../../domain/interchange';
import { demoText } from './support/sample-register';

describe('demo register resources/demo/online-shop.json', () => {
  const { document, attachments } = checkInterchangeText(demoText());
  const register = document.register;
  const activity = (id: string) => register.activities.find((a) => a.id === id)!;

  it('is valid (schema, domain enums, references, attachment hashes) and stored in canonical form', () => {
    expect(serializeInterchange(document)).toBe(demoText());
    expect(attachments[0].content.subarray(0, 5)).toEqual(new TextEncoder().encode('%PDF-'));
  });

  it('describes the Muster Shop GmbH with address, management, external DPO and the Bavarian authority', () => {
    const o = register.organisation;
    expect(o.name).toBe('Muster Shop GmbH');
    expect(o.address.city).toBe('München');
    expect(o.legalRepresentatives[0].function).toBe('Geschäftsführerin');
    expect(o.dpo.kind).toBe('external');
    expect(o.supervisoryAuthority.catalogueId).toBe('baylda');
  });

  it('has the five activities, with the WhatsApp transfer to the US under the DPF and a checked date', () => {
    expect(register.activities.map((a) => a.reference).sort()).toEqual(['VT-001', 'VT-002', 'VT-003', 'VT-004', 'VT-005']);
    const support = activity('act-whatsapp-support');
    expect(support.transfers).toEqual([expect.objectContaining({ countryCode: 'US', mechanism: 'dpf', dpfCheckedOn: '2026-10-15' })]);
    expect(support.channelIds).toEqual(['channel-whatsapp']);
  });

  it('bases the newsletter on consent with a double opt-in record', () => {
    const [newsletter] = activity('act-newsletter').purposes;
    expect(newsletter.legalBases.map((b) => b.code)).toEqual(['6-1-a']);
    expect(newsletter.consentRecord).toMatch(/Double-Opt-in/);
  });

  it('has WhatsApp Ireland as processor with an AVV, the other parties, and a partly completed messenger checklist', () => {
    const whatsapp = register.parties.find((p) => p.id === 'party-whatsapp')!;
    expect(whatsapp.name).toBe('WhatsApp Ireland Ltd.');
    expect(whatsapp.roles).toEqual(['processor']);
    expect(whatsapp.contracts[0].type).toBe('avv');
    expect(register.parties.map((p) => p.id).sort()).toEqual(['party-hosting', 'party-newsletter', 'party-tax-advisor', 'party-whatsapp']);
    const statuses = CHECKLIST_ITEMS.map((item) => register.channels[0].checklist[item]?.status);
    expect(statuses).toContain('done');
    expect(statuses).toContain('open');
    expect(register.toms.length).toBeGreaterThanOrEqual(5);
  });
});
