import type { BADGE_CORNERS, EDGE_STYLES, RoadmapDocumentInput } from '@roadmapkit/schema';

/** The parts of a roadmap document an importer writes, as the schema reads them. */
export type TopicInput = RoadmapDocumentInput['topics'][number];
export type SubtopicInput = NonNullable<TopicInput['subtopics']>[number];
export type ContentInput = NonNullable<TopicInput['content']>;
export type ResourceInput = NonNullable<ContentInput['resources']>[number];
export type ElementInput = NonNullable<RoadmapDocumentInput['elements']>[number];
export type EdgeInput = NonNullable<RoadmapDocumentInput['edges']>[number];
export type LegendItemInput = NonNullable<RoadmapDocumentInput['legend']>[number];
export type FaqInput = NonNullable<RoadmapDocumentInput['faq']>[number];
export type BadgeCorner = (typeof BADGE_CORNERS)[number];
export type EdgeStyle = (typeof EDGE_STYLES)[number];
