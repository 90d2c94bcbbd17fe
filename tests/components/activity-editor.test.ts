import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../domain/model/activity';
import type { FakeHandlers } from './support/fake-bridge';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';

/** The register as the editor and the list see it: no parties, channels, measures or findings yet. */
function registerHandlers(stored: Activity[] = []): FakeHandlers {
  return {
    ...openRegisterHandlers(stored),
    'activities.departments': () => [],
    'parties.list': () => [],
    'channels.list': () => [],
    'toms.list': () => [],
    'findings.list': () => [],
  };
}

function savedActivities(payloads: unknown[]): Activity[] {
  return payloads.map((payload) => (payload as { activity: Activity }).activity);
}

async function openNewActivity() {
  const app = await mountApp(registerHandlers());
  await click(app.wrapper, 'activity-new');
  return app;
}

/** A register with one stored activity ("Lohnabrechnung"), opened in the editor. */
async function openStoredActivity() {
  const app = await mountApp(registerHandlers([makeActivity()]));
  await byTestId(app.wrapper, 'activity-row').trigger('click');
  await flushPromises();
  return app;
}

describe('activity editor', () => {
  it('adds a purpose with a legal basis and saves the whole activity', async () => {
    const { wrapper, fake } = await openNewActivity();

    await byTestId(wrapper, 'activity-name').setValue('Newsletter');
    await byTestId(wrapper, 'activity-reference').setValue('VT-007');
    await click(wrapper, 'purpose-add');
    expect(document.activeElement).toBe(byTestId(wrapper, 'purpose-description').element);
    await byTestId(wrapper, 'purpose-description').setValue('Versand des Newsletters');
    await byTestId(wrapper, 'purpose-legal-basis').setValue('6-1-a');
    await click(wrapper, 'data-subject-add');
    await byTestId(wrapper, 'data-subject-input').setValue('Abonnenten');
    await click(wrapper, 'data-category-add');
    await byTestId(wrapper, 'data-category-input').setValue('E-Mail-Adresse');
    await click(wrapper, 'retention-add');
    await byTestId(wrapper, 'retention-amount').setValue('3');
    await byTestId(wrapper, 'retention-unit').setValue('years');
    await byTestId(wrapper, 'retention-trigger').setValue('Widerruf der Einwilligung');
    await byTestId(wrapper, 'retention-category').setValue(true);

    await click(wrapper, 'activity-save');

    expect(fake.api['activities.save']).toHaveBeenCalledTimes(1);
    const [saved] = savedActivities(fake.payloads('activities.save'));
    expect(saved).toMatchObject({
      name: 'Newsletter',
      reference: 'VT-007',
      status: 'draft',
      version: 0,
      purposes: [{ description: 'Versand des Newsletters', legalBases: [{ code: '6-1-a', note: '' }] }],
      dataSubjectCategories: [{ label: 'Abonnenten' }],
      // The label is the catalogue's, so the entry keeps its catalogue id.
      dataCategories: [{ label: 'E-Mail-Adresse', catalogueId: 'email_address', special: 'none' }],
      retention: [{ periodAmount: 3, periodUnit: 'years', trigger: 'Widerruf der Einwilligung', action: 'delete' }],
    });
    expect(saved.retention[0].dataCategoryIds).toEqual([saved.dataCategories[0].id]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Verarbeitungstätigkeit „Newsletter“ wurde gespeichert.');
    // Saved: the editor now edits the stored activity, which can be deleted.
    expect(byTestId(wrapper, 'activity-delete').exists()).toBe(true);
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Alle Änderungen gespeichert');
  });

  it('asks for the legitimate interest only when Art. 6(1)(f) is chosen, and saves it', async () => {
    const { wrapper, fake } = await openNewActivity();
    await byTestId(wrapper, 'activity-name').setValue('Videoüberwachung');
    await click(wrapper, 'purpose-add');
    await byTestId(wrapper, 'purpose-description').setValue('Schutz vor Diebstahl');

    await byTestId(wrapper, 'purpose-legal-basis').setValue('6-1-b');
    expect(wrapper.find('[data-testid="purpose-legitimate-interest"]').exists()).toBe(false);
    await byTestId(wrapper, 'purpose-legal-basis').setValue('6-1-f');
    await byTestId(wrapper, 'purpose-legitimate-interest').setValue('Schutz des Eigentums');
    await click(wrapper, 'activity-save');

    const [saved] = savedActivities(fake.payloads('activities.save'));
    expect(saved.purposes[0]).toMatchObject({ legalBases: [{ code: '6-1-f', note: '' }], legitimateInterest: 'Schutz des Eigentums' });
  });

  it('requires a name: shows the error next to the field and does not save', async () => {
    const { wrapper, fake } = await openNewActivity();
    await byTestId(wrapper, 'activity-description').setValue('Ohne Namen');

    await click(wrapper, 'activity-save');

    expect(fake.api['activities.save']).not.toHaveBeenCalled();
    const name = byTestId(wrapper, 'activity-name');
    expect(name.attributes('aria-invalid')).toBe('true');
    const error = byTestId(wrapper, 'field-error');
    expect(error.text()).toBe('Bitte ausfüllen.');
    expect(name.attributes('aria-describedby')).toContain(error.attributes('id'));
    expect(document.activeElement).toBe(name.element);
    expect(byTestId(wrapper, 'error-message').text()).toContain('Die Eingaben sind unvollständig oder ungültig.');

    // The mark follows the correction.
    await name.setValue('Bewerbermanagement');
    expect(wrapper.find('[data-testid="field-error"]').exists()).toBe(false);
    expect(name.attributes('aria-invalid')).toBeUndefined();
    expect(byTestId(wrapper, 'error-message').text()).toBe('');
  });

  it('deletes only after the confirmation is accepted', async () => {
    const { wrapper, fake } = await openStoredActivity();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohnabrechnung');

    await click(wrapper, 'activity-delete');
    const dialog = wrapper.find('[role="alertdialog"]');
    expect(dialog.text()).toContain('„Lohnabrechnung“');
    expect(document.activeElement).toBe(byTestId(wrapper, 'confirm-cancel').element);
    await click(wrapper, 'confirm-cancel');
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(fake.api['activities.delete']).not.toHaveBeenCalled();

    await click(wrapper, 'activity-delete');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flushPromises();
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(fake.api['activities.delete']).not.toHaveBeenCalled();

    await click(wrapper, 'activity-delete');
    await click(wrapper, 'confirm-ok');

    expect(fake.payloads('activities.delete')).toEqual([{ id: 'act-payroll' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Verarbeitungstätigkeit „Lohnabrechnung“ wurde gelöscht.');
    expect(wrapper.find('[data-testid="activity-name"]').exists()).toBe(false);
    expect(allByTestId(wrapper, 'activity-row')).toHaveLength(0);
  });

  it('protects unsaved changes when leaving the editor', async () => {
    const { wrapper } = await openStoredActivity();
    await byTestId(wrapper, 'activity-name').setValue('Lohn- und Gehaltsabrechnung');

    await click(wrapper, 'nav-organisation');
    const dialog = wrapper.find('[role="alertdialog"]');
    expect(dialog.text()).toContain('Ungespeicherte Änderungen');
    expect(dialog.findAll('button').map((button) => button.text())).toEqual(['Weiter bearbeiten', 'Änderungen verwerfen', 'Speichern und fortfahren']);
    await click(wrapper, 'confirm-cancel');
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohn- und Gehaltsabrechnung');

    await click(wrapper, 'activity-cancel');
    await click(wrapper, 'confirm-alternative');
    expect(wrapper.find('[data-testid="activity-name"]').exists()).toBe(false);
    expect(byTestId(wrapper, 'activity-row').text()).toContain('Lohnabrechnung');
  });

  it('"save and continue" saves the edits, then leaves', async () => {
    const { wrapper, fake } = await openStoredActivity();
    await byTestId(wrapper, 'activity-name').setValue('Lohn- und Gehaltsabrechnung');

    await click(wrapper, 'activity-cancel');
    await click(wrapper, 'confirm-ok');

    expect(savedActivities(fake.payloads('activities.save')).map((activity) => activity.name)).toEqual(['Lohn- und Gehaltsabrechnung']);
    expect(wrapper.find('[data-testid="activity-name"]').exists()).toBe(false);
    expect(byTestId(wrapper, 'activity-row').text()).toContain('Lohn- und Gehaltsabrechnung');
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Verarbeitungstätigkeit „Lohn- und Gehaltsabrechnung“ wurde gespeichert.');
  });

  it('"save and continue" stays in the editor when the edits cannot be saved, and says why at the field', async () => {
    const { wrapper, fake } = await openStoredActivity();
    await byTestId(wrapper, 'activity-name').setValue('');

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flushPromises();
    await click(wrapper, 'confirm-ok');

    expect(fake.api['activities.save']).not.toHaveBeenCalled();
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    const name = byTestId(wrapper, 'activity-name');
    expect(name.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name.element);
    expect(byTestId(wrapper, 'error-message').text()).toContain('Die Eingaben sind unvollständig oder ungültig.');
  });

  it('leaves an unchanged activity without asking', async () => {
    const { wrapper } = await openStoredActivity();

    await click(wrapper, 'activity-cancel');

    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(byTestId(wrapper, 'activity-row').exists()).toBe(true);
  });
});
