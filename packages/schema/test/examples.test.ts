import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoadmap, toGraph } from '../src/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const roadmaps = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(examplesDir, entry.name))
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.json'))
      .filter((name) => !name.startsWith('.') && name !== 'package.json')
      .map((name) => join(entry.name, name)),
  )
  .filter((name) => readFileSync(join(examplesDir, name), 'utf8').includes('schemaVersion'));

describe('examples', () => {
  it('finds the examples', () => {
    expect(roadmaps).toEqual(
      expect.arrayContaining(['backend/roadmap.yaml', 'minimal/roadmap.yaml']),
    );
  });

  it.each(roadmaps)('%s is valid, without warnings, and starts with the schema line', (name) => {
    const text = readFileSync(join(examplesDir, name), 'utf8');
    const result = parseRoadmap(text, { file: name });
    expect(result.issues).toEqual([]);
    expect(result.value).toBeDefined();
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../packages/schema/schema.json',
    );
  });

  it('the backend example is a complete roadmap', () => {
    const text = readFileSync(join(examplesDir, 'backend/roadmap.yaml'), 'utf8');
    const doc = parseRoadmap(text).value;
    if (!doc) throw new Error('backend example is invalid');
    const graph = toGraph(doc);
    expect(doc.topics.length).toBeGreaterThanOrEqual(20);
    expect(graph.nodes.filter((node) => node.kind === 'subtopic').length).toBeGreaterThanOrEqual(
      120,
    );
    for (const topic of doc.topics) {
      expect(topic.content?.description?.length, topic.id).toBeGreaterThan(40);
      expect(topic.content?.resources?.length, topic.id).toBeGreaterThanOrEqual(1);
    }
    expect(doc.legend?.map((item) => item.id)).toEqual([
      'recommended',
      'alternative',
      'any-order',
      'not-recommended',
    ]);
    expect(doc.faq?.map((entry) => entry.question)).toEqual([
      'How to become a Backend Developer?',
      'How long does it take to become a Backend Developer?',
      'What are the Backend Developer salaries?',
      'Should I learn everything listed on the Backend Roadmap?',
    ]);
    const answers = doc.faq?.map((entry) => entry.answer).join('\n') ?? '';
    for (const fact of [
      '$92,000',
      '$120,000',
      '$135,000',
      'Glassdoor',
      '6 months',
      '2 years',
      'PostgreSQL',
    ]) {
      expect(answers).toContain(fact);
    }
    expect(doc.callouts?.[0]?.url).toBe('https://roadmap.sh');
    expect(graph.nodes.filter((node) => doc.topics.some((t) => t.id === node.id)).length).toBe(
      doc.topics.length,
    );
  });
});
