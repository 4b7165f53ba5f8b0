import { describeValue, LIMITS, type RoadmapDocument } from '@roadmapkit/schema';
import { assemble } from '../core/assemble.js';
import type { DraftBox, DraftElement } from '../core/draft.js';
import { createIdRegistry } from '../core/ids.js';
import { createLegendRegistry } from '../core/legend-registry.js';
import { runImport } from '../core/run-import.js';
import { createValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import type { ImportOptions, ImportResult } from '../options.js';
import { asArray, asRecord, dig } from '../read-value.js';
import { readArrows } from './arrows.js';
import { readControls } from './controls.js';
import { readIcons } from './icons.js';
import { readShapes } from './shapes.js';

/**
 * Converts a legacy Balsamiq mockup (`{ mockup: { controls: { control: [...] } } }`) into
 * a roadmap document that validates. Never throws: what it drops or repairs is in
 * `issues`; without a document, an error says why.
 */
export function fromBalsamiq(json: unknown, options: ImportOptions = {}): ImportResult {
  return runImport((log) => importMockup(json, options ?? {}, log));
}

function importMockup(
  json: unknown,
  options: ImportOptions,
  log: IssueLog,
): RoadmapDocument | undefined {
  const root = asRecord(json);
  const list = asArray(dig(root, 'mockup', 'controls', 'control'));
  if (list === undefined) {
    const hint = Array.isArray(root?.nodes)
      ? ' (this looks like a roadmap.sh editor file: use fromRoadmapSh)'
      : '';
    log.fail(
      'invalid-input',
      root === undefined ? [] : ['mockup'],
      `expected a Balsamiq mockup, an object with "mockup.controls.control", received ${describeValue(root === undefined ? json : root.mockup)}${hint}`,
    );
    return undefined;
  }
  const set = readControls(list, ['mockup', 'controls', 'control'], log);
  const count = set.groups.length + set.controls.length;
  if (count > LIMITS.maxNodes) {
    log.fail(
      'invalid-input',
      ['mockup', 'controls'],
      `expected at most ${LIMITS.maxNodes} controls, received ${count}`,
    );
    return undefined;
  }
  const values = createValueReader(log);
  const shapes = readShapes(set, { values, log });
  const legend = createLegendRegistry();
  const { badges, consumed, legendAt } = readIcons(shapes, legend, log);
  const registry = createIdRegistry();
  const wanted = new Set<string>();
  const boxes: DraftBox[] = [];
  const elements: DraftElement[] = [];
  const painted = [...shapes.shapes].sort((a, b) => compareZ(a.control.zPath, b.control.zPath));
  const paint = new Map(painted.map((shape, index) => [shape, index]));
  for (const shape of shapes.shapes) {
    if (consumed.has(shape)) continue;
    const id = registry.claim(shape.wanted, `control-${shape.control.id}`);
    if (wanted.has(shape.wanted))
      log.warn(
        'duplicate-id',
        shape.control.path,
        `${shape.name} repeats the id "${shape.wanted}"; renamed it "${id}"`,
      );
    wanted.add(shape.wanted);
    const base = {
      id,
      name: shape.name,
      path: shape.control.path,
      position: shape.position,
      size: shape.size,
      layer: { z: 0, index: paint.get(shape) ?? 0 },
    };
    if (shape.kind === 'element' && shape.element !== undefined)
      elements.push({ ...base, element: { ...shape.element, id } });
    else if (shape.kind !== 'element')
      boxes.push({
        ...base,
        kind: shape.kind,
        label: shape.label,
        ...badges.get(shape),
        ...(shape.treeKey === undefined ? {} : { treeKey: shape.treeKey }),
        ...(shape.fontSize === undefined ? {} : { fontSize: shape.fontSize }),
      });
  }
  const targets = [
    ...boxes,
    ...elements.filter((e) => e.element.kind !== 'section' && e.element.kind !== 'title'),
  ];
  const arrows = readArrows(shapes.arrows, targets, registry, log);
  const title = elements
    .filter((e) => e.element.kind === 'title')
    .sort(
      (a, b) =>
        (a.position?.y ?? Number.POSITIVE_INFINITY) - (b.position?.y ?? Number.POSITIVE_INFINITY),
    )[0];
  return assemble(
    {
      boxes,
      elements: [...elements, ...arrows.lines],
      links: arrows.links,
      legend: legend.items,
      ...(legendAt === undefined ? {} : { legendAt }),
      meta: title?.element.kind === 'title' ? { title: title.element.label } : {},
    },
    log,
    {
      layout: options.layout === 'auto' ? 'auto' : 'manual',
      id: typeof options.id === 'string' ? options.id : undefined,
    },
  );
}

/** Orders two z-paths: by each level's zOrder, a group before what it holds. */
function compareZ(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
