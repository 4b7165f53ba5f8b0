import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../validate.js';
import type { GlyphCheck } from './missing-glyphs.js';

/** A check that cannot draw Ethiopic: every character in U+1200–U+137F is missing. */
const noEthiopic: GlyphCheck = {
  missing: (text) => [...new Set([...text].filter((c) => /[\u1200-\u137f]/u.test(c)))],
  hint: (characters) => `add a font for ${characters.length} character(s)`,
};

const source = `schemaVersion: 1
id: glyphs
title: Glyphs
callouts:
  - { text: Read this, url: "https://example.com", linkLabel: "ሀለ link" }
topics:
  - id: first
    label: Plain
    subtopics:
      - id: inner
        label: "Word ሀሀ ለ"
`;

describe('missing-glyph warnings', () => {
  it('names the field, the node and each character once, at the label in the source', () => {
    const { value, issues } = parseRoadmap(source, { file: 'g.yaml', glyphs: noEthiopic });
    expect(value).toBeDefined();
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.'), i.line, i.column])).toEqual([
      ['missing-glyph', 'warning', 'callouts.0.linkLabel', 5, 63],
      ['missing-glyph', 'warning', 'topics.0.subtopics.0.label', 11, 16],
    ]);
    expect(issues[1]?.message).toBe(
      '"label" of "inner" has characters no font can draw (they would show as empty boxes): ሀ (U+1200), ለ (U+1208)',
    );
    expect(issues[1]?.hint).toBe('add a font for 2 character(s)');
  });

  it('calls a check given as a function with the valid document', () => {
    const seen: string[] = [];
    const { issues } = parseRoadmap(source, {
      glyphs: (doc) => {
        seen.push(doc.id);
        return noEthiopic;
      },
    });
    expect(seen).toEqual(['glyphs']);
    expect(issues.filter((i) => i.code === 'missing-glyph')).toHaveLength(2);
  });

  it('checks the text as drawn, without characters XML cannot carry', () => {
    const asked: string[] = [];
    const check: GlyphCheck = {
      missing: (text) => {
        asked.push(text);
        return [];
      },
    };
    const { issues } = parseRoadmap(
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        title: 'A\ud800B\ufffe',
        topics: [{ id: 't', label: 'T' }],
      }),
      { glyphs: check },
    );
    expect(issues).toEqual([]);
    expect(asked).toContain('AB');
  });

  it('finds nothing without a check, or when every character can be drawn', () => {
    expect(parseRoadmap(source).issues).toEqual([]);
    const all: GlyphCheck = { missing: () => [] };
    expect(parseRoadmap(source, { glyphs: all }).issues).toEqual([]);
  });
});
