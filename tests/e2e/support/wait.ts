import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Default wait for UI conditions; generous because CI machines have two cores. */
export const UI_TIMEOUT = 15_000;

/** Waits until some element of `locator` is visible and contains `text`. */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = UI_TIMEOUT): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout });
}

/** Waits until no element of `locator` contains `text` any more (removed or hidden). */
export async function waitForNoText(locator: Locator, text: string | RegExp, timeout = UI_TIMEOUT): Promise<void> {
  const matching = locator.filter({ hasText: text });
  await expect.poll(() => matching.filter({ visible: true }).count(), { timeout, message: `still showing "${text}"` }).toBe(0);
}

/** Waits until an input, textarea or select holds `value`. */
export async function waitForValue(locator: Locator, value: string, timeout = UI_TIMEOUT): Promise<void> {
  await expect.poll(() => locator.inputValue(), { timeout, message: `value of ${locator}` }).toBe(value);
}
