import type { z } from 'zod';
import { activityChannels } from './channels/activities';
import { appChannels } from './channels/app';
import { documentChannels } from './channels/documents';
import { organisationChannels } from './channels/organisation';
import { registerChannels } from './channels/register';
import { partyChannels } from './channels/parties';
import { messagingChannels } from './channels/messaging';
import { reminderChannels } from './channels/reminders';
import { workflowChannels } from './channels/workflow';
import { noticeChannels } from './channels/notices';
import { findingChannels } from './channels/findings';
import { approvalChannels } from './channels/approval';
import { backupChannels } from './channels/backups';
import { portfolioChannels } from './channels/portfolio';
import { formatChannels } from './channels/formats';
import { workspaceChannels } from './channels/workspace';
import type { ChannelSpec } from './define';
import type { Result } from './result';

/**
 * The one IPC contract: channel name → input schema → result type. Electron's ipcMain
 * registration, the preload bridge, the browser test bridge and the CLI all use this object.
 */
export const contract = {
  ...appChannels,
  ...registerChannels,
  ...organisationChannels,
  ...activityChannels,
  ...documentChannels,
  ...partyChannels,
  ...messagingChannels,
  ...reminderChannels,
  ...workflowChannels,
  ...noticeChannels,
  ...findingChannels,
  ...approvalChannels,
  ...backupChannels,
  ...portfolioChannels,
  ...formatChannels,
  ...workspaceChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;

/** What main implements: one handler per channel, receiving validated input. */
export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** What the preload exposes to the renderer as `window.vvt.api`. */
export type InvokeApi = {
  [C in Channel]: (...args: ChannelInput<C> extends void ? [] : [input: ChannelInput<C>]) => Promise<Result<ChannelOutput<C>>>;
};

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
