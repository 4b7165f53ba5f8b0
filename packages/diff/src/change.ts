/** What happened to one thing between the two versions. */
export const CHANGE_KINDS = [
  'added',
  'removed',
  'renamed',
  'moved',
  'content',
  'resources',
  'legend',
  'link',
  'changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The part of the document a change is about. */
export type ChangeTarget =
  | 'document'
  | 'topic'
  | 'subtopic'
  | 'element'
  | 'legend-item'
  | 'callout'
  | 'edge'
  | 'faq';

/**
 * One change, as plain data: what kind, to what (`target` and `id`: a node or legend id, an
 * edge `from->to`, a FAQ question, a document field), its label in the newer version (the
 * older one when removed), and a one-line description of what changed.
 */
export interface Change {
  readonly kind: ChangeKind;
  readonly target: ChangeTarget;
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

/** How a node is marked in a picture of the change. */
export type NodeStatus = 'added' | 'changed' | 'removed';

/** Everything that changed from `base` to `head`, in document order. */
export interface RoadmapDiff {
  readonly changes: readonly Change[];
  /** How many changes of each kind. */
  readonly counts: Readonly<Record<ChangeKind, number>>;
  /** The status of each node (topic, subtopic or element) that changed, by id. */
  readonly nodes: Readonly<Record<string, NodeStatus>>;
}
