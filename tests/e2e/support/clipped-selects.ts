import type { Page } from 'playwright-core';

export interface ClippedSelect {
  /** data-testid, id or name of the select. */
  select: string;
  text: string;
  /** Width the select needs to show the text in full (px). */
  needed: number;
  /** Width it has (px). */
  width: number;
}

/**
 * The visible selects of the page whose chosen option (or, with `allOptions`, any option)
 * does not fit: a closed select cannot wrap, so a longer text is simply cut off. For each
 * text an invisible copy of the select (same classes, so same font, padding and arrow) is
 * laid out at its natural width with only that option; wider than the real one means cut.
 */
export function clippedSelects(page: Page, options: { allOptions?: boolean } = {}): Promise<ClippedSelect[]> {
  return page.evaluate((allOptions) => {
    const clipped: ClippedSelect[] = [];
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const width = select.getBoundingClientRect().width;
      if (width === 0 || !select.parentElement || select.closest('[hidden], [inert]')) continue;
      const texts = allOptions ? Array.from(select.options, (option) => option.text) : [select.selectedOptions[0]?.text ?? ''];
      for (const text of new Set(texts)) {
        const probe = select.cloneNode(false) as HTMLSelectElement;
        probe.removeAttribute('id');
        probe.removeAttribute('data-testid');
        probe.setAttribute('aria-hidden', 'true');
        probe.style.cssText += ';position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;';
        probe.append(new Option(text));
        select.parentElement.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        if (needed > width + 0.5) clipped.push({ select: select.dataset.testid || select.id || select.name || '?', text, needed: Math.ceil(needed), width: Math.floor(width) });
      }
    }
    return clipped;
  }, options.allOptions ?? false);
}
