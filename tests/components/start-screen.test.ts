import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/ipc/result';
import { REGISTER, allByTestId, byTestId, click, makeSettings, mountApp, openRegisterHandlers } from './support/app';
import type { FakeHandlers } from './support/fake-bridge';

const RECENTS = [
  { path: '/home/dpo/Kanzlei Weber.vvt', organisationName: 'Kanzlei Weber', openedAt: '2026-11-27T16:00:00.000Z' },
  { path: '/home/dpo/Bäckerei Schmidt.vvt', organisationName: 'Bäckerei Schmidt', openedAt: '2026-11-20T08:15:00.000Z' },
];

/** No register open yet; opening or creating one switches main's answers to an open register. */
function startHandlers(extra: FakeHandlers = {}): FakeHandlers {
  const settings = makeSettings({ recentRegisters: RECENTS });
  const open = openRegisterHandlers([], settings);
  let current: typeof REGISTER | null = null;
  return {
    ...open,
    'register.current': () => current,
    'register.openRecent': ({ path }) => (current = { ...REGISTER, path, fileName: path.split('/').pop()!, organisationName: 'Bäckerei Schmidt' }),
    'register.create': ({ organisationName }) => (current = { ...REGISTER, organisationName: organisationName ?? '' }),
    ...extra,
  };
}

describe('start screen', () => {
  it('lists the recent registers with organisation and path and reopens the one clicked', async () => {
    const { wrapper, fake } = await mountApp(startHandlers());

    const recents = allByTestId(wrapper, 'recent-register');
    expect(recents).toHaveLength(2);
    expect(recents[0].text()).toContain('Kanzlei Weber');
    expect(recents[0].text()).toContain('/home/dpo/Kanzlei Weber.vvt');
    expect(recents[1].text()).toContain('Bäckerei Schmidt');

    await recents[1].trigger('click');
    await new Promise((resolve) => setTimeout(resolve));

    expect(fake.payloads('register.openRecent')).toEqual([{ path: '/home/dpo/Bäckerei Schmidt.vvt' }]);
    expect(wrapper.find('[data-testid="recent-register"]').exists()).toBe(false);
    expect(byTestId(wrapper, 'nav-activities').exists()).toBe(true);
    expect(wrapper.find('.shell__organisation').text()).toBe('Bäckerei Schmidt');
    expect(byTestId(wrapper, 'status-message').text()).toContain('/home/dpo/Bäckerei Schmidt.vvt');
  });

  it('shows the reminder counts of each recent register, and when a file cannot be read', async () => {
    const severity = (overdue: number, soon: number) => ({ overdue, soon, info: 0 });
    const { wrapper } = await mountApp(
      startHandlers({
        'reminders.recentCounts': () => [
          { path: RECENTS[0].path, counts: { total: 3, bySeverity: severity(2, 1), byKind: {} as never } },
          { path: RECENTS[1].path, counts: null, error: 'file_not_found' },
        ],
      }),
    );
    await new Promise((resolve) => setTimeout(resolve));

    const badges = allByTestId(wrapper, 'recent-reminders');
    expect(badges).toHaveLength(2);
    expect(badges[0].attributes('data-overdue')).toBe('2');
    expect(badges[0].text()).toContain('2 überfällig');
    expect(badges[0].text()).toContain('1 bald fällig');
    expect(badges[1].text()).toContain('Fristen nicht lesbar');
  });

  it('saves the open register under a new name from the header and continues in the copy', async () => {
    const copy = { ...REGISTER, path: '/home/dpo/Kopie.vvt', fileName: 'Kopie.vvt', organisationName: 'Bäckerei Schmidt' };
    const { wrapper, fake } = await mountApp(startHandlers({ 'register.saveAs': () => copy }));
    await allByTestId(wrapper, 'recent-register')[1].trigger('click');
    await new Promise((resolve) => setTimeout(resolve));

    await click(wrapper, 'save-register-as');
    await new Promise((resolve) => setTimeout(resolve));

    expect(fake.payloads('register.saveAs')).toEqual([undefined]);
    expect(byTestId(wrapper, 'status-message').text()).toContain('/home/dpo/Kopie.vvt');
  });

  it('shows a missing recent file as an error and stays on the start screen', async () => {
    const { wrapper } = await mountApp(
      startHandlers({
        'register.openRecent': ({ path }) => {
          throw new AppError('file_not_found', 'gone', { path });
        },
      }),
    );

    await allByTestId(wrapper, 'recent-register')[0].trigger('click');
    await new Promise((resolve) => setTimeout(resolve));

    expect(byTestId(wrapper, 'error-message').text()).toBe('Die Datei /home/dpo/Kanzlei Weber.vvt wurde nicht gefunden.');
    expect(wrapper.find('[data-testid="nav-activities"]').exists()).toBe(false);
  });

  it('asks for the organisation name before creating a register, then opens the organisation form', async () => {
    const { wrapper, fake } = await mountApp(startHandlers());

    await click(wrapper, 'start-new-register');
    await click(wrapper, 'new-register-create');
    expect(fake.api['register.create']).not.toHaveBeenCalled();
    expect(byTestId(wrapper, 'field-error').text()).toBe('Bitte ausfüllen.');

    await byTestId(wrapper, 'new-register-name').setValue('  Neue Praxis GmbH ');
    await click(wrapper, 'new-register-create');

    expect(fake.payloads('register.create')).toEqual([{ organisationName: 'Neue Praxis GmbH' }]);
    expect(byTestId(wrapper, 'org-name').exists()).toBe(true);
  });

  it('stays on the start screen without a message when the save dialog is cancelled', async () => {
    const { wrapper, fake } = await mountApp(startHandlers({ 'register.create': () => null }));

    await click(wrapper, 'start-new-register');
    await byTestId(wrapper, 'new-register-name').setValue('Neue Praxis GmbH');
    await click(wrapper, 'new-register-create');

    expect(fake.api['register.create']).toHaveBeenCalledTimes(1);
    expect(byTestId(wrapper, 'new-register-name').exists()).toBe(true);
    expect(byTestId(wrapper, 'error-message').text()).toBe('');
    expect(byTestId(wrapper, 'status-message').text()).toBe('');
  });
});
