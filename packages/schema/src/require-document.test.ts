import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../test/helpers.js';
import { roadmapDocument } from './model/document.js';
import { RoadmapInputError, requireDocument } from './require-document.js';
import { parseRoadmap, validateRoadmap } from './validate.js';

const TEXT = 'schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, label: T }]\n';

describe('requireDocument checks each document once', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('does not check again what parseRoadmap and validateRoadmap returned', () => {
    const parsed = parseRoadmap(TEXT).value;
    const validated = validateRoadmap(sampleDocument()).value;
    const check = vi.spyOn(roadmapDocument, 'safeParse');
    requireDocument(parsed, 'layoutRoadmap');
    requireDocument(parsed, 'renderSvg');
    requireDocument(validated, 'layoutRoadmap');
    expect(check).not.toHaveBeenCalled();
  });

  it('checks a new object once, then trusts that same object', () => {
    const doc = parseRoadmap(TEXT).value;
    const copy = { ...doc };
    const check = vi.spyOn(roadmapDocument, 'safeParse');
    requireDocument(copy, 'layoutRoadmap');
    requireDocument(copy, 'renderSvg');
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('refuses a wrong value every time it is asked (a refusal is not remembered)', () => {
    const wrong = { ...sampleDocument(), title: 42 };
    const check = vi.spyOn(roadmapDocument, 'safeParse');
    for (let i = 0; i < 2; i++)
      expect(() => requireDocument(wrong, 'renderSvg')).toThrow(RoadmapInputError);
    expect(check).toHaveBeenCalledTimes(2);
  });
});
