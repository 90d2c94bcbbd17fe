/** The findings engine: one set of rules for the GUI, the CLI, documents and the import report. */
export { evaluateRegister, findingsReport, countBySeverity, partyFindings, sortFindings, ruleCatalogueEntries, type RegisterFacts, type FindingsReport, type EvaluateOptions } from './evaluate-register';
export { RULE_CATALOGUE, RULE_IDS, ruleDefinition, type RuleDefinition, type RuleId } from './rule-catalogue';
export { makeFinding, mentionsPrivacyShield, type EngineFinding, type FindingEntity, type FindingEntityKind, type FindingTarget } from './finding-builder';
export { activityFindings, collectFindings, findingsForActivity, type ActivityFinding, type ActivityFindings, type FindingsContext } from '../findings';
