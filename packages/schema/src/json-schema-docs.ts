/** Descriptions for properties whose zod schema has none (shared names: lists, coordinates). */
const DESCRIPTIONS: Record<string, string> = {
  schemaVersion: 'The version of the roadmapkit format this file is written in. Write `1`.',
  authors: 'Who wrote the roadmap: a list of `{ name, url }`.',
  callouts: 'Call-outs shown near the title: a line of text with a link each.',
  edges: 'Edges the tree does not imply, such as a dotted line from a subtopic to a later topic.',
  elements:
    'Nodes outside the topic tree: titles, sections, paragraphs, buttons, checklists, labels, link groups and lines.',
  faq: 'Questions and markdown answers shown under the roadmap.',
  legend: 'The legend: badges that nodes reference by id.',
  tags: 'Keywords for search and catalogues.',
  topics: 'The topics on the spine, top to bottom, each with its subtopics.',
  subtopics: 'The subtopics that branch off this node, drawn with dashed edges.',
  updated: 'When the roadmap was last updated, as `YYYY-MM-DD`.',
  resources:
    'Typed learning resources: official docs, open-source projects, articles, courses, podcasts, videos, books.',
  type: 'The kind of resource, which sets its icon and order.',
  items: 'The items of the checklist, each with an id and a label.',
  links: 'The links of the group, each with a label and a URL.',
  kind: 'What kind of element this is.',
  shape: 'The shape of the badge.',
  style: 'How the line is drawn: solid, dashed or dotted.',
  x: 'The horizontal position in px, from the left edge.',
  y: 'The vertical position in px, from the top edge.',
  width: 'The width in px.',
  height: 'The height in px.',
};

/** Examples an editor offers when completing these properties. */
const EXAMPLES: Record<string, unknown[]> = {
  schemaVersion: [1],
  id: ['backend', 'http-basics'],
  label: ['How does the Internet work?'],
  title: ['Backend Developer'],
  url: ['https://developer.mozilla.org/en-US/docs/Web/HTTP'],
  color: ['purple', '#2b78e4'],
  side: ['left', 'right'],
  updated: ['2026-11-24'],
  license: ['CC-BY-SA-4.0'],
  tags: [['backend', 'apis']],
};

/**
 * Makes the JSON Schema teach the format in an editor: every property gets a description
 * and the same text as `markdownDescription` (which VS Code's hover renders), common ones
 * get `examples`, and every closed object accepts `x-…` keys (the author's own, for shared
 * YAML anchors), as validation does. Returns a new schema.
 */
export function documentSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = visit(value);
    if (out.properties && typeof out.properties === 'object') {
      const properties: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(
        out.properties as Record<string, Record<string, unknown>>,
      )) {
        const description =
          (value.description as string | undefined) ?? DESCRIPTIONS[name] ?? `The ${name}.`;
        properties[name] = {
          ...value,
          description,
          markdownDescription: description,
          ...(EXAMPLES[name] && value.examples === undefined ? { examples: EXAMPLES[name] } : {}),
        };
      }
      out.properties = properties;
      if (out.additionalProperties === false) out.patternProperties = { '^x-': {} };
    }
    return out;
  };
  return visit(schema) as Record<string, unknown>;
}
