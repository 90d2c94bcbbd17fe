import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/ipc/result';
import type { Organisation } from '../../domain/model/organisation';
import { byTestId, click, mountApp, openRegisterHandlers } from './support/app';

async function openOrganisationForm() {
  const app = await mountApp(openRegisterHandlers());
  await click(app.wrapper, 'nav-organisation');
  return app;
}

function savedOrganisations(payloads: unknown[]): Organisation[] {
  return payloads.map((payload) => (payload as { organisation: Organisation }).organisation);
}

describe('organisation form', () => {
  it('saves the edited values and reports success', async () => {
    const { wrapper, fake } = await openOrganisationForm();
    expect(byTestId(wrapper, 'org-name').element).toHaveProperty('value', 'Muster GmbH');

    await byTestId(wrapper, 'org-name').setValue('Muster Logistik GmbH');
    await byTestId(wrapper, 'org-street').setValue('Hafenstraße 12');
    await byTestId(wrapper, 'org-postal-code').setValue('20457');
    await byTestId(wrapper, 'org-city').setValue('Hamburg');
    await byTestId(wrapper, 'org-country').setValue('DE');
    await byTestId(wrapper, 'org-email').setValue('datenschutz@muster-logistik.example');
    await byTestId(wrapper, 'org-phone').setValue('+49 40 123456');
    await byTestId(wrapper, 'dpo-kind').setValue('external');
    await byTestId(wrapper, 'dpo-name').setValue('Dr. Eva Berger');
    await byTestId(wrapper, 'dpo-email').setValue('eva.berger@berger-dsb.example');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Ungespeicherte Änderungen');

    await click(wrapper, 'org-save');

    const [saved] = savedOrganisations(fake.payloads('organisation.save'));
    expect(saved).toMatchObject({
      name: 'Muster Logistik GmbH',
      address: { street: 'Hafenstraße 12', postalCode: '20457', city: 'Hamburg', countryCode: 'DE' },
      email: 'datenschutz@muster-logistik.example',
      phone: '+49 40 123456',
      dpo: { kind: 'external', name: 'Dr. Eva Berger', email: 'eva.berger@berger-dsb.example' },
    });
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Angaben zur Organisation wurden gespeichert.');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Alle Änderungen gespeichert');
    expect(wrapper.find('.shell__organisation').text()).toBe('Muster Logistik GmbH');
  });

  it('saves with Ctrl+S and records legal representatives and the EU representative', async () => {
    const { wrapper, fake } = await openOrganisationForm();

    await click(wrapper, 'org-representative-add');
    await byTestId(wrapper, 'org-representative-name').setValue('Jana Muster');
    await byTestId(wrapper, 'org-representative-function').setValue('Geschäftsführerin');
    expect(wrapper.find('[data-testid="eu-representative-name"]').exists()).toBe(false);
    await byTestId(wrapper, 'eu-representative-toggle').setValue(true);
    await byTestId(wrapper, 'eu-representative-name').setValue('EU Rep Services B.V.');

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true }));
    await flushPromises();

    const [saved] = savedOrganisations(fake.payloads('organisation.save'));
    expect(saved.legalRepresentatives).toEqual([{ name: 'Jana Muster', function: 'Geschäftsführerin', email: '', phone: '' }]);
    expect(saved.hasEuRepresentative).toBe(true);
    expect(saved.euRepresentative.name).toBe('EU Rep Services B.V.');
  });

  it('does not call main when nothing changed', async () => {
    const { wrapper, fake } = await openOrganisationForm();

    await click(wrapper, 'org-save');

    expect(fake.api['organisation.save']).not.toHaveBeenCalled();
    expect(byTestId(wrapper, 'status-message').text()).toBe('Es gibt keine Änderungen zu speichern.');
  });

  it('shows validation issues from main next to the field', async () => {
    const handlers = openRegisterHandlers();
    handlers['organisation.save'] = () => {
      throw new AppError('validation', 'Invalid input', undefined, [{ path: 'organisation.address.city', code: 'too_big', message: 'Too big' }]);
    };
    const { wrapper } = await mountApp(handlers);
    await click(wrapper, 'nav-organisation');

    await byTestId(wrapper, 'org-city').setValue('Hamburg');
    await click(wrapper, 'org-save');

    const cityField = byTestId(wrapper, 'org-city');
    expect(cityField.attributes('aria-invalid')).toBe('true');
    const error = wrapper.find(`#${cityField.attributes('aria-describedby')}`);
    expect(error.attributes('data-testid')).toBe('field-error');
    expect(error.text()).toBe('Der Text ist zu lang.');
    expect(byTestId(wrapper, 'error-message').text()).toContain('Die Eingaben sind unvollständig oder ungültig.');
    expect(document.activeElement).toBe(cityField.element);
  });
});
