import type { Locator } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';
import { ActivityEditorPage } from './activity-editor-page';

export type EditorSectionKey =
  | 'basics'
  | 'owner'
  | 'purposes'
  | 'dataSubjects'
  | 'dataCategories'
  | 'source'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'toms'
  | 'dpia'
  | 'transparency';

export interface OwnerInput {
  department?: string;
  contactName?: string;
  contactEmail?: string;
  /** YYYY-MM-DD */
  lastReview?: string;
  nextReview?: string;
}

export interface RecipientInput {
  label: string;
  /** RecipientKind; left as the catalogue sets it when omitted. */
  kind?: string;
  partyId?: string;
}

export interface TransferInput {
  country: string;
  recipient?: string;
  partyId?: string;
  mechanism: string;
  sccModule?: string;
  dpfCheckedOn?: string;
  safeguards?: string;
  tiaNote?: string;
}

export interface DpiaInput {
  criteria: string[];
  mandatoryList?: boolean;
  decision?: 'undecided' | 'required' | 'not_required';
  reason?: string;
  performed?: boolean;
  performedOn?: string;
  reference?: string;
}

/**
 * The activity editor's sections beyond the basics (ActivityEditorPage): section navigation,
 * ownership and review, source, recipients, transfers, retention presets, TOMs, DPIA,
 * transparency, status workflow, findings and "save as template". Entries are added at the
 * end of their list, so "last" is the one just added.
 */
export class ActivityFieldsPage extends ActivityEditorPage {
  get findings(): Locator {
    return this.field('finding');
  }

  /** Uses the in-page navigation, as a keyboard or mouse user would. */
  async goToSection(section: EditorSectionKey): Promise<void> {
    await this.field('activity-section-nav').locator(`[data-section="${section}"]`).click();
  }

  /** Values of the checked checkboxes with this test id (tom-measure, dpia-criterion …). */
  async checkedValues(testId: string): Promise<string[]> {
    return this.page.locator(`[data-testid="${testId}"]:checked`).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  }

  async setOwner(owner: OwnerInput): Promise<void> {
    await this.goToSection('owner');
    if (owner.department !== undefined) await this.field('owner-department').fill(owner.department);
    if (owner.contactName !== undefined) await this.field('owner-contact-name').fill(owner.contactName);
    if (owner.contactEmail !== undefined) await this.field('owner-contact-email').fill(owner.contactEmail);
    if (owner.lastReview !== undefined) await this.field('review-last').fill(owner.lastReview);
    if (owner.nextReview !== undefined) await this.field('review-next').fill(owner.nextReview);
  }

  /** Adds a legal basis to the last purpose (select purpose-legal-basis-additional). */
  async addLegalBasisToLastPurpose(code: string, note?: string): Promise<void> {
    await this.field('purpose-add-legal-basis').last().click();
    await this.field('purpose-legal-basis-additional').last().selectOption(code);
    if (note !== undefined) await this.field('purpose-legal-basis-note').last().fill(note);
  }

  async setSource(source: { fromDataSubject: boolean; otherSources?: string; publiclyAccessible?: boolean }): Promise<void> {
    await this.goToSection('source');
    await this.field('source-from-subject').setChecked(source.fromDataSubject);
    if (source.otherSources !== undefined) await this.field('source-other').fill(source.otherSources);
    if (source.publiclyAccessible !== undefined) await this.field('source-public').setChecked(source.publiclyAccessible);
  }

  async addRecipient(recipient: RecipientInput): Promise<void> {
    await this.addRow('recipient-add', 'recipient-label');
    await this.field('recipient-label').last().fill(recipient.label);
    if (recipient.kind) await this.field('recipient-kind').last().selectOption(recipient.kind);
    if (recipient.partyId) await this.field('recipient-party').last().selectOption(recipient.partyId);
  }

  async setJointControllers(partyIds: string[]): Promise<void> {
    for (const id of partyIds) await this.page.locator(`[data-testid="joint-controller"][value="${id}"]`).check();
  }

