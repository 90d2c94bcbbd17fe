import { z } from 'zod';
import type { ChannelCatalogueEntry } from '../../catalogues/schema';
import { ChannelSchema, type Channel as MessagingChannel } from '../../model/channel';
import { ChannelInputSchema } from '../../model/input-rules';
import { IdSchema, LanguageSchema } from '../../model/common';
import { QuickSetupPurposeSchema } from '../../rules/channel-purpose-profiles';
import { channelCatalogueIssues, checkedAgainstCatalogues } from '../../rules/catalogue-boundary';
import type { QuickSetupDecision } from '../../rules/channel-quick-setup';
import { channel } from '../define';

export interface NamedRef {
  id: string;
  name: string;
}

/** A messaging channel with its provider, the activities using it and the catalogue facts. */
export interface ChannelWithLinks {
  channel: MessagingChannel;
  provider: NamedRef | null;
  activities: NamedRef[];
  openChecklistItems: number;
  /** The catalogue entry the channel was created from; null for custom channels. */
  catalogue: ChannelCatalogueEntry | null;
}

export interface QuickSetupResult {
  /** The provider party, null for generic kinds (SMS, e-mail …) whose provider must still be named. */
  partyId: string | null;
  partyStatus: 'created' | 'updated' | 'unchanged' | 'none';
  /** The AVV or Art. 26 arrangement pre-created (or already present) at the provider, '' if none. */
  contractId: string;
  channelId: string;
  /** created, or the register's channel of this catalogue entry reused (updated: its provider was filled in). */
  channelStatus: 'created' | 'reused' | 'updated';
  activityId: string;
  /** created, or the register's matching activity linked instead of a duplicate (unchanged: it needed nothing). */
  activityStatus: 'created' | 'linked' | 'unchanged';
  transferIds: string[];
  /** Measures added to the organisation's TOM catalogue (suggestions already there are reused). */
  createdMeasureIds: string[];
  decisions: QuickSetupDecision[];
}

export const messagingChannels = {
  'channels.list': channel<ChannelWithLinks[]>()(z.void()),
  'channels.get': channel<ChannelWithLinks>()(z.object({ id: IdSchema })),
  /** Creates or updates (version must match). */
  'channels.save': channel<MessagingChannel>()(z.object({ channel: checkedAgainstCatalogues(ChannelInputSchema, channelCatalogueIssues) })),
  /** Refused with a validation error while activities use the channel. */
  'channels.delete': channel<null>()(z.object({ id: IdSchema })),
  /** Provider party + channel + processing activity from the channel catalogue, in one atomic write. */
  'channels.quickSetup': channel<QuickSetupResult>()(
    z.object({
      catalogueId: z.string().min(1).max(100),
      purpose: QuickSetupPurposeSchema.default('customer_support'),
      language: LanguageSchema,
    }),
  ),
} as const;
