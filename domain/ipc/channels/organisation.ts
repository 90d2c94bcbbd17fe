import { z } from 'zod';
import { OrganisationInputSchema } from '../../model/input-rules';
import { type Organisation } from '../../model/organisation';
import { checkedAgainstCatalogues, organisationCatalogueIssues } from '../../rules/catalogue-boundary';
import { channel } from '../define';

export const organisationChannels = {
  'organisation.get': channel<Organisation>()(z.void()),
  'organisation.save': channel<Organisation>()(z.object({ organisation: checkedAgainstCatalogues(OrganisationInputSchema, organisationCatalogueIssues) })),
} as const;
