import { z } from 'zod';
import { documentSchema } from './json-schema-docs.js';
import { roadmapDocument } from './model/document.js';

/** Where the published JSON Schema lives, for `$schema` lines. */
export const JSON_SCHEMA_URL = 'https://unpkg.com/@roadmapkit/schema/schema.json';

/**
 * The JSON Schema (draft 2020-12) of a roadmap document, generated from the zod schemas.
 * It checks shape only; the rules beyond shape (references, unique ids, safe URLs) need
 * {@link parseRoadmap}. Shipped as `@roadmapkit/schema/schema.json` for editors.
 */
export function roadmapJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(roadmapDocument, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const named = documentSchema(renameDefinitions(generated));
  return {
    $schema: named.$schema,
    $id: JSON_SCHEMA_URL,
    title: 'roadmapkit roadmap',
    ...Object.fromEntries(Object.entries(named).filter(([key]) => key !== '$schema')),
  };
}

/** Gives generated `$defs` (`__schema0`) readable names taken from their descriptions (`subtopic`). */
function renameDefinitions(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = (schema.$defs ?? {}) as Record<string, { description?: string }>;
  let text = JSON.stringify(schema);
  for (const [key, def] of Object.entries(defs)) {
    const name = /^An? ([a-z]+)/i.exec(def.description ?? '')?.[1]?.toLowerCase();
    if (name === undefined || name in defs) continue;
    text = text
      .replaceAll(`"#/$defs/${key}"`, `"#/$defs/${name}"`)
      .replaceAll(`"${key}":`, `"${name}":`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}
