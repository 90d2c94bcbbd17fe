import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import VirtualGrid from '../../src/components/VirtualGrid.vue';

const ROWS = 5_000;
const ROW_HEIGHT = 40;
/** happy-dom has no layout: the grid assumes this viewport height. */
const VIEWPORT = 400;

let wrapper: VueWrapper | null = null;

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  document.body.innerHTML = '';
});

function mountGrid() {
  wrapper = mount(VirtualGrid, {
    attachTo: document.body,
    props: { rowCount: ROWS, label: 'Activities', colCount: 1, idPrefix: 'row', rowHeight: ROW_HEIGHT, overscan: 3, fallbackHeight: VIEWPORT, rowTestid: 'row' },
    slots: {
      header: () => h('span', { role: 'columnheader' }, 'Name'),
      row: ({ index }: { index: number }) => h('span', { role: 'gridcell' }, `Activity ${index}`),
    },
  });
  return wrapper;
}

function grid(w: VueWrapper) {
  return w.get('[role="grid"]');
}

function renderedIndexes(w: VueWrapper): number[] {
  return w.findAll('[data-testid="row"]').map((row) => Number(row.attributes('data-index')));
}

async function press(w: VueWrapper, key: string): Promise<void> {
  await grid(w).trigger('keydown', { key });
}

describe('VirtualGrid', () => {
  it('renders only the rows in view (plus overscan) of 5,000 and tells assistive technology the full size', () => {
    const w = mountGrid();
    const indexes = renderedIndexes(w);

    // 400 px / 40 px = 10 rows in view, + 3 overscan below; none above at the top.
    expect(indexes).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(grid(w).attributes('aria-rowcount')).toBe(String(ROWS + 1));
    expect(w.get('[data-testid="row"]').attributes('aria-rowindex')).toBe('2');
    expect(w.get('.vgrid__body').attributes('style')).toContain(`height: ${ROWS * ROW_HEIGHT}px`);
    expect(w.emitted('range')?.at(-1)).toEqual([0, 13]);
  });

  it('moves the active row with the keyboard and keeps it rendered and announced', async () => {
    const w = mountGrid();
    expect(grid(w).attributes('aria-activedescendant')).toBeUndefined();

    await press(w, 'ArrowDown');
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-0');
    await press(w, 'ArrowDown');
    await press(w, 'ArrowDown');
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-2');
    await press(w, 'ArrowUp');
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-1');

    await press(w, 'End');
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-4999');
    const atEnd = renderedIndexes(w);
    expect(atEnd).toContain(4999);
    expect(atEnd.length).toBeLessThan(20);
    expect(w.get('#row-4999').classes()).toContain('vgrid__row--active');

    await press(w, 'PageUp');
    expect(grid(w).attributes('aria-activedescendant')).toBe(`row-${4999 - 9}`);
    await press(w, 'Home');
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-0');
    expect(renderedIndexes(w)[0]).toBe(0);
    await press(w, 'ArrowUp');
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-0');
  });

  it('activates the active row with Enter and toggles it with Space; a click activates too', async () => {
    const w = mountGrid();
    await press(w, 'ArrowDown');
    await press(w, 'ArrowDown');
    await press(w, 'Enter');
    await press(w, ' ');
    expect(w.emitted('activate')).toEqual([[1]]);
    expect(w.emitted('toggle')).toEqual([[1]]);

    await w.findAll('[data-testid="row"]')[5].trigger('click');
    expect(w.emitted('activate')?.at(-1)).toEqual([5]);
    expect(grid(w).attributes('aria-activedescendant')).toBe('row-5');
  });

  it('scrolls back to the top when asked to (a new query)', async () => {
    const w = mountGrid();
    await press(w, 'End');
    await w.setProps({ scrollReset: 1 });
    expect(renderedIndexes(w)[0]).toBe(0);
  });
});
