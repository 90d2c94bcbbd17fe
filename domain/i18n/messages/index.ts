import type { Language } from '../../model/common';
import { activity } from './activity';
import { activityFields } from './activity-fields';
import { activityList } from './activity-list';
import { app } from './app';
import { cli } from './cli';
import { documents } from './documents';
import { processorDocument } from './documents-processor';
import { documentsUi } from './documents-ui';
import { errors } from './errors';
import { legalChecks } from './legal-checks';
import { formats } from './formats';
import { notice } from './notice';
import { organisation } from './organisation';
import { parties } from './parties';
import { registerList } from './register-list';
import { reliability } from './reliability';
import { organisationSheet } from './organisation-sheet';
import { processor } from './processor';
import { toms } from './toms';
import { partiesUi } from './parties-ui';
import { channelsUi } from './channels-ui';
import { remindersUi } from './reminders-ui';
import { shell } from './shell';
import { start } from './start';
import { workflow } from './workflow';
import { approval } from './approval';
import { changes } from './changes';
import { portfolio } from './portfolio';
import { workspace } from './workspace';
import { legalTexts } from './legal-texts';
import { unsavedChanges } from './unsaved-changes';
import { interchangeApproval } from './interchange-approval';

/**
 * All user-visible strings, one namespace per feature file. vue-i18n in the renderer and
 * translate() in documents and the CLI read the same tables.
 */
const namespaces = { errors, shell, documents, processorDocument, app, start, organisation, activity, activityFields, activityList, cli, parties, workflow, notice, documentsUi, partiesUi, channelsUi, remindersUi, registerList, organisationSheet, processor, toms, legalChecks, approval, changes, reliability, portfolio, formats, workspace, legalTexts, unsavedChanges, interchangeApproval } as const;

type Namespaces = typeof namespaces;
export type Messages = { [N in keyof Namespaces]: Namespaces[N]['de'] };

function pick(language: Language): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([name, pair]) => [name, pair[language]])) as Messages;
}

export const messages: Record<Language, Messages> = { de: pick('de'), en: pick('en') };
