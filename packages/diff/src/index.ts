export {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type ChangeTarget,
  type NodeStatus,
  type RoadmapDiff,
} from './change.js';
export { diffRoadmaps, hasChanges } from './diff-roadmaps.js';
export { version } from './version.js';
export { withRemovedNodes } from './with-removed-nodes.js';
