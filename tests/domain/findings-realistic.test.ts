import { describe, expect, it } from 'vitest';
import { evaluateRegister } from '../../domain/rules/engine/evaluate-register';
import { REALISTIC_REGISTERS, TODAY } from '../support/legal-registers';

describe('realistic registers give no false finding', () => {
  it.each(REALISTIC_REGISTERS)('%s', (_name, build) => {
    const snapshot = build();
    expect(snapshot.activities.length).toBeGreaterThan(5);
    const findings = evaluateRegister(snapshot, { today: TODAY });
    expect(findings.map((f) => `${f.rule} ${f.entity.name}: ${f.message.de}`)).toEqual([]);
  });
});
