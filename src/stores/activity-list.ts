import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import type { ActivityPage, ActivitySummary } from '../../domain/model/register';
import { call } from '../api';
import {
  buildActivityQuery,
  emptyFilters,
  type ActivityFilters,
  type ActivitySortKey,
} from './activity-query';
import { useMessagesStore } from './messages';
import { useWorkspaceStore } from './workspace';

export type { ActivitySortKey } from './activity-query';

/**
 * Rows per activities.list request. The list asks main for the pages the user scrolls to
 * (limit/offset) instead of the whole register: the first page of a 5,000-activity register
 * arrives in a few milliseconds, and only rows that were on screen are ever transferred.
 */
export const PAGE_SIZE = 100;

interface RowRange {
  start: number;
  end: number;
}

function pagesOf(range: RowRange): number[] {
  const first = Math.floor(range.start / PAGE_SIZE);
  const last = Math.floor(Math.max(range.start, range.end - 1) / PAGE_SIZE);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The activity list: filters, sort order, the loaded pages of the result and the selection.
 * A new query replaces the shown rows only when its answer arrives (no flicker), and answers
 * to superseded queries are dropped.
 */
export const useActivityListStore = defineStore('activityList', () => {
  const filters = reactive<ActivityFilters>(emptyFilters());
  const sort = ref<ActivitySortKey>('name');
  const descending = ref(false);
  const total = ref(0);
  const loading = ref(false);
  const loaded = ref(false);
  const departments = ref<string[]>([]);
  /** Ids of the activities ticked for "copy to another register". */
  const selection = reactive(new Set<string>());
  /** Increases when rows change; views read rows through itemAt(), which depends on it. */
  const revision = ref(0);
  /** Increases when a new query starts from the top, so the view scrolls back up. */
  const scrollResets = ref(0);
  const pages = shallowRef(new Map<number, ActivitySummary[]>());
  /** The row the editor was opened from: back in the list, the keyboard returns to it. */
  const returnTo = ref<{ id: string; index: number } | null>(null);
  const pending = new Set<number>();
  let generation = 0;
  let wanted: RowRange = { start: 0, end: PAGE_SIZE };

  function queryFor(pageIndex: number) {
    return buildActivityQuery(
      filters,
      { sort: sort.value, descending: descending.value },
      { limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE },
      new Date(),
      useWorkspaceStore().problemIds,
    );
  }

  function itemAt(index: number): ActivitySummary | undefined {
    void revision.value;
    return pages.value.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Where an activity is among the loaded rows (-1: not loaded or not in the result). */
  function indexOf(id: string): number {
    for (const [pageIndex, items] of pages.value) {
      const found = items.findIndex((item) => item.id === id);
      if (found >= 0) return pageIndex * PAGE_SIZE + found;
    }
    return -1;
  }

  function adopt(pageIndex: number, page: ActivityPage): void {
    pages.value.set(pageIndex, page.items);
    total.value = page.total;
    loaded.value = true;
    revision.value++;
  }

  async function fetchPage(pageIndex: number): Promise<void> {
    const current = generation;
    pending.add(pageIndex);
    try {
      const page = await call('activities.list', queryFor(pageIndex));
      if (current === generation) adopt(pageIndex, page);
    } catch (error) {
      if (current === generation) useMessagesStore().showError(error);
    } finally {
      if (current === generation) pending.delete(pageIndex);
    }
  }

  /** The view shows rows start…end-1: load the pages among them that are missing. */
  function ensureRange(start: number, end: number): void {
    wanted = { start: Math.max(0, start), end: Math.max(start + 1, end) };
    if (!loaded.value) return;
    for (const pageIndex of pagesOf(wanted)) {
      if (pageIndex * PAGE_SIZE >= total.value || pages.value.has(pageIndex) || pending.has(pageIndex)) continue;
      void fetchPage(pageIndex);
    }
  }

  /** Runs the query again; `fromTop` (new filters or order) starts at the first row. */
  async function requery(fromTop = true): Promise<void> {
    const current = ++generation;
    pending.clear();
    if (fromTop) {
      wanted = { start: 0, end: Math.min(wanted.end - wanted.start, PAGE_SIZE) };
      scrollResets.value++;
    }
    const needed = pagesOf(wanted);
    loading.value = true;
    try {
      const answers = await Promise.all(needed.map((pageIndex) => call('activities.list', queryFor(pageIndex))));
      if (current !== generation) return;
      pages.value = new Map(needed.map((pageIndex, i) => [pageIndex, answers[i].items]));
      total.value = answers[answers.length - 1].total;
      loaded.value = true;
      revision.value++;
    } catch (error) {
      if (current === generation) useMessagesStore().showError(error);
    } finally {
      if (current === generation) loading.value = false;
    }
    if (current === generation) ensureRange(wanted.start, wanted.end);
  }

  async function loadDepartments(): Promise<void> {
    try {
      departments.value = await call('activities.departments');
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  /** The register's activities changed (saved, duplicated, archived …): reload where the user is. */
  async function load(): Promise<void> {
    // The findings filter needs the current overview before the rows are asked for.
    const overview = useWorkspaceStore().load();
    if (filters.problems) await overview;
    // The rows first: main answers in order, and the departments only fill the filter.
    const rows = requery(!loaded.value);
    void loadDepartments();
    return rows;
  }

  /** Selects every activity the current filters show (all pages, not only the loaded ones). */
  async function selectAll(): Promise<void> {
    try {
      const query = { ...queryFor(0), limit: 100_000, offset: 0 };
      const page = await call('activities.list', query);
      for (const item of page.items) selection.add(item.id);
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  function clearSelection(): void {
    selection.clear();
  }

  function search(text: string): Promise<void> {
    filters.text = text;
    return requery();
  }

  /** Changes filters and runs the query from the top. */
  async function setFilters(patch: Partial<ActivityFilters>): Promise<void> {
    Object.assign(filters, patch);
    if (patch.problems) await useWorkspaceStore().load();
    return requery();
  }

  /** Sorts by a column; choosing the same column again reverses the order. */
  function sortBy(key: ActivitySortKey): Promise<void> {
    descending.value = sort.value === key ? !descending.value : false;
    sort.value = key;
    return requery();
  }

  function toggleSelected(id: string): void {
    if (selection.has(id)) selection.delete(id);
    else selection.add(id);
  }

  function reset(): void {
    generation++;
    pending.clear();
    pages.value = new Map();
    Object.assign(filters, emptyFilters());
    selection.clear();
    returnTo.value = null;
    departments.value = [];
    wanted = { start: 0, end: PAGE_SIZE };
    total.value = 0;
    sort.value = 'name';
    descending.value = false;
    loading.value = false;
    loaded.value = false;
    revision.value++;
  }

  return {
    filters,
    sort,
    descending,
    total,
    loading,
    loaded,
    departments,
    selection,
    revision,
    scrollResets,
    returnTo,
    itemAt,
    indexOf,
    ensureRange,
    requery,
    load,
    loadDepartments,
    search,
    setFilters,
    sortBy,
    toggleSelected,
    selectAll,
    clearSelection,
    reset,
  };
});
