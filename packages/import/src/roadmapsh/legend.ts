import { BADGE_CORNERS } from '@roadmapkit/schema';
import type { LegendRegistry } from '../core/legend-registry.js';
import type { BadgeCorner } from '../core/model-types.js';
import type { ValueReader } from '../core/values.js';
import type { ImportPath, IssueLog } from '../import-issue.js';
import { asArray, asRecord, asText } from '../read-value.js';

const CORNERS = new Set<string>(BADGE_CORNERS);
const FALLBACK_COLOR = 'gray';

export interface LegendContext {
  readonly legend: LegendRegistry;
  readonly values: ValueReader;
  readonly log: IssueLog;
}

function colorOf(value: unknown, path: ImportPath, name: string, ctx: LegendContext): string {
  const color = ctx.values.color(value, path, name);
  if (color !== undefined) return color;
  if (value === undefined || value === '')
    ctx.log.warn('invalid-legend', path, `${name} has no colour; used ${FALLBACK_COLOR}`);
  return FALLBACK_COLOR;
}

/** Adds the entries of the editor's legend box (`data.legends`) to the document legend. */
export function readLegendBox(
  data: unknown,
  path: ImportPath,
  name: string,
  ctx: LegendContext,
): void {
  (asArray(asRecord(data)?.legends) ?? []).forEach((entry, i) => {
    const at = [...path, 'data', 'legends', i];
    const record = asRecord(entry);
    const label = ctx.values.label(record?.label, [...at, 'label'], name);
    const itemName = `${name}, entry ${i + 1}`;
    if (label === '') {
      ctx.log.warn('invalid-legend', at, `${itemName} has no label; dropped it`);
      return;
    }
    const color = colorOf(record?.color, [...at, 'color'], `legend entry "${label}"`, ctx);
    ctx.legend.add({ key: asText(record?.id), label, color });
  });
}

/** A node's legend badge (`data.legend`): the legend item's id and the corner it sits on. */
export function readBadge(
  value: unknown,
  path: ImportPath,
  name: string,
  ctx: LegendContext,
): { legend?: string; badgeCorner?: BadgeCorner } {
  const record = asRecord(value);
  if (record === undefined) return {};
  const key = asText(record.id);
  const label = ctx.values.label(record.label, [...path, 'label'], name);
  const id =
    label === ''
      ? ctx.legend.find(key, undefined)
      : ctx.legend.add({ key, label, color: colorOf(record.color, [...path, 'color'], name, ctx) });
  if (id === undefined) {
    ctx.log.warn(
      'invalid-legend',
      path,
      `${name}: its badge names no legend entry and has no label; dropped the badge`,
    );
    return {};
  }
  const corner = asText(record.position);
  return {
    legend: id,
    ...(corner !== undefined && CORNERS.has(corner) ? { badgeCorner: corner as BadgeCorner } : {}),
  };
}
