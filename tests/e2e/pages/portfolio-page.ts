import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { UI_TIMEOUT } from '../support/wait';

/** The client portfolio: folders, the client table, deadlines, search and cross-client updates. */
export class PortfolioPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('portfolio-row');
  }

  get problems(): Locator {
    return this.page.getByTestId('portfolio-problem');
  }

  row(organisation: string): Locator {
    return this.rows.filter({ hasText: organisation });
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('portfolio-folder-input').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  async addFolder(path: string): Promise<void> {
    await this.page.getByTestId('portfolio-folder-input').fill(path);
    await this.page.getByTestId('portfolio-folder-add').click();
  }

  async expectRows(count: number): Promise<void> {
    await expect.poll(() => this.rows.count(), { timeout: UI_TIMEOUT, message: 'portfolio rows' }).toBe(count);
  }

  async filter(value: string): Promise<void> {
    await this.page.getByTestId('portfolio-filter').selectOption(value);
  }

  async open(organisation: string): Promise<void> {
    await this.row(organisation).getByTestId('portfolio-open').click();
  }

  async tab(name: 'clients' | 'due' | 'search' | 'update'): Promise<void> {
    await this.page.getByTestId(`portfolio-tab-${name}`).click();
  }
}
