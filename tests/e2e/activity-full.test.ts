import { expect, test } from 'vitest';
import { translate } from '../../domain/i18n';
import type { UserTemplateSummary } from '../../domain/ipc/channels/templates';
import type { Activity } from '../../domain/model/activity';
import { PartySchema, type Party } from '../../domain/model/party';
import type { ActivityPage } from '../../domain/model/register';
import type { TomMeasure } from '../../domain/model/tom';
import { addYears, localIsoDate } from '../../domain/rules/status-workflow';
import { ActivityFieldsPage } from './pages/activity-fields-page';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';
import { UI_TIMEOUT, waitForText, waitForValue } from './support/wait';

const ORGANISATION = 'Praxisklinik Am Park GmbH';
const NAME = 'Patientenverwaltung';
const TODAY = localIsoDate();
const LAST_REVIEW = addYears(TODAY, -1);
const NEXT_REVIEW = addYears(TODAY, 1);

const V = {
  reference: 'VT-017',
  description: 'Aufnahme, Behandlung und Abrechnung der Patientinnen und Patienten',
  department: 'Patientenaufnahme',
  contactName: 'Dr. Jana Weber',
  contactEmail: 'j.weber@klinik.example',
  purposeTreatment: 'Durchführung der Behandlung',
  purposeBilling: 'Abrechnung mit den Kostenträgern',
  purposeNewsletter: 'Versand des Gesundheits-Newsletters',
  purposeVideo: 'Videoüberwachung des Eingangs',
  billingNote: '§ 301 SGB V',
  treatmentNote: '§ 22 Abs. 1 Nr. 1 lit. b BDSG',
  consentRecord: 'Double-Opt-in mit Protokoll im Newsletter-System',
  interest: 'Schutz von Personal und Eigentum vor Übergriffen',
  subjects: ['Patientinnen und Patienten', 'Beschäftigte'],
  health: 'Gesundheitsdaten',
  contact: 'Kontaktdaten',
  otherSources: 'Zuweisende Ärztinnen und Ärzte',
  hosting: 'Hosting-Anbieter',
  insurer: 'Gesetzliche Krankenkassen',
  transferRecipient: 'Cloud Services Inc.',
  tia: 'TIA vom Frühjahr, Ablage DS-Ordner 4',
  tomSpecific: 'Verschlüsselung der Befundfelder in der Datenbank',
  securityConcept: 'Sicherheitskonzept Klinik-IT, Version 3.2',
  dpiaReason: 'Gesundheitsdaten schutzbedürftiger Personen in großem Umfang',
  dpiaReference: 'DSFA Patientenverwaltung, Version 1.0',
  automatedLogic: 'Priorisierung der Terminvergabe nach Dringlichkeitsangaben',
  automatedConsequences: 'Frühere oder spätere Termine',
  provisionConsequences: 'Ohne die Angaben ist keine Behandlung möglich.',
};

