import { z } from 'zod';
import { OrganisationSchema, type Organisation } from '../../model/organisation';
import { channel } from '../define';

export const organisationChannels = {
  'organisation.get': channel<Organisation>()(z.void()),
  'organisation.save': channel<Organisation>()(z.object({ organisation: OrganisationSchema })),
} as const;
