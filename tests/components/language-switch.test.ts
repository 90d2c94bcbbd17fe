import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { byTestId, click, makeSettings, mountApp, openRegisterHandlers } from './support/app';

describe('language switch', () => {
  it('shows English labels at once and persists the choice', async () => {
    const { wrapper, fake } = await mountApp(openRegisterHandlers());
    expect(byTestId(wrapper, 'nav-activities').text()).toBe('Verarbeitungstätigkeiten');
    expect(byTestId(wrapper, 'activity-new').text()).toBe('Neue Verarbeitungstätigkeit');

    await byTestId(wrapper, 'language-select').setValue('en');
    await flushPromises();

    expect(byTestId(wrapper, 'nav-activities').text()).toBe('Processing activities');
    expect(byTestId(wrapper, 'nav-organisation').text()).toBe('Organisation');
    expect(byTestId(wrapper, 'activity-new').text()).toBe('New processing activity');
    expect(byTestId(wrapper, 'close-register').text()).toBe('Close register');
    expect(document.documentElement.lang).toBe('en');
    expect(fake.payloads('settings.update')).toEqual([{ language: 'en' }]);
    // The PDF language follows the UI until chosen separately.
    expect(byTestId(wrapper, 'export-language').element).toHaveProperty('value', 'en');
  });

  it('starts in the language stored in the settings, also on the start screen', async () => {
    const handlers = openRegisterHandlers([], makeSettings({ language: 'en' }));
    handlers['register.current'] = () => null;
    const { wrapper } = await mountApp(handlers);

    expect(byTestId(wrapper, 'start-open-register').text()).toBe('Open register …');
    expect(byTestId(wrapper, 'language-select').element).toHaveProperty('value', 'en');

    await byTestId(wrapper, 'language-select').setValue('de');
    await flushPromises();
    expect(byTestId(wrapper, 'start-open-register').text()).toBe('Verzeichnis öffnen …');
  });

  it('translates field errors into the current language', async () => {
    const { wrapper } = await mountApp(openRegisterHandlers());
    await click(wrapper, 'activity-new');
    await click(wrapper, 'activity-save');
    expect(byTestId(wrapper, 'field-error').text()).toBe('Bitte ausfüllen.');

    await byTestId(wrapper, 'language-select').setValue('en');
    await flushPromises();

    expect(byTestId(wrapper, 'field-error').text()).toBe('Please fill in.');
    expect(byTestId(wrapper, 'error-message').text()).toContain('The input is incomplete or invalid.');
  });
});