describeE2e('activity editor: every Art. 30(1) field, through restart', () => {
  const app = useApp();

  test('a DPO fills every field of one activity, restarts, and finds every value intact', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('klinik.vvt');
    let shell = await new StartPage(vvt.page).createRegister(ORGANISATION);

    // The register's own data the activity links to: TOM catalogue and two external parties.
    await vvt.invoke('toms.importCatalogue', { catalogueIds: ['physical_access_system', 'multi_factor_authentication', 'firewall'], language: 'de' });
    const measures = await vvt.invoke<TomMeasure[]>('toms.list');
    const measureId = (catalogueId: string) => measures.find((measure) => measure.catalogueId === catalogueId)!.id;
    const chosenMeasures = [measureId('physical_access_system'), measureId('multi_factor_authentication')];
    const provider = await vvt.invoke<Party>('parties.save', {
      party: PartySchema.parse({ id: 'party-cloud', name: V.transferRecipient, roles: ['processor'], countryCode: 'US', dpfCertified: true, dpfCheckedOn: TODAY }),
    });
    const partner = await vvt.invoke<Party>('parties.save', {
      party: PartySchema.parse({ id: 'party-mvz', name: 'MVZ Radiologie', roles: ['joint_controller'], countryCode: 'DE' }),
    });

    const list = await shell.goToActivities();
    await list.newActivity();
    let editor = new ActivityFieldsPage(vvt.page);
    await editor.fillBasics({ name: NAME, reference: V.reference, description: V.description });
    await editor.setOwner({ department: V.department, contactName: V.contactName, contactEmail: V.contactEmail, lastReview: LAST_REVIEW, nextReview: NEXT_REVIEW });

    // (b) purposes with their legal bases, including what 6-1-a, 6-1-c and 6-1-f ask for.
    await editor.goToSection('purposes');
    await editor.addPurpose({ description: V.purposeTreatment, legalBasis: '6-1-b' });
    await editor.addLegalBasisToLastPurpose('9-2-h', V.treatmentNote);
    await editor.addPurpose({ description: V.purposeBilling, legalBasis: '6-1-c' });
    await editor.field('purpose-legal-basis-note').last().fill(V.billingNote);
    await editor.addPurpose({ description: V.purposeNewsletter, legalBasis: '6-1-a' });
    await editor.field('purpose-consent-record').last().fill(V.consentRecord);
    await editor.addPurpose({ description: V.purposeVideo, legalBasis: '6-1-f', legitimateInterest: V.interest });

    // (c) data subjects and data categories; the catalogue marks health data as Art. 9.
    for (const subject of V.subjects) await editor.addDataSubject(subject);
    await editor.addDataCategory({ label: V.health });
    await waitForValue(editor.field('data-category-special').last(), 'art9');
    await editor.addDataCategory({ label: V.contact });
    await editor.setSource({ fromDataSubject: false, otherSources: V.otherSources, publiclyAccessible: false });
    await editor.field('source-art14-hint').waitFor({ timeout: UI_TIMEOUT });

    // (d) recipients, joint controller; (e) a US transfer under the DPF with the check date.
    await editor.goToSection('recipients');
    await editor.addRecipient({ label: V.hosting, partyId: provider.id });
    await waitForValue(editor.field('recipient-kind').last(), 'processor');
    await editor.addRecipient({ label: V.insurer, kind: 'controller' });
    await editor.setJointControllers([partner.id]);
    await editor.goToSection('transfers');
    await editor.addTransfer({ country: 'US', recipient: V.transferRecipient, partyId: provider.id, mechanism: 'dpf', dpfCheckedOn: TODAY, tiaNote: V.tia });
    await waitForText(editor.field('transfer-adequacy'), 'Data Privacy Framework');
    expect(await editor.field('transfer-finding').count()).toBe(0);

    // (f) erasure period from a preset, (g) TOMs, DPIA, transparency details.
    await editor.goToSection('retention');
    await editor.addRetentionFromPreset('patient_records', [V.health]);
    await waitForValue(editor.field('retention-amount').last(), '10');
    await editor.setToms({ grouping: 'control_area', measureIds: chosenMeasures, specific: V.tomSpecific, securityConcept: V.securityConcept });
    // Criteria 4 (health data) and 7 (patients) follow from the register: ticked and locked.
    await editor.goToSection('dpia');
    for (const derived of ['sensitive_data', 'vulnerable_subjects']) {
      const box = vvt.page.locator(`[data-testid="dpia-criterion"][value="${derived}"]`);
      expect(await box.isChecked()).toBe(true);
      expect(await box.isDisabled()).toBe(true);
    }
    await editor.setDpia({ criteria: ['large_scale'], decision: 'required', reason: V.dpiaReason, performed: true, performedOn: TODAY, reference: V.dpiaReference });
    await waitForText(editor.field('dpia-consequence'), 'DSFA in der Regel erforderlich');
    await editor.setAutomatedDecision({ exists: true, logic: V.automatedLogic, consequences: V.automatedConsequences });
    await editor.setProvision({ kind: 'contractual', obliged: true, consequences: V.provisionConsequences });

    await editor.save();
    await shell.waitForStatus(translate('de', 'activity.saved', { name: NAME }));
    const id = (await vvt.invoke<ActivityPage>('activities.list', {})).items.find((item) => item.name === NAME)!.id;

    // Findings of the saved activity: the processor has no AVV yet; the finding leads to the field.
    const avvFinding = editor.findings.and(vvt.page.locator('[data-rule="processor.no-avv"]'));
    await avvFinding.waitFor({ timeout: UI_TIMEOUT });
    await avvFinding.getByRole('button').click();
    await expect.poll(() => vvt.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: UI_TIMEOUT }).toBe('recipient-label');

    // Status workflow and "save as template" work on the saved version.
    await editor.changeStatus('in_review');
    await editor.saveAsTemplate('Patientenverwaltung (Muster)');
    await shell.waitForStatus(translate('de', 'activityFields.template.saved', { name: 'Patientenverwaltung (Muster)' }));
    const templates = await vvt.invoke<UserTemplateSummary[]>('templates.listUser');
    expect(templates.map((template) => template.name)).toContain('Patientenverwaltung (Muster)');

    // Restart: the register comes back through the recent list, the activity with every value.
    await vvt.restart();
    shell = await new StartPage(vvt.page).openRecent(ORGANISATION);
    await (await shell.goToActivities()).open(NAME);
    editor = new ActivityFieldsPage(vvt.page);

    const values = async (testId: string) => editor.field(testId).evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
    await waitForValue(editor.field('activity-reference'), V.reference);
    await waitForValue(editor.field('activity-description'), V.description);
    expect(await editor.field('activity-status').getAttribute('data-status')).toBe('in_review');
    await waitForValue(editor.field('owner-department'), V.department);
    await waitForValue(editor.field('owner-contact-name'), V.contactName);
    await waitForValue(editor.field('owner-contact-email'), V.contactEmail);
    await waitForValue(editor.field('review-last'), LAST_REVIEW);
    await waitForValue(editor.field('review-next'), NEXT_REVIEW);
    expect(await values('purpose-description')).toEqual([V.purposeTreatment, V.purposeBilling, V.purposeNewsletter, V.purposeVideo]);
    expect(await values('purpose-legal-basis')).toEqual(['6-1-b', '6-1-c', '6-1-a', '6-1-f']);
    expect(await values('purpose-legal-basis-additional')).toEqual(['9-2-h']);
    expect(await values('purpose-legal-basis-note')).toEqual([V.treatmentNote, V.billingNote]);
    expect(await values('purpose-consent-record')).toEqual([V.consentRecord]);
    expect(await values('purpose-legitimate-interest')).toEqual([V.interest]);
    expect(await values('data-subject-input')).toEqual(V.subjects);
    expect(await values('data-category-input')).toEqual([V.health, V.contact]);
    expect(await values('data-category-special')).toEqual(['art9', 'none']);
    expect(await editor.field('source-from-subject').isChecked()).toBe(false);
    await waitForValue(editor.field('source-other'), V.otherSources);
    expect(await values('recipient-label')).toEqual([V.hosting, V.insurer]);
    expect(await values('recipient-kind')).toEqual(['processor', 'controller']);
    expect(await values('recipient-party')).toEqual([provider.id, '']);
    expect(await editor.checkedValues('joint-controller')).toEqual([partner.id]);
    expect(await values('transfer-country')).toEqual(['US']);
    expect(await values('transfer-recipient')).toEqual([V.transferRecipient]);
    expect(await values('transfer-mechanism')).toEqual(['dpf']);
    expect(await values('transfer-dpf-checked')).toEqual([TODAY]);
    expect(await values('transfer-tia')).toEqual([V.tia]);
    expect(await values('retention-preset')).toEqual(['patient_records']);
    expect(await values('retention-amount')).toEqual(['10']);
    expect(await editor.checkedValues('retention-category')).toEqual(['on']);
    expect((await editor.checkedValues('tom-measure')).sort()).toEqual([...chosenMeasures].sort());
    await waitForValue(editor.field('tom-specific'), V.tomSpecific);
    await waitForValue(editor.field('tom-security-concept'), V.securityConcept);
    expect(await editor.checkedValues('dpia-criterion')).toEqual(['sensitive_data', 'large_scale', 'vulnerable_subjects']);
    await waitForValue(editor.field('dpia-decision'), 'required');
    await waitForValue(editor.field('dpia-reason'), V.dpiaReason);
    await waitForValue(editor.field('dpia-performed-on'), TODAY);
    await waitForValue(editor.field('dpia-reference'), V.dpiaReference);
    expect(await editor.field('automated-exists').isChecked()).toBe(true);
    await waitForValue(editor.field('automated-logic'), V.automatedLogic);
    await waitForValue(editor.field('provision-kind'), 'contractual');
    expect(await editor.field('provision-obliged').isChecked()).toBe(true);
    await waitForValue(editor.field('provision-consequences'), V.provisionConsequences);
    await waitForText(editor.field('unsaved-indicator'), translate('de', 'app.form.allSaved'));

    // The same through the services.
    const stored = await vvt.invoke<Activity>('activities.get', { id });
    const health = stored.dataCategories.find((category) => category.label === V.health)!;
    expect(stored).toMatchObject({
      name: NAME,
      reference: V.reference,
      description: V.description,
      status: 'in_review',
      owner: { department: V.department, contactName: V.contactName, contactEmail: V.contactEmail },
      lastReviewedOn: LAST_REVIEW,
      nextReviewOn: NEXT_REVIEW,
      purposes: [
        { description: V.purposeTreatment, legalBases: [{ code: '6-1-b' }, { code: '9-2-h', note: V.treatmentNote }] },
        { description: V.purposeBilling, legalBases: [{ code: '6-1-c', note: V.billingNote }] },
        { description: V.purposeNewsletter, legalBases: [{ code: '6-1-a' }], consentRecord: V.consentRecord },
        { description: V.purposeVideo, legalBases: [{ code: '6-1-f' }], legitimateInterest: V.interest },
      ],
      dataSubjectCategories: [{ label: V.subjects[0] }, { label: V.subjects[1], catalogueId: 'employees' }],
      dataCategories: [
        { label: V.health, catalogueId: 'health_data', special: 'art9' },
        { label: V.contact, special: 'none' },
      ],
      dataSource: { fromDataSubject: false, otherSources: V.otherSources, publiclyAccessible: false },
      recipients: [
        { label: V.hosting, catalogueId: 'hosting_provider', kind: 'processor', partyId: provider.id },
        { label: V.insurer, kind: 'controller', partyId: '' },
      ],
      jointControllerPartyIds: [partner.id],
      transfers: [{ countryCode: 'US', recipient: V.transferRecipient, partyId: provider.id, mechanism: 'dpf', dpfCheckedOn: TODAY, tiaNote: V.tia }],
      retention: [{ presetId: 'patient_records', periodAmount: 10, periodUnit: 'years', kind: 'statutory', dataCategoryIds: [health.id] }],
      toms: { specific: V.tomSpecific, securityConceptRef: V.securityConcept },
      dpia: { criteria: ['large_scale'], decision: 'required', reason: V.dpiaReason, performed: true, performedOn: TODAY, reference: V.dpiaReference },
      automatedDecision: { exists: true, logic: V.automatedLogic, consequences: V.automatedConsequences },
      provision: { kind: 'contractual', obliged: true, consequences: V.provisionConsequences },
    });
    expect([...stored.toms.measureIds].sort()).toEqual([...chosenMeasures].sort());
    expect(stored.createdAt).not.toBe('');
    expect(stored.updatedAt).not.toBe('');
  });
});
