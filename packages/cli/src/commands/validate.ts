import { existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  formatIssuesPretty,
  type GlyphCheck,
  type Issue,
  parseRoadmap,
  summarizeIssues,
} from '@roadmapkit/schema';
import { checkInput, fileIssue } from '../check-input.js';
import { checkLinks, documentUrls, linkIssue } from '../check-links.js';
import { EXIT, UsageError } from '../errors.js';
import { expandInputs } from '../expand-inputs.js';
import { glyphCheck, loadFonts, mayMissGlyphs } from '../glyph-check.js';
import { type CliIo, useColor } from '../io.js';
import type { FileReport } from '../report/file-report.js';
import { ANNOTATION_LIMIT, githubAnnotations, githubSummary } from '../report/github-report.js';
import { formatSarif } from '../report/sarif.js';
import { formatValidateJson } from '../report/validate-json.js';
import { readRegularFile, UnsafePathError } from '../safe-paths.js';
import { writeFileAtomic } from '../write-file-atomic.js';

export const VALIDATE_HELP = `Usage: roadmapkit validate <files|dirs|globs…> [options]

Checks roadmap files and reports every issue with file, line, column and a fix.
Folders are searched for roadmap.yaml and *.roadmap.yaml (also .yml and .json); "-" reads stdin.

Options:
  --format FORMAT   pretty (default), json (a stable shape, per file and a summary),
                    github (annotations) or sarif (SARIF 2.1.0, for code scanning)
  -o, --output FILE write the report to FILE ("-": standard output, the default)
  --strict          treat warnings as errors
  --quiet           print only errors: no warnings, no line when all is well
  --check-links     also check that every http(s) link answers (8 at a time; links that
                    worked are remembered for a day in node_modules/.cache/roadmapkit)
  --font FILE       a TTF/OTF/WOFF/WOFF2 font that render will be given (repeatable): its
                    characters are not reported as missing
  -h, --help        show this help

On GitHub Actions (GITHUB_ACTIONS=true) the default is github: annotations (up to
GitHub's 10 a step for each severity, the rest in the log), paths relative to
GITHUB_WORKSPACE, and a table of files and issues in the job summary.

Text that no font can draw (it would show as empty boxes) is a missing-glyph warning,
when @roadmapkit/fonts is installed.

Exit codes: 0 valid, 1 invalid, 2 usage error.`;

const FORMATS = ['pretty', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export interface ValidateArgs {
  readonly inputs: readonly string[];
  readonly format: string | undefined;
  readonly strict: boolean;
  readonly quiet?: boolean;
  readonly output?: string | undefined;
  readonly checkLinks?: boolean;
  /** The user's own font files (`--font`), as render will get them. */
  readonly fonts?: readonly string[] | undefined;
}

/** Reads a file as bytes; a problem reading it becomes an issue of that file, not a crash. */
async function readInput(path: string, name: string, io: CliIo): Promise<Uint8Array | Issue> {
  const problem = await checkInput(path, name, io.cwd);
  if (problem) return problem;
  try {
    return path === '-' ? await io.readStdin() : await readRegularFile(path);
  } catch (cause) {
    if (cause instanceof UnsafePathError)
      return fileIssue(
        name,
        'unreadable-file',
        `expected a regular file, but ${cause.message}`,
        'name a roadmap file',
      );
    const code = (cause as NodeJS.ErrnoException).code;
    return code === 'EACCES'
      ? fileIssue(
          name,
          'unreadable-file',
          'expected a readable file, received one without read permission',
          'give read permission to the file',
        )
      : fileIssue(
          name,
          'unreadable-file',
          `could not read the file (${code ?? 'unknown error'})`,
          'check the path',
        );
  }
}

/** Links of one document that do not answer (--check-links), as warnings. */
async function linkIssues(file: string, source: string, doc: unknown, io: CliIo): Promise<Issue[]> {
  const urls = documentUrls(doc);
  const problems = await checkLinks(
    urls.map((u) => u.url),
    { cacheFile: join(io.cwd, 'node_modules/.cache/roadmapkit/links.json') },
  );
  return urls.flatMap(({ url, path }) => {
    const problem = problems.get(url);
    return problem === undefined ? [] : [linkIssue(file, source, url, path, problem)];
  });
}

/** Where a file is shown on GitHub: relative to GITHUB_WORKSPACE, with forward slashes. */
function workspaceName(name: string, io: CliIo): string {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace || name === '<stdin>') return name;
  const inside = relative(workspace, resolve(io.cwd, name));
  return inside.startsWith('..') || isAbsolute(inside) ? name : inside.split('\\').join('/');
}

