import { describeValue, LIMITS, type RoadmapDocument } from '@roadmapkit/schema';
import { assemble } from '../core/assemble.js';
import { createIdRegistry } from '../core/ids.js';
import { createLegendRegistry } from '../core/legend-registry.js';
import { runImport } from '../core/run-import.js';
import { createValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import type { ImportResult, RoadmapShOptions } from '../options.js';
import { asArray, asRecord } from '../read-value.js';
import { indexContent } from './content-index.js';
import { readFaqs } from './faqs.js';
import { readFrontmatter } from './frontmatter.js';
import { applyMigrationMapping } from './migration-mapping.js';
import { readEdges } from './read-edges.js';
import { readNodes } from './read-nodes.js';

/**
 * Converts a roadmap.sh editor file (`{ nodes, edges }`), with the page's frontmatter, FAQ
 * module and topic content files when given, into a roadmap document that validates.
 * Never throws: what it drops or repairs is in `issues`; without a document, an error says why.
 */
export function fromRoadmapSh(json: unknown, options: RoadmapShOptions = {}): ImportResult {
  return runImport((log) => importEditorFile(json, options ?? {}, log));
}

function importEditorFile(
  json: unknown,
  options: RoadmapShOptions,
  log: IssueLog,
): RoadmapDocument | undefined {
  const root = asRecord(json);
  const nodes = asArray(root?.nodes);
  if (root === undefined || nodes === undefined) {
    const hint =
      root?.mockup === undefined ? '' : ' (this looks like a Balsamiq file: use fromBalsamiq)';
    log.fail(
      'invalid-input',
      root === undefined ? [] : ['nodes'],
      `expected a roadmap.sh editor file, an object with a "nodes" list, received ${describeValue(root === undefined ? json : root.nodes)}${hint}`,
    );
    return undefined;
  }
  if (nodes.length > LIMITS.maxNodes) {
    log.fail(
      'invalid-input',
      ['nodes'],
      `expected at most ${LIMITS.maxNodes} nodes, received ${nodes.length}`,
    );
    return undefined;
  }
  const edges = asArray(root.edges);
  if (edges === undefined && root.edges !== undefined)
    log.warn(
      'invalid-edge',
      ['edges'],
      `expected "edges" to be a list, received ${describeValue(root.edges)}; imported no edges`,
    );
  const values = createValueReader(log);
  const legend = createLegendRegistry();
  const files = asRecord(options.content) as Readonly<Record<string, string>> | undefined;
  const content = files === undefined ? undefined : indexContent(files, values, log);
  const reading = readNodes(nodes, { registry: createIdRegistry(), legend, values, log, content });
  content?.reportUnused();
  const links = readEdges(edges ?? [], reading.ids, log);
  const page =
    options.frontmatter === undefined ? {} : readFrontmatter(options.frontmatter, values, log);
  const faq = typeof options.faqs === 'string' ? readFaqs(options.faqs, values, log) : [];
  const heading = [...reading.titles].sort((a, b) => a.y - b.y)[0]?.label;
  const title = page.title ?? heading;
  const boxes =
    options.migrationMapping === undefined || options.migrationMapping === null
      ? reading.boxes
      : applyMigrationMapping(reading.boxes, options.migrationMapping, reading.ids, log);
  return assemble(
    {
      boxes,
      elements: reading.elements,
      links,
      legend: legend.items,
      ...(reading.legendAt === undefined ? {} : { legendAt: reading.legendAt }),
      meta: { ...page, ...(title === undefined ? {} : { title }), faq },
    },
    log,
    {
      layout: options.layout === 'auto' ? 'auto' : 'manual',
      id: typeof options.id === 'string' ? options.id : undefined,
    },
  );
}
