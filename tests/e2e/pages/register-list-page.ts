import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';
import { UI_TIMEOUT } from '../support/wait';

export type YesNo = '' | 'yes' | 'no';

/**
 * The virtualised activity list with its filters, sort headers and row actions. Only the rows
 * in view exist in the DOM; `names()` reads those.
 */
export class RegisterListPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('activity-row');
  }

  get grid(): Locator {
    return this.page.getByRole('grid');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('.activity-grid__name', { hasText: name }) }).first();
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('activity-new').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  /** Names of the rows in the DOM, in list order. */
  names(): Promise<string[]> {
    return this.page.locator('[data-testid="activity-row"] .activity-grid__name').allTextContents();
  }

  /** The total the list reports (data-count of the result count). */
  async count(): Promise<number> {
    return Number(await this.page.getByTestId('activity-count').getAttribute('data-count'));
  }

  async expectNames(names: string[]): Promise<void> {
    await expect.poll(() => this.names(), { timeout: UI_TIMEOUT, message: 'names in the activity list' }).toEqual(names);
  }

  async expectCount(count: number): Promise<void> {
    await expect.poll(() => this.count(), { timeout: UI_TIMEOUT, message: 'activity count' }).toBe(count);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('activity-search').fill(text);
  }

  /** The select filters sit behind "Weitere Filter". */
  async openMoreFilters(): Promise<void> {
    const toggle = this.page.getByTestId('activity-filter-more');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async setStatus(status: string, checked: boolean): Promise<void> {
    await this.page.locator(`[data-testid="activity-filter-status"][value="${status}"]`).setChecked(checked);
  }

  async setDepartment(department: string): Promise<void> {
    await this.openMoreFilters();
    await this.page.getByTestId('activity-filter-department').selectOption(department);
  }

  async setLegalBasis(code: string): Promise<void> {
    await this.openMoreFilters();
    await this.page.getByTestId('activity-filter-legal-basis').selectOption(code);
  }

  async setSpecial(value: YesNo): Promise<void> {
    await this.openMoreFilters();
    await this.page.getByTestId('activity-filter-special').selectOption(value);
  }

  async setTransfer(value: YesNo): Promise<void> {
    await this.openMoreFilters();
    await this.page.getByTestId('activity-filter-transfer').selectOption(value);
  }

  async setReview(value: '' | 'today' | 'soon'): Promise<void> {
    await this.openMoreFilters();
    await this.page.getByTestId('activity-filter-review').selectOption(value);
  }

  async setIncludeArchived(checked: boolean): Promise<void> {
    await this.openMoreFilters();
    await this.page.getByTestId('activity-include-archived').setChecked(checked);
  }

  async resetFilters(): Promise<void> {
    await this.page.getByTestId('activity-filter-reset').click();
  }

  async sortBy(key: string): Promise<void> {
    await this.page.locator(`[data-testid="activity-sort"][data-sort="${key}"]`).click();
  }

  async duplicate(name: string): Promise<void> {
    await this.row(name).getByTestId('activity-duplicate').click();
  }

  async archive(name: string): Promise<void> {
    await this.row(name).getByTestId('activity-archive').click();
    await new ConfirmDialog(this.page).confirm();
  }

  /** Creates an activity from a shipped template through the picker. */
  async newFromTemplate(search: string, templateId: string): Promise<void> {
    await this.page.getByTestId('activity-new-from-template').click();
    await this.page.getByTestId('template-picker-search').fill(search);
    await this.page.locator(`[data-testid="template-option"][data-template-id="${templateId}"]`).click();
    await this.page.getByTestId('template-apply').click();
  }
}
