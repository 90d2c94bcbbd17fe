import { z } from 'zod';
import { CURRENT_FORMAT_VERSION, INTERCHANGE_FORMAT, InterchangeSchema } from './format';

export const JSON_SCHEMA_ID = `urn:vvt-desk:interchange:${INTERCHANGE_FORMAT}:v${CURRENT_FORMAT_VERSION}`;

/**
 * JSON Schema (draft 2020-12) of the files `vvt import` accepts. It describes the input
 * side: fields with a default may be left out. Checks beyond the schema (references between
 * entities, attachment size and hash) are documented in the description.
 */
export function buildInterchangeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(InterchangeSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'VVT Desk register interchange file',
    description:
      `A record of processing activities (Art. 30 GDPR) exported by VVT Desk, format "${INTERCHANGE_FORMAT}" version ${CURRENT_FORMAT_VERSION}. ` +
      'Beyond this schema, an import checks that entity ids are unique per collection, that every referenced party, channel, ' +
      'TOM, attachment and data category exists in the same file, that each attachment content matches its size and sha256, ' +
      'and that every catalogue reference (legal-basis codes, catalogue ids of data categories, data subjects, recipients, ' +
      'retention presets, channels, supervisory authority, DSK list items; ISO country codes) is known — entries of your own ' +
      'carry an empty catalogueId. A transfer mechanism naming the Privacy Shield (invalidated by the CJEU on 16 July 2020, ' +
      'C-311/18) is refused. Legal-basis references to uwg-7 or tdddg-25 are read as additionalRequirements.',
    ...rest,
  };
}

/** The committed file text of schemas/vvt-register.schema.json. */
export function renderInterchangeJsonSchema(): string {
  return `${JSON.stringify(buildInterchangeJsonSchema(), null, 2)}\n`;
}
