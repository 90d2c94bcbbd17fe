import type { Handlers } from '../../domain/ipc/contract';
import { activityHandlers } from '../features/activities';
import { appHandlers } from '../features/app';
import { documentHandlers } from '../features/documents';
import { organisationHandlers } from '../features/organisation';
import { registerHandlers } from '../features/register';
import { partyHandlers } from '../features/parties';
import { attachmentHandlers } from '../features/attachments';
import { messagingHandlers } from '../features/messaging';
import { reminderHandlers } from '../features/reminders';
import { findingHandlers } from '../features/findings';
import { workflowHandlers } from '../features/workflow';
import { noticeHandlers } from '../features/notices';
import { approvalHandlers } from '../features/approval';
import { backupHandlers } from '../features/backups';
import { portfolioHandlers } from '../features/portfolio';
import { formatHandlers } from '../features/formats';
import { workspaceHandlers } from '../features/workspace';
import { createDispatcher, type Dispatch, type DispatcherOptions } from '../ipc/dispatcher';
import type { AppContext } from './context';
import type { AppEnvironment, Ports } from './ports';
import { PendingOpen } from './pending-open';
import { RegisterSession } from './register-session';
import { SettingsFile } from './settings-file';

export interface AppServices {
  context: AppContext;
  handlers: Handlers;
  dispatch: Dispatch;
  dispose(): Promise<void>;
}

export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...registerHandlers(ctx),
    ...organisationHandlers(ctx),
    ...activityHandlers(ctx),
    ...documentHandlers(ctx),
    ...partyHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...messagingHandlers(ctx),
    ...reminderHandlers(ctx),
    ...workflowHandlers(ctx),
    ...noticeHandlers(ctx),
    ...findingHandlers(ctx),
    ...approvalHandlers(ctx),
    ...backupHandlers(ctx),
    ...portfolioHandlers(ctx),
    ...formatHandlers(ctx),
    ...workspaceHandlers(ctx),
  };
}

/** Wires the main-process services; used by Electron's main, the browser test bridge and the CLI. */
export function createAppServices(env: AppEnvironment, ports: Ports, options: DispatcherOptions = {}): AppServices {
  const settings = new SettingsFile(env.settingsPath);
  const session = new RegisterSession(settings, env.defaultActor);
  const context: AppContext = { ...ports, env, settings, session, pendingOpen: new PendingOpen() };
  const handlers = createHandlers(context);
  return {
    context,
    handlers,
    dispatch: createDispatcher(handlers, options),
    dispose: () => session.close(),
  };
}
