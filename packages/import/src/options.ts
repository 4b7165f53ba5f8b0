import type { RoadmapDocument } from '@roadmapkit/schema';
import type { ImportIssue } from './import-issue.js';

/** Options every importer takes. */
export interface ImportOptions {
  /**
   * `manual` (default): every node keeps the source's position and size, shifted so the
   * top-left of the picture is (0, 0). `auto`: positions and sizes are dropped and the
   * layout places everything; lines and sections that frame no topic are dropped.
   */
  readonly layout?: 'manual' | 'auto';
  /** The document id (a slug is made of it); default: from the source, else from the title. */
  readonly id?: string;
}

/** The files that sit beside a roadmap.sh editor file. */
export interface RoadmapShOptions extends ImportOptions {
  /** The page's metadata: the `<id>.md` text (YAML between `---` lines), or its parsed data. */
  readonly frontmatter?: string | object;
  /** The FAQ module (`faqs.astro`) text. Its `faqs` array is read as data, never run. */
  readonly faqs?: string;
  /**
   * Topic content files by name (`content/intro@a1B2.md`, `intro@a1B2` or the node id):
   * `# Title`, a description and `[@type@Title](url)` resources.
   */
  readonly content?: Readonly<Record<string, string>>;
  /**
   * The `migration-mapping.json` beside the file (its text, or its parsed data): keys
   * `topic` and `topic:subtopic`, values node ids. It is the authors' own tree, so it says
   * which topic a subtopic belongs to where no edge does.
   */
  readonly migrationMapping?: string | object;
}

/** What an importer returns: a document that validates (or undefined), and what it changed. */
export interface ImportResult {
  readonly value: RoadmapDocument | undefined;
  readonly issues: readonly ImportIssue[];
}
