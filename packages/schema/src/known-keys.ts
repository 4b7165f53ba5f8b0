import type { z } from 'zod';
import type { IssuePath } from './issue.js';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  getter?: () => unknown;
  options?: unknown[];
  discriminator?: string;
  keyType?: unknown;
  valueType?: unknown;
  entries?: Record<string, unknown>;
}

function defOf(schema: unknown): Def | undefined {
  const internals = (schema as { _zod?: { def?: Def } } | undefined)?._zod;
  return internals?.def;
}

/** Unwraps optional, default, lazy and similar wrappers down to the schema that decides the shape. */
function unwrap(schema: unknown, data: unknown): unknown {
  let current = schema;
  for (let guard = 0; guard < 32; guard++) {
    const def = defOf(current);
    if (!def) return current;
    if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe') current = def.in;
    else if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'union' && def.options) current = pickOption(def, data);
    else return current;
  }
  return current;
}

/** For a union, the option that matches the data's discriminator (or the first object option). */
function pickOption(def: Def, data: unknown): unknown {
  const options = def.options ?? [];
  if (def.discriminator && data && typeof data === 'object') {
    const wanted = (data as Record<string, unknown>)[def.discriminator];
    for (const option of options) {
      const shape = defOf(unwrap(option, data))?.shape;
      const literal = defOf(shape?.[def.discriminator]) as { values?: unknown[] } | undefined;
      if (literal?.values?.includes(wanted)) return option;
    }
  }
  return options.find((option) => defOf(unwrap(option, data))?.type === 'object') ?? options[0];
}

/**
 * The keys an object at `path` may have, found by walking the schema alongside the data.
 * Used to suggest the nearest known key for an unknown one.
 */
export function knownKeysAt(schema: z.ZodType, data: unknown, path: IssuePath): string[] {
  let current: unknown = schema;
  let value: unknown = data;
  for (const segment of path) {
    const def = defOf(unwrap(current, value));
    if (!def) return [];
    if (def.type === 'object' && def.shape && typeof segment === 'string')
      current = def.shape[segment];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  }
  const def = defOf(unwrap(current, value));
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def?.type === 'record') {
    const keys = defOf(def.keyType);
    if (keys?.entries) return Object.keys(keys.entries);
  }
  return [];
}
