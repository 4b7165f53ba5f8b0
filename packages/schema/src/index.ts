export { describeValue } from './describe-value.js';
export { codeFrame } from './format/code-frame.js';
export { formatIssuesGithub } from './format/github.js';
export { formatIssuesJson, issueJson } from './format/json.js';
export { formatIssuesPretty, type PrettyOptions, summarizeIssues } from './format/pretty.js';
export {
  type GraphEdge,
  type GraphNode,
  type RoadmapGraph,
  toGraph,
} from './graph.js';
export {
  formatPath,
  hasErrors,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssuePath,
  type Result,
  type Severity,
} from './issue.js';
export { JSON_SCHEMA_URL, roadmapJsonSchema } from './json-schema.js';
export { CURRENT_SCHEMA_VERSION, LIMITS } from './limits.js';
export { markdownText } from './markdown/markdown-text.js';
export { parseMarkdown } from './markdown/parse-markdown.js';
export { migrate } from './migrate-document.js';
export { RESOURCE_TYPES } from './model/content.js';
export {
  PAGE_WORD_KEYS,
  type RoadmapDocument,
  type RoadmapDocumentInput,
  roadmapDocument,
  UI_MESSAGE_KEYS,
} from './model/document.js';
export { BADGE_CORNERS, BADGE_SHAPES } from './model/legend.js';
export { EDGE_STYLES, ELEMENT_KINDS, SIDES } from './model/nodes.js';
export { PALETTE, PALETTE_NAMES, type PaletteName } from './model/palette.js';
export { THEME_ROLES, type ThemeRole, theme as themeSchema } from './model/theme.js';
export { RoadmapInputError, requireDocument } from './require-document.js';
export type { GlyphCheck } from './rules/missing-glyphs.js';
export { closest } from './suggest.js';
export {
  cleanUrl,
  judgeUrl,
  SAFE_URL_SCHEMES,
  safeUrl,
  type UrlRefusal,
  type UrlVerdict,
  urlScheme,
} from './text/clean-url.js';
export { cleanText, INVISIBLE, visibleText } from './text/invisible.js';
export { decodeLinkTarget, markdownLinkTargets } from './text/markdown-links.js';
export { parseRoadmap, type ValidateOptions, validateRoadmap } from './validate.js';
export { version } from './version.js';
