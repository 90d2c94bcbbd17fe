import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';

export interface PurposeInput {
  description: string;
  /** Catalogue code of the legal basis, e.g. "6-1-b" (the option value of purpose-legal-basis). */
  legalBasis?: string;
  legitimateInterest?: string;
}

export interface DataCategoryInput {
  label: string;
  /** Value of the data-category-special select. */
  special?: 'none' | 'art9' | 'art10';
}

export interface RetentionInput {
  amount: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
  trigger: string;
}

/**
 * The editor of one processing activity. List sections (purposes, data subjects, data
 * categories, retention rules) work the same way: "add" appends an entry, whose fields are
 * then the last ones of their kind.
 */
export class ActivityEditorPage {
  constructor(readonly page: Page) {}

  private last(testId: string): Locator {
    return this.page.getByTestId(testId).last();
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('activity-name').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  async fillBasics(values: { name?: string; reference?: string; description?: string; status?: string }): Promise<void> {
    if (values.name !== undefined) await this.field('activity-name').fill(values.name);
    if (values.reference !== undefined) await this.field('activity-reference').fill(values.reference);
    if (values.description !== undefined) await this.field('activity-description').fill(values.description);
    if (values.status !== undefined) await this.field('activity-status').selectOption(values.status);
  }

  async addPurpose(purpose: PurposeInput): Promise<void> {
    await this.addEntry('purpose-add', 'purpose-description');
    await this.last('purpose-description').fill(purpose.description);
    if (purpose.legalBasis) await this.last('purpose-legal-basis').selectOption(purpose.legalBasis);
    if (purpose.legitimateInterest) await this.last('purpose-legitimate-interest').fill(purpose.legitimateInterest);
  }

  async addDataSubject(label: string): Promise<void> {
    await this.addEntry('data-subject-add', 'data-subject-input');
    await this.last('data-subject-input').fill(label);
  }

  async addDataCategory(category: DataCategoryInput): Promise<void> {
    await this.addEntry('data-category-add', 'data-category-input');
    await this.last('data-category-input').fill(category.label);
    if (category.special) await this.last('data-category-special').selectOption(category.special);
  }

  async addRetention(rule: RetentionInput): Promise<void> {
    await this.addEntry('retention-add', 'retention-amount');
    await this.last('retention-amount').fill(String(rule.amount));
    await this.last('retention-unit').selectOption(rule.unit);
    await this.last('retention-trigger').fill(rule.trigger);
  }

  async save(): Promise<void> {
    await this.field('activity-save').click();
  }

  async cancel(): Promise<void> {
    await this.field('activity-cancel').click();
  }

  /** Clicks delete; the confirm dialog follows. */
  async delete(): Promise<void> {
    await this.field('activity-delete').click();
  }

  /** Clicks "add" and waits until one more entry field is there. */
  private async addEntry(addTestId: string, entryTestId: string): Promise<void> {
    const entries = this.page.getByTestId(entryTestId);
    const before = await entries.count();
    await this.field(addTestId).click();
    await entries.nth(before).waitFor({ timeout: UI_TIMEOUT });
  }
}
