import { expect } from 'vitest';
import type { PdfTextContent } from '../support/pdf-text';

/** Compares ignoring whitespace: a value wrapped over several lines must still be found. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** Fails with the list of values that do not occur in the text. */
export function expectAllIn(text: string, values: string[]): void {
  const haystack = squash(text);
  expect(values.filter((value) => !haystack.includes(squash(value)))).toEqual([]);
}

/** 1-based number of the page whose first line is the given heading. */
export function pageOf(pdf: PdfTextContent, heading: string): number {
  const index = pdf.pages.findIndex((page) => page.split('\n')[0] === heading);
  expect(index, `no page starts with "${heading}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
