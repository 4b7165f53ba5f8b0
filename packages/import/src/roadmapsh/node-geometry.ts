import type { Point, Size } from '../core/geometry.js';
import { isUsableCoordinate, isUsableExtent } from '../core/limits.js';
import type { ImportPath, IssueLog } from '../import-issue.js';
import { asNumber, dig, type Json } from '../read-value.js';

/** Sizes for nodes that have none, by editor node type (about what the editor draws). */
const DEFAULT_SIZES: Readonly<Record<string, Size>> = {
  title: { width: 300, height: 60 },
  topic: { width: 220, height: 50 },
  subtopic: { width: 220, height: 46 },
  section: { width: 300, height: 200 },
  paragraph: { width: 300, height: 100 },
  label: { width: 200, height: 36 },
  button: { width: 220, height: 46 },
  resourceButton: { width: 220, height: 46 },
  linksgroup: { width: 250, height: 150 },
  checklist: { width: 250, height: 100 },
  todo: { width: 250, height: 40 },
  legend: { width: 250, height: 100 },
  vertical: { width: 20, height: 100 },
  horizontal: { width: 100, height: 20 },
};

/** The node's top-left, or undefined when it has none that is usable (missing, NaN, huge). */
export function nodePosition(node: Json): Point | undefined {
  const x = asNumber(dig(node, 'position', 'x'));
  const y = asNumber(dig(node, 'position', 'y'));
  return isUsableCoordinate(x) && isUsableCoordinate(y) ? { x, y } : undefined;
}

/**
 * The node's size: `width`/`height`, else `style`, else `measured`, else the data's style
 * (sections), else the default for its type with a warning.
 */
export function nodeSize(
  node: Json,
  type: string,
  path: ImportPath,
  name: string,
  log: IssueLog,
): Size {
  const sources: Array<[unknown, unknown]> = [
    [node.width, node.height],
    [dig(node, 'style', 'width'), dig(node, 'style', 'height')],
    [dig(node, 'measured', 'width'), dig(node, 'measured', 'height')],
    [dig(node, 'data', 'style', 'width'), dig(node, 'data', 'style', 'height')],
  ];
  for (const [w, h] of sources) {
    const width = asNumber(w);
    const height = asNumber(h);
    if (isUsableExtent(width) && isUsableExtent(height)) return { width, height };
  }
  const size = DEFAULT_SIZES[type] ?? { width: 200, height: 40 };
  log.warn(
    'missing-size',
    [...path, 'width'],
    `${name} has no usable width and height; used ${size.width}×${size.height}`,
  );
  return size;
}
