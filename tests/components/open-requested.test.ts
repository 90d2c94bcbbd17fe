import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { RegisterInfo } from '../../domain/model/register';
import type { FakeHandlers } from './support/fake-bridge';
import { byTestId, click, makeActivity, mountApp, openRegisterHandlers, REGISTER } from './support/app';

/** The register main was asked to open (double-clicked file or "Open recent"). */
const REQUESTED: RegisterInfo = {
  path: '/home/dpo/Registers/Bäckerei Schmidt.vvt',
  fileName: 'Bäckerei Schmidt.vvt',
  organisationName: 'Bäckerei Schmidt',
  schemaVersion: 1,
  activityCount: 0,
};

/** Main's side: one register open; register.openRequested switches to the requested one. */
function handlers(): FakeHandlers {
  let current: RegisterInfo = REGISTER;
  return {
    ...openRegisterHandlers([makeActivity()]),
    'register.current': () => current,
    'register.openRequested': () => (current = REQUESTED),
    'register.saveAs': () => (current = { ...REGISTER, path: '/home/dpo/Registers/Kopie.vvt', fileName: 'Kopie.vvt' }),
    'activities.departments': () => [],
    'parties.list': () => [],
    'channels.list': () => [],
    'toms.list': () => [],
    'findings.list': () => [],
  };
}

async function editActivityName() {
  const app = await mountApp(handlers());
  await byTestId(app.wrapper, 'activity-row').trigger('click');
  await flushPromises();
  await byTestId(app.wrapper, 'activity-name').setValue('Lohn- und Gehaltsabrechnung');
  return app;
}

describe('a register main was asked to open', () => {
  it('asks about an unsaved activity first; cancel keeps the draft and the open register', async () => {
    const { wrapper, fake } = await editActivityName();

    fake.menu('register.openRequested');
    await flushPromises();
    expect(wrapper.find('[role="alertdialog"]').text()).toContain('Ungespeicherte Änderungen');
    expect(fake.api['register.openRequested']).not.toHaveBeenCalled();

    await click(wrapper, 'confirm-cancel');
    expect(fake.api['register.openRequested']).not.toHaveBeenCalled();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohn- und Gehaltsabrechnung');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Ungespeicherte Änderungen');
    expect(document.title).toBe('Muster GmbH – VVT Desk');
  });

  it('discarding the draft opens the requested register', async () => {
    const { wrapper, fake } = await editActivityName();

    fake.menu('register.openRequested');
    await flushPromises();
    await click(wrapper, 'confirm-alternative');

    expect(fake.api['activities.save']).not.toHaveBeenCalled();
    expect(fake.payloads('register.openRequested')).toEqual([undefined]);
    expect(wrapper.find('[data-testid="activity-name"]').exists()).toBe(false);
    expect(byTestId(wrapper, 'status-message').text()).toBe(`Verzeichnis geöffnet: ${REQUESTED.path}`);
    expect(document.title).toBe('Bäckerei Schmidt – VVT Desk');
  });

  it('"save and continue" saves the activity in the open register, then opens the requested one', async () => {
    const { wrapper, fake } = await editActivityName();

    fake.menu('register.openRequested');
    await flushPromises();
    await click(wrapper, 'confirm-ok');

    expect(fake.payloads('activities.save')).toEqual([{ activity: expect.objectContaining({ name: 'Lohn- und Gehaltsabrechnung' }) }]);
    expect(fake.api['activities.save'].mock.invocationCallOrder[0]).toBeLessThan(fake.api['register.openRequested'].mock.invocationCallOrder[0]);
    expect(document.title).toBe('Bäckerei Schmidt – VVT Desk');
  });

  it('"Save as …" with unsaved edits offers to save them first; cancel copies nothing', async () => {
    const { wrapper, fake } = await editActivityName();

    await click(wrapper, 'save-register-as');
    expect(wrapper.find('[role="alertdialog"]').text()).toContain('Speichern und fortfahren');
    await click(wrapper, 'confirm-cancel');
    expect(fake.api['register.saveAs']).not.toHaveBeenCalled();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohn- und Gehaltsabrechnung');

    await click(wrapper, 'save-register-as');
    await click(wrapper, 'confirm-ok');
    expect(fake.payloads('activities.save')).toHaveLength(1);
    expect(fake.payloads('register.saveAs')).toEqual([undefined]);
  });

  it('asks about an unsaved organisation form too', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'nav-organisation');
    await byTestId(wrapper, 'org-city').setValue('Hamburg');

    fake.menu('register.openRequested');
    await flushPromises();
    await click(wrapper, 'confirm-cancel');
    expect(fake.api['register.openRequested']).not.toHaveBeenCalled();
    expect(byTestId(wrapper, 'org-city').element).toHaveProperty('value', 'Hamburg');
  });

  it('opens at once when nothing is unsaved', async () => {
    const { wrapper, fake } = await mountApp(handlers());

    fake.menu('register.openRequested');
    await flushPromises();

    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(fake.api['register.openRequested']).toHaveBeenCalledTimes(1);
    expect(document.title).toBe('Bäckerei Schmidt – VVT Desk');
  });
});
