import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ValidationIssue } from '../../../domain/ipc/result';
import { issueMessage } from '../../api';

type IssueSource = () => ValidationIssue[];

const ISSUES: InjectionKey<IssueSource> = Symbol('validation-issues');

/** A form makes its issues (paths like "activity.name") available to the fields inside it. */
export function provideIssues(source: IssueSource): void {
  provide(ISSUES, source);
}

/** The translated message for the field at `path`, or '' when the field has no issue. */
export function useFieldIssue(path: () => string | undefined): ComputedRef<string> {
  const source = inject(ISSUES, () => []);
  const { t, te } = useI18n();
  return computed(() => {
    const wanted = path();
    const issue = wanted ? source().find((candidate) => candidate.path === wanted) : undefined;
    return issue ? issueMessage(t, te, issue) : '';
  });
}
