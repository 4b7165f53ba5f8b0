import { JSON_SCHEMA_URL, type RoadmapDocument } from '@roadmapkit/schema';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { escapeQuotedBreaks, quoteUnportable } from './portable-scalars.js';

/** Small maps written on one line: `position: { x: 0, y: 40 }`. */
const FLOW_MAPS = new Set(['position', 'size', 'from', 'to', 'legendPosition']);
/** Lists whose entries are written one per line: `- { from: a, to: b, style: dashed }`. */
const FLOW_ENTRIES = new Set(['legend', 'edges', 'items', 'links', 'resources']);

/**
 * The document as YAML, starting with the line that points editors at the JSON Schema.
 * Reading it back with `parseRoadmap` gives the same document, and so do js-yaml, PyYAML
 * and Go's yaml.v3: strings they would read otherwise are quoted.
 */
export function toYaml(doc: RoadmapDocument): string {
  const { $schema: _, ...data } = doc;
  const yaml = new Document(data);
  visit(yaml, {
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_MAPS.has(key) && isMap(pair.value)) pair.value.flow = true;
      if (FLOW_ENTRIES.has(key) && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  quoteUnportable(yaml);
  return `# yaml-language-server: $schema=${JSON_SCHEMA_URL}\n${escapeQuotedBreaks(yaml.toString({ lineWidth: 0 }))}`;
}

/** The document as JSON (two-space indented), with `$schema` first for editors. */
export function toJson(doc: RoadmapDocument): string {
  const { $schema: _, ...data } = doc;
  return `${JSON.stringify({ $schema: JSON_SCHEMA_URL, ...data }, null, 2)}\n`;
}