export async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  const onGithub = io.env.GITHUB_ACTIONS === 'true';
  const format = (args.format ?? (onGithub ? 'github' : 'pretty')) as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, received ${JSON.stringify(args.format)}`,
    );
  }
  if (args.inputs.length === 0)
    throw new UsageError('validate needs at least one file, folder or glob (or - for stdin)');
  const fontFiles = (args.fonts ?? []).map((file) => {
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new UsageError(`--font: no such file ${file}`);
    return path;
  });
  const inputs = await expandInputs(args.inputs, io.cwd);
  // The fonts are read only for a file with text beyond Latin-1 (never for plain Latin).
  let glyphs: Promise<GlyphCheck | undefined> | undefined;
  const glyphsFor = (bytes: Uint8Array) => {
    if (!mayMissGlyphs(new TextDecoder().decode(bytes))) return undefined;
    glyphs ??= loadFonts().then(
      (fonts) => fonts && glyphCheck(fonts, fonts.createMeasurer(undefined, { fontFiles })),
    );
    return glyphs;
  };
  const reports: FileReport[] = [];
  const sources: Record<string, string> = {};
  for (const input of inputs) {
    const name = onGithub ? workspaceName(input.name, io) : input.name;
    const bytes = await readInput(input.path, name, io);
    const check = bytes instanceof Uint8Array ? await glyphsFor(bytes) : undefined;
    const parsed =
      bytes instanceof Uint8Array
        ? parseRoadmap(bytes, { file: name, ...(check ? { glyphs: check } : {}) })
        : undefined;
    const fileIssues = parsed ? [...parsed.issues] : [bytes as Issue];
    if (args.checkLinks && parsed?.value && bytes instanceof Uint8Array)
      fileIssues.push(
        ...(await linkIssues(name, new TextDecoder().decode(bytes), parsed.value, io)),
      );
    const promoted = args.strict
      ? fileIssues.map((issue) => ({ ...issue, severity: 'error' as const }))
      : fileIssues;
    if (bytes instanceof Uint8Array && promoted.length > 0) {
      sources[name] = new TextDecoder().decode(bytes);
    }
    reports.push({ file: name, issues: promoted });
  }
  const issues = reports.flatMap((report) => report.issues);
  const failed = reports.filter((report) =>
    report.issues.some((i) => i.severity === 'error'),
  ).length;
  const files = `${inputs.length} file${inputs.length === 1 ? '' : 's'}`;
  const line = `${failed === 0 ? '✔' : '✖'} ${files} checked, ${failed} invalid (${summarizeIssues(issues)})\n`;
  let out = '';
  if (format === 'json') out = `${formatValidateJson(reports)}\n`;
  else if (format === 'sarif') out = `${formatSarif(reports)}\n`;
  else if (format === 'github') {
    const { text, overflow } = githubAnnotations(issues);
    out = text;
    if (overflow.length > 0) {
      out += `${overflow.length} more issue${overflow.length === 1 ? '' : 's'} beyond GitHub's ${ANNOTATION_LIMIT} annotations a step:\n${formatIssuesPretty(overflow)}\n\n`;
    }
    out += line;
  } else {
    const shown = args.quiet ? issues.filter((issue) => issue.severity === 'error') : issues;
    if (shown.length > 0)
      out += `${formatIssuesPretty(shown, { sources, color: useColor(io) && args.output === undefined })}\n\n`;
    if (!(args.quiet && failed === 0)) out += line;
  }
  if (args.output === undefined || args.output === '-') io.write(out);
  else await writeFileAtomic(resolve(io.cwd, args.output), out, io.cwd);
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (onGithub && summaryFile) await appendFile(summaryFile, githubSummary(reports));
  return failed === 0 ? EXIT.ok : EXIT.invalid;
}
