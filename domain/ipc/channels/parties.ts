import { z } from 'zod';
import type { AttachmentMeta } from '../../model/attachment';
import { IdSchema } from '../../model/common';
import { PartyInputSchema } from '../../model/input-rules';
import { type Party } from '../../model/party';
import { checkedAgainstCatalogues, partyCatalogueIssues } from '../../rules/catalogue-boundary';
import type { PartyLinks } from '../../rules/party-links';
import { channel } from '../define';
import type { ExportedFile } from './documents';

/** A party with the activities (directly or through a channel) and channels that link it. */
export interface PartyWithLinks {
  party: Party;
  links: PartyLinks;
}

export interface AttachmentUse {
  partyId: string;
  partyName: string;
  contractId: string;
  contractTitle: string;
}

export interface AttachmentListItem extends AttachmentMeta {
  usedBy: AttachmentUse[];
}

export interface AttachedDocument {
  attachment: AttachmentMeta;
  party: Party;
}

export const partyChannels = {
  'parties.list': channel<PartyWithLinks[]>()(z.void()),
  'parties.get': channel<PartyWithLinks>()(z.object({ id: IdSchema })),
  /** Creates or updates (version must match); contracts live inside the party document. */
  'parties.save': channel<Party>()(z.object({ party: checkedAgainstCatalogues(PartyInputSchema, partyCatalogueIssues) })),
  /** Refused with a validation error naming the activities and channels that still link the party. */
  'parties.delete': channel<null>()(z.object({ id: IdSchema })),
  /** Asks for a PDF (dialog in main), stores it in the register and links it to the contract; null if cancelled. */
  'attachments.attachToContract': channel<AttachedDocument | null>()(z.object({ partyId: IdSchema, contractId: IdSchema })),
  /** Asks where to save (dialog in main) and writes the stored bytes unchanged; null if cancelled. */
  'attachments.export': channel<ExportedFile | null>()(z.object({ attachmentId: IdSchema })),
  'attachments.list': channel<AttachmentListItem[]>()(z.void()),
} as const;
