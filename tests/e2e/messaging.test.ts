import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { translate } from '../../domain/i18n';
import type { ChannelWithLinks } from '../../domain/ipc/channels/messaging';
import type { PartyWithLinks } from '../../domain/ipc/channels/parties';
import type { Activity } from '../../domain/model/activity';
import type { Channel } from '../../domain/model/channel';
import { ART28_CLAUSES } from '../../domain/model/party';
import { RegistryNav } from './pages/registry-pages';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText, waitForValue } from './support/wait';

const ORGANISATION = 'Muster Handels GmbH';
const PROVIDER = 'WhatsApp Ireland Ltd.';

/** A small but complete PDF (one empty page) with a correct cross-reference table. */
function smallPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describeE2e('messaging channels: one-click WhatsApp Business → checklist → AVV with PDF → restart → export → reminders', () => {
  const app = useApp();

  test('a DPO sets up WhatsApp Business, completes the checklist and the AVV, and is reminded when it expires', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('muster.vvt');
    let shell = await new StartPage(vvt.page).createRegister(ORGANISATION);
    let nav = new RegistryNav(vvt.page);

    // One click: provider party, channel, activity and the US transfer exist; decisions are listed.
    const channels = await nav.goToChannels();
    await channels.addWhatsAppBusiness();
    const [item] = await vvt.invoke<ChannelWithLinks[]>('channels.list');
    expect(item.channel.catalogueId).toBe('whatsapp_business_app');
    expect(item.provider?.name).toBe(PROVIDER);
    expect(item.activities).toHaveLength(1);
    const [partyEntry] = await vvt.invoke<PartyWithLinks[]>('parties.list');
    expect(partyEntry.party).toMatchObject({ name: PROVIDER, roles: ['processor'] });
    expect(partyEntry.party.contracts.map((c) => c.type)).toEqual(['avv']);
    const activity = await vvt.invoke<Activity>('activities.get', { id: item.activities[0].id });
    expect(activity.channelIds).toEqual([item.channel.id]);
    expect(activity.transfers.map((t) => t.countryCode)).toContain('US');
    const codes = await channels.decisions.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['record_terms_acceptance', 'check_dpf_certification', 'review_checklist']));
    expect(codes).not.toContain('sign_and_attach_avv');
    await waitForText(channels.decisions, 'online mit den Geschäftsbedingungen akzeptiert');
    expect(partyEntry.party.dpfCertified).toBe(false);

    // The checklist: every item done (or not applicable), with evidence, date and next review.
    const channel = await channels.open(item.channel.name);
    const items = await channel.codes();
    expect(items).toHaveLength(15);
    const wanted = new Map<string, { status: 'done' | 'not_applicable'; evidence: string }>();
    for (const [index, code] of items.entries()) {
      const status = (await channel.readItem(code)).status === 'not_applicable' ? 'not_applicable' : 'done';
      wanted.set(code, { status, evidence: `Nachweis ${index + 1}: Richtlinie Messenger, Abschnitt ${index + 1}` });
      await channel.setItem(code, { status, evidence: wanted.get(code)!.evidence, date: '2026-11-20', nextReview: '2027-11-20' });
    }
    await channel.save();
    await shell.waitForStatus(translate('de', 'channelsUi.saved', { name: item.channel.name }));
    const stored = await vvt.invoke<ChannelWithLinks>('channels.get', { id: item.channel.id });
    expect(stored.openChecklistItems).toBe(0);
    expect(Object.values(stored.channel.checklist as Channel['checklist']).every((entry) => entry?.evidence.startsWith('Nachweis'))).toBe(true);

    // The provider (an Irish processor, so no DPF fields): the terms dated, all 13 clauses ticked, a copy attached.
    let party = await channel.openProvider();
    await waitForValue(vvt.page.getByTestId('party-name'), PROVIDER);
    expect(await vvt.page.getByTestId('party-dpf-checked').count()).toBe(0);
    await party.fillContract({ signedOn: '2026-01-15', validUntil: '2028-01-14', nextReview: '2027-01-15' });
    await party.tickAllClauses();
    await waitForText(party.contract().getByTestId('art28-progress'), '13/13');
    await party.save();
    await shell.waitForStatus(translate('de', 'partiesUi.saved', { name: PROVIDER }));
    const pdf = smallPdf();
    writeFileSync(vvt.file('avv.pdf'), pdf);
    vvt.dialogs.nextFileToOpen = vvt.file('avv.pdf');
    await party.attachPdf('avv.pdf');
    await shell.waitForStatus(translate('de', 'partiesUi.contracts.document.attached', { fileName: 'avv.pdf' }));

    // Restart and reopen: checklist, contract and document are intact.
    await vvt.restart();
    shell = await new StartPage(vvt.page).openRecent(ORGANISATION);
    nav = new RegistryNav(vvt.page);
    const reopened = await (await nav.goToChannels()).open(item.channel.name);
    for (const code of items) {
      expect(await reopened.readItem(code)).toEqual({ ...wanted.get(code)!, date: '2026-11-20', nextReview: '2027-11-20' });
    }
    party = await (await nav.goToParties()).open(PROVIDER);
    await waitForValue(party.contract().getByTestId('contract-signed-on'), '2026-01-15');
    expect(await party.readContract()).toEqual({ type: 'avv', signedOn: '2026-01-15', validUntil: '2028-01-14', nextReview: '2027-01-15' });
    expect(await party.tickedClauses()).toEqual([...ART28_CLAUSES]);
    await waitForText(party.contract().getByTestId('contract-attachment'), 'avv.pdf');

    // "Save copy" writes the stored bytes unchanged.
    const copyPath = vvt.file('avv-kopie.pdf');
    vvt.dialogs.nextSavePath = copyPath;
    await party.exportPdf();
    await shell.waitForStatus(translate('de', 'partiesUi.contracts.document.exported', { path: copyPath }));
    expect(readFileSync(copyPath).equals(pdf)).toBe(true);

    // An AVV that ran out is overdue: in the reminders view and in the header counts.
    const overdueBefore = await nav.headerCount('overdue');
    await party.fillContract({ signedOn: '2019-01-15', validUntil: '2021-01-14' });
    await party.save();
    await shell.waitForStatus(translate('de', 'partiesUi.saved', { name: PROVIDER }));
    await expect.poll(() => nav.headerCount('overdue'), { timeout: UI_TIMEOUT }).toBe(overdueBefore + 1);
    const reminders = await nav.goToReminders();
    const expired = reminders.item('avv_expiry', 'overdue');
    await expired.waitFor({ timeout: UI_TIMEOUT });
    expect(await expired.textContent()).toContain(PROVIDER);
    expect(await expired.textContent()).toContain('14.01.2021');

    // Closed, the register still shows its overdue count on the start screen's recent list.
    await shell.closeRegister();
    const badge = vvt.page.getByTestId('recent-reminders').first();
    await expect.poll(async () => Number((await badge.getAttribute('data-overdue')) ?? 0), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(1);
  });
});
