import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { parseRoadmap } from '../validate.js';
import { references } from './references.js';

describe('references', () => {
  it('accepts a document whose references all resolve', () => {
    expect(references(sampleDocument())).toEqual([]);
  });

  it('suggests the nearest id for a near miss in an edge', () => {
    const doc = sampleDocument((data) => {
      data.edges = [{ from: 'recrods', to: 'git' }];
    });
    expect(references(doc)).toMatchObject([
      { code: 'unknown-reference', path: ['edges', 0, 'from'], hint: 'change it to "records"' },
    ]);
  });

  it('says when a spine entry names a subtopic rather than a topic', () => {
    const doc = sampleDocument((data) => {
      data.spine = ['internet', 'dns'];
    });
    expect(references(doc)).toMatchObject([
      {
        path: ['spine', 1],
        message: 'expected the id of a topic, received "dns", which is not a topic',
      },
    ]);
  });

  it('checks legend badges, section topics and near anchors', () => {
    const doc = sampleDocument((data) => {
      const topics = data.topics as Array<Record<string, unknown>>;
      (topics[1] as Record<string, unknown>).legend = 'missing';
      data.elements = [
        { kind: 'section', id: 's', topics: ['gti'] },
        { kind: 'label', id: 'l', label: 'Note', near: 'nowhere' },
      ];
    });
    expect(references(doc).map((f) => f.path)).toEqual([
      ['topics', 1, 'legend'],
      ['elements', 0, 'topics', 0],
      ['elements', 1, 'near'],
    ]);
  });

  it('checks every id drawOrder lists, suggesting the nearest', () => {
    const doc = sampleDocument((data) => {
      data.layout = 'manual';
      data.drawOrder = ['internet', 'recrods', 'nowhere-at-all'];
    });
    expect(references(doc)).toEqual([
      {
        severity: 'error',
        code: 'unknown-reference',
        path: ['drawOrder', 1],
        message:
          'expected the id of a node, received "recrods", which does not exist (did you mean "records"?)',
        hint: 'change it to "records"',
      },
      {
        severity: 'error',
        code: 'unknown-reference',
        path: ['drawOrder', 2],
        message: 'expected the id of a node, received "nowhere-at-all", which does not exist',
        hint: 'use one of the node ids, or add a node with the id "nowhere-at-all"',
      },
    ]);
  });

  it('places an unknown drawOrder id at its line and column in the file', () => {
    const text = [
      'schemaVersion: 1',
      'id: a',
      'title: A',
      'topics:',
      '  - { id: intro, label: Intro }',
      '  - { id: basics, label: Basics }',
      'drawOrder:',
      '  - basics',
      '  - intrro',
      '',
    ].join('\n');
    const result = parseRoadmap(text);
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([
      {
        code: 'unknown-reference',
        path: ['drawOrder', 1],
        line: 9,
        column: 5,
        hint: 'change it to "intro"',
      },
    ]);
  });
});
