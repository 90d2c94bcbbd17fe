import type { Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';

export interface OrganisationDetails {
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  /** Value of the dpo-kind select: none, internal or external. */
  dpoKind?: 'none' | 'internal' | 'external';
  dpoName?: string;
  dpoEmail?: string;
}

const FIELDS: Record<Exclude<keyof OrganisationDetails, 'dpoKind'>, string> = {
  name: 'org-name',
  street: 'org-street',
  postalCode: 'org-postal-code',
  city: 'org-city',
  email: 'org-email',
  phone: 'org-phone',
  dpoName: 'dpo-name',
  dpoEmail: 'dpo-email',
};

/** The controller's details (Art. 30(1)(a)). */
export class OrganisationPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('org-name').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  /** Fills the given fields (the DPO kind first, as it may reveal the DPO's fields). */
  async fill(details: OrganisationDetails): Promise<void> {
    if (details.dpoKind) await this.page.getByTestId('dpo-kind').selectOption(details.dpoKind);
    for (const [key, testId] of Object.entries(FIELDS)) {
      const value = details[key as keyof typeof FIELDS];
      if (value !== undefined) await this.page.getByTestId(testId).fill(value);
    }
  }

  async save(): Promise<void> {
    await this.page.getByTestId('org-save').click();
  }

  async value(field: keyof typeof FIELDS): Promise<string> {
    return this.page.getByTestId(FIELDS[field]).inputValue();
  }
}
