/** The limits every document is held to. A file past one gets a clear error, never a hang. */
export const LIMITS = {
  /** Largest source file, in bytes (5 MB). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Most nodes in one document (topics, subtopics and elements together). */
  maxNodes: 5_000,
  /** Longest label, in characters. */
  maxLabelLength: 300,
  /** Longest markdown text (descriptions, FAQ answers, paragraphs), in characters. */
  maxMarkdownLength: 20_000,
  /** Longest URL, in characters. */
  maxUrlLength: 2_048,
  /** Most YAML alias expansions in one file (stops "billion laughs" files). */
  maxAliasCount: 100,
  /** Deepest nesting of objects and lists in the data. */
  maxDepth: 64,
  /** Largest absolute coordinate or size, in px. */
  maxCoordinate: 1_000_000,
} as const;

/** The schema version this package reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;
