import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ApprovalState } from '../../domain/ipc/channels/approval';
import type { ActivityFinding } from '../../domain/rules/findings';
import { call } from '../api';
import { refusalOf } from './refusal';
import { useSettingsStore } from './settings';

/** What the approval step asks of the user after main's gate refused: fix errors, or give a reason for warnings. */
export interface ApprovalQuestion {
  kind: 'blocked' | 'warnings';
  findings: ActivityFinding[];
}

const GATE_REFUSALS = new Set(['approval.errors.blocked_by_errors', 'approval.errors.acknowledgement_required']);

/**
 * The approval side of the activity editor: the approved revision and a change in progress
 * (approval.state), and the question shown when main's approval gate refuses.
 */
export const useApprovalStore = defineStore('approval', () => {
  const state = ref<ApprovalState | null>(null);
  const activityId = ref('');
  const unavailable = ref(false);
  const question = ref<ApprovalQuestion | null>(null);

  async function load(id: string): Promise<void> {
    activityId.value = id;
    try {
      const loaded = await call('approval.state', { id, language: useSettingsStore().language });
      if (activityId.value === id) {
        state.value = loaded;
        unavailable.value = false;
      }
    } catch {
      if (activityId.value === id) {
        state.value = null;
        unavailable.value = true;
      }
    }
  }

  function clear(): void {
    state.value = null;
    activityId.value = '';
    unavailable.value = false;
    question.value = null;
  }

  /**
   * Turns a refusal of the approval gate into the question for the user (true), with the
   * findings as main checked them; anything else is not handled here (false).
   */
  async function askAfterRefusal(error: unknown, id: string): Promise<boolean> {
    const refusal = refusalOf(error);
    if (!refusal || !GATE_REFUSALS.has(refusal.key)) return false;
    await load(id);
    const current = state.value;
    const blocked = refusal.key === 'approval.errors.blocked_by_errors';
    question.value = { kind: blocked ? 'blocked' : 'warnings', findings: current ? (blocked ? current.errors : current.warnings) : [] };
    return true;
  }

  function dismiss(): void {
    question.value = null;
  }

  return { state, unavailable, question, load, clear, askAfterRefusal, dismiss };
});