  async addTransfer(transfer: TransferInput): Promise<void> {
    await this.addRow('transfer-add', 'transfer-country');
    await this.field('transfer-country').last().selectOption(transfer.country);
    if (transfer.recipient !== undefined) await this.field('transfer-recipient').last().fill(transfer.recipient);
    if (transfer.partyId) await this.field('transfer-party').last().selectOption(transfer.partyId);
    await this.field('transfer-mechanism').last().selectOption(transfer.mechanism);
    if (transfer.sccModule) await this.field('transfer-scc-module').last().selectOption(transfer.sccModule);
    if (transfer.dpfCheckedOn) await this.field('transfer-dpf-checked').last().fill(transfer.dpfCheckedOn);
    if (transfer.safeguards !== undefined) await this.field('transfer-safeguards').last().fill(transfer.safeguards);
    if (transfer.tiaNote !== undefined) await this.field('transfer-tia').last().fill(transfer.tiaNote);
  }

  /** Adds a retention rule from a preset and ticks the data categories it covers (by their labels). */
  async addRetentionFromPreset(presetId: string, categoryLabels: string[] = []): Promise<void> {
    await this.addRow('retention-add', 'retention-preset');
    await this.field('retention-preset').last().selectOption(presetId);
    // Every rule lists every category: the last checkbox with the label belongs to the new rule.
    for (const label of categoryLabels) {
      await this.field('retention-category').and(this.page.getByLabel(label, { exact: true })).last().check();
    }
  }

  async setToms(toms: { grouping?: string; measureIds: string[]; specific?: string; securityConcept?: string }): Promise<void> {
    await this.goToSection('toms');
    if (toms.grouping) await this.field('tom-grouping').selectOption(toms.grouping);
    for (const id of toms.measureIds) await this.page.locator(`[data-testid="tom-measure"][value="${id}"]`).check();
    if (toms.specific !== undefined) await this.field('tom-specific').fill(toms.specific);
    if (toms.securityConcept !== undefined) await this.field('tom-security-concept').fill(toms.securityConcept);
  }

  async setDpia(dpia: DpiaInput): Promise<void> {
    await this.goToSection('dpia');
    for (const id of dpia.criteria) await this.page.locator(`[data-testid="dpia-criterion"][value="${id}"]`).check();
    if (dpia.mandatoryList !== undefined) await this.field('dpia-mandatory-list').setChecked(dpia.mandatoryList);
    if (dpia.decision) await this.field('dpia-decision').selectOption(dpia.decision);
    if (dpia.reason !== undefined) await this.field('dpia-reason').fill(dpia.reason);
    if (dpia.performed !== undefined) await this.field('dpia-performed').setChecked(dpia.performed);
    if (dpia.performedOn !== undefined) await this.field('dpia-performed-on').fill(dpia.performedOn);
    if (dpia.reference !== undefined) await this.field('dpia-reference').fill(dpia.reference);
  }

  async setAutomatedDecision(automated: { exists: boolean; logic?: string; consequences?: string }): Promise<void> {
    await this.goToSection('transparency');
    await this.field('automated-exists').setChecked(automated.exists);
    if (automated.logic !== undefined) await this.field('automated-logic').fill(automated.logic);
    if (automated.consequences !== undefined) await this.field('automated-consequences').fill(automated.consequences);
  }

  async setProvision(provision: { kind: string; obliged?: boolean; consequences?: string }): Promise<void> {
    await this.goToSection('transparency');
    await this.field('provision-kind').selectOption(provision.kind);
    if (provision.obliged !== undefined) await this.field('provision-obliged').setChecked(provision.obliged);
    if (provision.consequences !== undefined) await this.field('provision-consequences').fill(provision.consequences);
  }

  /** Clicks the workflow button for `status` and waits until the editor shows it. */
  async changeStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="status-transition"][data-status="${status}"]`).click();
    await this.page.locator(`[data-testid="activity-status"][data-status="${status}"]`).waitFor({ timeout: UI_TIMEOUT });
  }

  async saveAsTemplate(name: string): Promise<void> {
    await this.field('save-as-template').click();
    await this.field('template-name').fill(name);
    await this.field('template-confirm').click();
    await this.field('save-as-template').waitFor({ timeout: UI_TIMEOUT });
  }

  private async addRow(addTestId: string, rowTestId: string): Promise<void> {
    const rows = this.field(rowTestId);
    const before = await rows.count();
    await this.field(addTestId).click();
    await rows.nth(before).waitFor({ timeout: UI_TIMEOUT });
  }
}
