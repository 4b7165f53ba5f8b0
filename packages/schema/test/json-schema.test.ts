import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { roadmapDocument, roadmapJsonSchema } from '../src/index.js';

const here = import.meta.dirname;
const fixtureDir = join(here, 'fixtures');
const examplesDir = join(here, '../../../examples');

function load(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

const fixtures = [
  ...['valid', 'invalid'].flatMap((kind) =>
    readdirSync(join(fixtureDir, kind)).map((name) => ({
      name: `${kind}/${name}`,
      path: join(fixtureDir, kind, name),
    })),
  ),
  ...readdirSync(examplesDir)
    .filter((name) => existsSync(join(examplesDir, name, 'roadmap.yaml')))
    .map((name) => ({ name: `examples/${name}`, path: join(examplesDir, name, 'roadmap.yaml') })),
];

describe('the JSON Schema', () => {
  it('is current: schema.json is what the zod schemas generate', async () => {
    await expect(`${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../schema.json',
    );
  });

  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  // VS Code's hover text: not a validation keyword.
  ajv.addKeyword('markdownDescription');
  const validate = ajv.compile(roadmapJsonSchema());

  it.each(fixtures)('agrees with zod on the shape of $name', ({ name, path }) => {
    const data = load(path);
    const zodAccepts = roadmapDocument.safeParse(data).success;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(zodAccepts);
    expect(zodAccepts).toBe(!name.startsWith('invalid/'));
  });

  it('describes every property of schema.json, with markdownDescription for editors', () => {
    const file = JSON.parse(readFileSync(join(here, '../schema.json'), 'utf8')) as unknown;
    const problems: string[] = [];
    /** Which property names each description is given to. */
    const namesOf = new Map<string, Set<string>>();
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => walk(item, `${where}[${i}]`));
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      for (const [name, value] of Object.entries(
        (o.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        const { description, markdownDescription } = value;
        if (typeof description !== 'string') problems.push(`${where}.${name}: no description`);
        else if (markdownDescription !== description)
          problems.push(`${where}.${name}: no markdownDescription`);
        else if (description === `The ${name}.` || description.length < 15)
          problems.push(`${where}.${name}: says too little: ${JSON.stringify(description)}`);
        if (typeof description === 'string')
          namesOf.set(description, (namesOf.get(description) ?? new Set()).add(name));
      }
      for (const [key, value] of Object.entries(o)) walk(value, `${where}/${key}`);
    };
    walk(file, '#');
    // A text given to properties of different names is a shared type's text, not theirs.
    for (const [description, names] of namesOf)
      if (names.size > 1)
        problems.push(`${[...names].join(', ')} share ${JSON.stringify(description)}`);
    expect(problems).toEqual([]);
    expect(namesOf.size).toBeGreaterThan(60);
    const properties = (file as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(properties.title?.examples).toEqual(['Backend Developer']);
    expect(properties.id?.examples).toEqual(['backend', 'http-basics']);
  });

  it('accepts x- keys, as validation does', () => {
    const doc = {
      schemaVersion: 1,
      id: 'a',
      title: 'A',
      'x-shared': { any: 1 },
      topics: [{ id: 't', label: 'T', 'x-note': 'n' }],
    };
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, 'y-shared': 1 })).toBe(false);
  });
});
