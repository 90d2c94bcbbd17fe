import { expect, test } from 'vitest';
import type { ChannelWithLinks } from '../../domain/ipc/channels/messaging';
import type { Activity } from '../../domain/model/activity';
import { RegistryNav } from './pages/registry-pages';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { waitForText } from './support/wait';

describeE2e('messaging channels: one-click setup on a register that already has WhatsApp customer service', () => {
  const app = useApp();

  test('links the existing activity instead of creating a second one, and says so', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('kundenservice.vvt');
    await new StartPage(vvt.page).createRegister('Muster Service GmbH');
    // The DPO recorded WhatsApp customer service from the template before using the one-click setup.
    const existing = await vvt.invoke<Activity>('activities.createFromTemplate', { templateId: 'customer_support_whatsapp', language: 'de' });
    const before = await vvt.invoke<{ total: number }>('activities.list', {});

    const channels = await new RegistryNav(vvt.page).goToChannels();
    await channels.addWhatsAppBusiness();
    const activityLink = vvt.page.getByTestId('channel-setup-activity');
    await waitForText(activityLink, 'keine zweite angelegt');
    expect(await activityLink.getAttribute('data-status')).toBe('linked');
    await waitForText(activityLink, existing.name);

    const after = await vvt.invoke<{ total: number }>('activities.list', {});
    expect(after.total).toBe(before.total);
    const [item] = await vvt.invoke<ChannelWithLinks[]>('channels.list');
    expect(item.activities).toEqual([{ id: existing.id, name: existing.name }]);
    const linked = await vvt.invoke<Activity>('activities.get', { id: existing.id });
    expect(linked.channelIds).toEqual([item.channel.id]);

    // A second click reuses the channel too: still one channel, one activity.
    await vvt.page.getByTestId('channel-setup-dismiss').click();
    await channels.addWhatsAppBusiness();
    await waitForText(vvt.page.getByTestId('channel-setup-channel'), 'kein zweiter angelegt');
    expect(await vvt.invoke<ChannelWithLinks[]>('channels.list')).toHaveLength(1);
    expect((await vvt.invoke<{ total: number }>('activities.list', {})).total).toBe(before.total);
  });
});
