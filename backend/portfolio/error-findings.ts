import { evaluateRegister, type RegisterFacts } from '../../domain/rules/engine/evaluate-register';

/**
 * How many findings of severity "error" the register has — the same engine and the same
 * count as `vvt check` and the app (organisation, activities, parties, channels, processor records).
 */
export function countErrorFindings(register: RegisterFacts, today: string): number {
  return evaluateRegister(register, { today }).filter((f) => f.severity === 'error').length;
}
