import { describe, expect, it } from 'vitest';
import type { Channel } from '../../domain/model/channel';
import { allByTestId, byTestId, click, mountApp } from './support/app';
import { makeChannel, makeParty, registryHandlers } from './support/registry-fixtures';

async function openChannel() {
  const handlers = registryHandlers({ parties: [{ party: makeParty(), links: { activities: [], channels: [] } }], channels: [makeChannel()] });
  const app = await mountApp(handlers);
  await click(app.wrapper, 'nav-channels');
  await click(app.wrapper, 'channel-row');
  return app;
}

describe('messenger checklist', () => {
  it('marks the rest "not applicable" only with a reason, which each item keeps', async () => {
    const { wrapper, fake } = await openChannel();
    const rows = allByTestId(wrapper, 'checklist-item');
    await rows[0].find('[data-testid="checklist-status"]').setValue('done');
    await rows[0].find('[data-testid="checklist-evidence"]').setValue('AVV vom 15.01.2026, Ordner Verträge');

    await click(wrapper, 'checklist-bulk-apply');
    expect(wrapper.text()).toContain('Bitte eine Begründung angeben');
    expect(allByTestId(wrapper, 'checklist-item').filter((row) => row.attributes('data-status') === 'not_applicable')).toHaveLength(0);

    await byTestId(wrapper, 'checklist-bulk-reason').setValue('Kanal nur für Terminbestätigungen ohne Kundendaten');
    await click(wrapper, 'checklist-bulk-apply');
    expect(byTestId(wrapper, 'checklist-bulk-note').text()).toContain('14 Punkte');
    await click(wrapper, 'channel-save');
    const [saved] = fake.payloads('channels.save').map((payload) => (payload as { channel: Channel }).channel);
    const entries = Object.values(saved.checklist);
    expect(entries.filter((entry) => entry?.status === 'not_applicable')).toHaveLength(14);
    expect(saved.checklist.two_factor).toMatchObject({ status: 'not_applicable', evidence: 'Kanal nur für Terminbestätigungen ohne Kundendaten' });
    expect(saved.checklist.dpa_concluded).toMatchObject({ status: 'done', evidence: 'AVV vom 15.01.2026, Ordner Verträge' });
  });

  it('refuses "done" without evidence, at the item', async () => {
    const { wrapper, fake } = await openChannel();
    const rows = allByTestId(wrapper, 'checklist-item');
    await rows[1].find('[data-testid="checklist-status"]').setValue('done');
    await click(wrapper, 'channel-save');
    expect(fake.payloads('channels.save')).toHaveLength(0);
    expect(allByTestId(wrapper, 'checklist-item')[1].text()).toContain('Für „erledigt“ bitte einen Nachweis angeben');
  });
});
