import { readFile } from 'node:fs/promises';
import {
  formatIssuesGithub,
  formatIssuesJson,
  formatIssuesPretty,
  type Issue,
  parseRoadmap,
  summarizeIssues,
} from '@roadmapkit/schema';
import { checkInput, fileIssue } from '../check-input.js';
import { EXIT, UsageError } from '../errors.js';
import { expandInputs } from '../expand-inputs.js';
import { type CliIo, useColor } from '../io.js';

export const VALIDATE_HELP = `Usage: roadmapkit validate <files|dirs|globs…> [options]

Checks roadmap files and reports every issue with file, line, column and a fix.
Folders are searched for roadmap.yaml and *.roadmap.yaml (also .yml and .json); "-" reads stdin.

Options:
  --format <pretty|json|github>  how to report (default: pretty)
  --strict                       treat warnings as errors
  -h, --help                     show this help

Exit codes: 0 valid, 1 invalid, 2 usage error.`;

const FORMATS = ['pretty', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

export interface ValidateArgs {
  readonly inputs: readonly string[];
  readonly format: string | undefined;
  readonly strict: boolean;
}

/** Reads a file as bytes; a problem reading it becomes an issue of that file, not a crash. */
async function readInput(path: string, name: string, io: CliIo): Promise<Uint8Array | Issue> {
  const problem = await checkInput(path, name, io.cwd);
  if (problem) return problem;
  try {
    return path === '-' ? await io.readStdin() : await readFile(path);
  } catch (cause) {
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

export async function validateCommand(args: ValidateArgs, io: CliIo): Promise<number> {
  const format = (args.format ?? 'pretty') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, received ${JSON.stringify(args.format)}`,
    );
  }
  if (args.inputs.length === 0)
    throw new UsageError('validate needs at least one file, folder or glob (or - for stdin)');
  const inputs = await expandInputs(args.inputs, io.cwd);
  const issues: Issue[] = [];
  const sources: Record<string, string> = {};
  let failed = 0;
  for (const input of inputs) {
    const bytes = await readInput(input.path, input.name, io);
    const fileIssues =
      bytes instanceof Uint8Array ? parseRoadmap(bytes, { file: input.name }).issues : [bytes];
    const promoted = args.strict
      ? fileIssues.map((issue) => ({ ...issue, severity: 'error' as const }))
      : fileIssues;
    if (promoted.some((issue) => issue.severity === 'error')) failed++;
    if (format === 'pretty' && bytes instanceof Uint8Array && promoted.length > 0) {
      sources[input.name] = new TextDecoder().decode(bytes);
    }
    issues.push(...promoted);
  }
  if (format === 'json') io.write(`${formatIssuesJson(issues)}\n`);
  else if (format === 'github') {
    if (issues.length > 0) io.write(`${formatIssuesGithub(issues)}\n`);
  } else {
    if (issues.length > 0)
      io.write(`${formatIssuesPretty(issues, { sources, color: useColor(io) })}\n\n`);
    const files = `${inputs.length} file${inputs.length === 1 ? '' : 's'}`;
    io.write(
      `${failed === 0 ? '✔' : '✖'} ${files} checked, ${failed} invalid (${summarizeIssues(issues)})\n`,
    );
  }
  return failed === 0 ? EXIT.ok : EXIT.invalid;
}
