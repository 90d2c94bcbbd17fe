import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_ID, renderInterchangeJsonSchema } from '../../domain/interchange';

const COMMITTED = join(__dirname, '../../schemas/vvt-register.schema.json');

describe('schemas/vvt-register.schema.json', () => {
  it('is what the generator produces from the zod schema (run `npm run schema` after model changes)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(renderInterchangeJsonSchema());
  });

  it('is a draft 2020-12 schema with id, title and description that refuses unknown fields', () => {
    const schema = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.title).toMatch(/VVT Desk/);
    expect(schema.description).toMatch(/Art\. 30/);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'formatVersion', 'exportedAt', 'register']);
    const activity = schema.properties.register.properties.activities.items;
    expect(activity.additionalProperties).toBe(false);
    expect(activity.properties.status.enum).toEqual(['draft', 'in_review', 'approved', 'archived']);
    expect(activity.properties.owner.additionalProperties).toBe(false);
  });
});
