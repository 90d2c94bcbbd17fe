import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT, waitForText } from '../support/wait';

export type ChecklistStatus = 'open' | 'done' | 'not_applicable';

export interface ChecklistInput {
  status?: ChecklistStatus;
  evidence?: string;
  date?: string;
  nextReview?: string;
}

export interface ContractInput {
  type?: 'avv' | 'scc' | 'joint_controller_arrangement' | 'other';
  signedOn?: string;
  validUntil?: string;
  nextReview?: string;
}

/** The navigation entries of the parties, channels and reminders sections, and the header counts. */
export class RegistryNav {
  constructor(readonly page: Page) {}

  async goToParties(): Promise<PartiesPage> {
    await this.page.getByTestId('nav-parties').click();
    return new PartiesPage(this.page).waitUntilShown();
  }

  async goToChannels(): Promise<ChannelsPage> {
    await this.page.getByTestId('nav-channels').click();
    return new ChannelsPage(this.page).waitUntilShown();
  }

  async goToReminders(): Promise<RemindersPage> {
    await this.page.getByTestId('nav-reminders').click();
    return new RemindersPage(this.page).waitUntilShown();
  }

  /** The number shown for a severity in the header (reminder-count-overdue / -soon / -info). */
  async headerCount(severity: 'overdue' | 'soon' | 'info'): Promise<number> {
    const badge = this.page.getByTestId(`reminder-count-${severity}`);
    await badge.waitFor({ timeout: UI_TIMEOUT });
    return Number(await badge.getAttribute('data-count'));
  }
}

/** The list of messaging channels with the one-click setup, the catalogue and the setup's decisions. */
export class ChannelsPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('channel-row');
  }

  get decisions(): Locator {
    return this.page.getByTestId('channel-decision');
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('channel-quick-whatsapp').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  /** "Add WhatsApp Business for customer support"; waits for the decisions left to the DPO. */
  async addWhatsAppBusiness(): Promise<void> {
    await this.page.getByTestId('channel-quick-whatsapp').click();
    await this.decisions.first().waitFor({ timeout: UI_TIMEOUT });
  }

  async open(name: string): Promise<ChannelEditorPage> {
    await waitForText(this.rows, name);
    await this.rows.filter({ hasText: name }).first().click();
    return new ChannelEditorPage(this.page).waitUntilShown();
  }
}

/** One channel: fields, the 15-item checklist, the provider link. */
export class ChannelEditorPage {
  constructor(readonly page: Page) {}

  get items(): Locator {
    return this.page.getByTestId('checklist-item');
  }

  item(code: string): Locator {
    return this.page.locator(`[data-testid="checklist-item"][data-item="${code}"]`);
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('channel-save').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  async codes(): Promise<string[]> {
    return this.items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item') ?? ''));
  }

  async setItem(code: string, input: ChecklistInput): Promise<void> {
    const row = this.item(code);
    if (input.status) await row.getByTestId('checklist-status').selectOption(input.status);
    if (input.evidence !== undefined) await row.getByTestId('checklist-evidence').fill(input.evidence);
    if (input.date !== undefined) await row.getByTestId('checklist-date').fill(input.date);
    if (input.nextReview !== undefined) await row.getByTestId('checklist-next-review').fill(input.nextReview);
  }

  async readItem(code: string): Promise<Required<ChecklistInput>> {
    const row = this.item(code);
    return {
      status: (await row.getByTestId('checklist-status').inputValue()) as ChecklistStatus,
      evidence: await row.getByTestId('checklist-evidence').inputValue(),
      date: await row.getByTestId('checklist-date').inputValue(),
      nextReview: await row.getByTestId('checklist-next-review').inputValue(),
    };
  }

  async save(): Promise<void> {
    await this.page.getByTestId('channel-save').click();
  }

  async openProvider(): Promise<PartyEditorPage> {
    await this.page.getByTestId('channel-open-provider').click();
    return new PartyEditorPage(this.page).waitUntilShown();
  }
}

/** The list of external parties. */
export class PartiesPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('party-row');
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('party-new').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  async open(name: string): Promise<PartyEditorPage> {
    await waitForText(this.rows, name);
    await this.rows.filter({ hasText: name }).first().click();
    return new PartyEditorPage(this.page).waitUntilShown();
  }
}

/** One external party with its contracts; contract fields are addressed by the contract's position. */
export class PartyEditorPage {
  constructor(readonly page: Page) {}

  contract(index = 0): Locator {
    return this.page.getByTestId('contract').nth(index);
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('party-save').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  async fillContract(input: ContractInput, index = 0): Promise<void> {
    const contract = this.contract(index);
    if (input.type) await contract.getByTestId('contract-type').selectOption(input.type);
    if (input.signedOn !== undefined) await contract.getByTestId('contract-signed-on').fill(input.signedOn);
    if (input.validUntil !== undefined) await contract.getByTestId('contract-valid-until').fill(input.validUntil);
    if (input.nextReview !== undefined) await contract.getByTestId('contract-next-review').fill(input.nextReview);
  }

  async readContract(index = 0): Promise<Required<Omit<ContractInput, 'type'>> & { type: string }> {
    const contract = this.contract(index);
    return {
      type: await contract.getByTestId('contract-type').inputValue(),
      signedOn: await contract.getByTestId('contract-signed-on').inputValue(),
      validUntil: await contract.getByTestId('contract-valid-until').inputValue(),
      nextReview: await contract.getByTestId('contract-next-review').inputValue(),
    };
  }

  /** Ticks every Art. 28(3) clause of the contract. */
  async tickAllClauses(index = 0): Promise<void> {
    const clauses = this.contract(index).getByTestId('art28-clause');
    for (let i = 0; i < (await clauses.count()); i++) await clauses.nth(i).check();
  }

  /** The ids (checkbox values) of the ticked clauses. */
  async tickedClauses(index = 0): Promise<string[]> {
    return this.contract(index)
      .getByTestId('art28-clause')
      .evaluateAll((boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).map((box) => (box as HTMLInputElement).value));
  }

  /** "Attach PDF": the test must have queued `dialogs.nextFileToOpen`; waits until the file name shows. */
  async attachPdf(fileName: string, index = 0): Promise<void> {
    await this.contract(index).getByTestId('contract-attach-pdf').click();
    await waitForText(this.contract(index).getByTestId('contract-attachment'), fileName);
  }

  /** "Save copy": the test must have queued `dialogs.nextSavePath`. */
  async exportPdf(index = 0): Promise<void> {
    await this.contract(index).getByTestId('contract-export-pdf').click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('party-save').click();
  }
}

/** Deadlines and reminders, grouped by severity and kind. */
export class RemindersPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<this> {
    await this.page.locator('#reminders-heading').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  item(kind: string, severity: string): Locator {
    return this.page.locator(`[data-testid="reminder-item"][data-kind="${kind}"][data-severity="${severity}"]`);
  }
}
