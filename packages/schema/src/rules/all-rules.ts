import type { Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { duplicateSiblingLabels } from './duplicate-labels.js';
import { noEmptyLabels } from './empty-labels.js';
import { linkLint } from './link-lint.js';
import { manualPositions } from './manual-positions.js';
import { orphanTopics } from './orphan-topics.js';
import { references } from './references.js';
import { safeUrls } from './safe-urls.js';
import { sectionBoxes } from './section-boxes.js';
import { noSelfLoops } from './self-loop.js';
import { spineWithoutCycles } from './spine.js';
import { uniqueIds } from './unique-ids.js';

/** A check beyond shape: reads a shape-valid document, returns what it finds. */
export type Rule = (doc: RoadmapDocument) => Finding[];

/** The rules every document is held to, in the order their findings are reported. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  references,
  noSelfLoops,
  spineWithoutCycles,
  orphanTopics,
  duplicateSiblingLabels,
  safeUrls,
  linkLint,
  noEmptyLabels,
  manualPositions,
  sectionBoxes,
];
