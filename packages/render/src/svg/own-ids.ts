/**
 * The ids of the elements we draw for ourselves. A node's element id is `rk-<node id>`, and
 * a node id starts with a letter or a digit; ours start with `rk--`, so no document (a topic
 * with id `legend` or `doc-title`) can give two elements the same id.
 */
export const OWN_IDS = {
  docTitle: 'rk--doc-title',
  docDesc: 'rk--doc-desc',
  legend: 'rk--legend',
  titleBlock: 'rk--title-block',
  /** The reader page's second `<svg>`: the picture's rest, drawn after the first paint. */
  rest: 'rk--rest',
} as const;

/** The element id of a node, section or line drawn from the document. */
export function nodeElementId(id: string): string {
  return `rk-${id}`;
}
