import { z } from 'zod';

type LooseDef = Record<string, unknown> & { type: string };

/**
 * Copies a schema with every nested object made strict (unknown keys are errors), keeping
 * checks, defaults and the inferred type. The domain model strips unknown keys, which is
 * right for the UI; an interchange file with a misspelt field must be refused instead.
 */
export function deepStrict<T extends z.ZodType>(schema: T): T {
  return strictCopy(schema) as T;
}

function strictCopy(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as unknown as LooseDef;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const strictShape = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, strictCopy(value)]));
      return clone(schema, def, { shape: strictShape, catchall: z.never() });
    }
    case 'array':
      return clone(schema, def, { element: strictCopy(def.element as z.ZodType) });
    case 'record':
      return clone(schema, def, { valueType: strictCopy(def.valueType as z.ZodType) });
    case 'union':
      return clone(schema, def, { options: (def.options as z.ZodType[]).map(strictCopy) });
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
      return clone(schema, def, { innerType: strictCopy(def.innerType as z.ZodType) });
    case 'pipe':
      return clone(schema, def, { in: strictCopy(def.in as z.ZodType), out: strictCopy(def.out as z.ZodType) });
    default:
      return schema;
  }
}

/** Keeps property descriptors, so lazy defaults (`.default(() => …)`) stay lazy and are not shared. */
function clone(schema: z.ZodType, def: LooseDef, changes: Record<string, unknown>): z.ZodType {
  const merged = Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(def), ...Object.getOwnPropertyDescriptors(changes) },
  );
  return schema.clone(merged as typeof schema._zod.def);
}
