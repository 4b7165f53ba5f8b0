import { type ParseArgsConfig, parseArgs } from 'node:util';
import { EXIT, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { version } from './version.js';

export const HELP = `Usage: roadmapkit <command> [options]

Roadmaps written as data: checked, laid out and rendered.

Commands:
  validate <files|dirs|globs…>   check roadmap files and report every issue
  render <files|dirs|globs…>     lay out and draw roadmaps as svg, png, pdf, html, md, json
  diff BASE HEAD | --git REF     what changed between two versions: text, md, json or a picture
  schema [-o FILE]               print or write the JSON Schema of roadmap files
  import <files…>                convert roadmap.sh editor or Balsamiq files to roadmapkit YAML
  init [DIR]                     create a starter roadmap and a GitHub Actions workflow
  watch <file> [--serve]         re-render on every save; --serve opens a live preview

Options:
  -h, --help      show help (also after a command: roadmapkit validate --help)
  -v, --version   show the version
  --debug         show stack traces of internal errors

Docs: https://github.com/roadmapkit/roadmapkit#readme`;

const COMMANDS = ['validate', 'render', 'diff', 'import', 'schema', 'init', 'watch'];

const REPORT_URL = 'https://github.com/roadmapkit/roadmapkit/issues';

/** An unknown option: its message (with a suggestion) is written when it is reported. */
class UnknownOptionError extends UsageError {
  constructor(
    readonly option: string,
    readonly known: readonly string[],
  ) {
    super(`unknown option ${JSON.stringify(option)}`);
  }
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (cause) {
    const message = (cause as Error).message.split(/\.\s|\n/)[0] ?? 'invalid arguments';
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) throw new UnknownOptionError(unknown, Object.keys(options));
    throw new UsageError(message);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.write(`${HELP}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    case '-v':
    case '--version':
      io.write(`${version}\n`);
      return EXIT.ok;
    case 'validate': {
      const { VALIDATE_HELP, validateCommand } = await import('./commands/validate.js');
      if (wantsHelp) return help(io, VALIDATE_HELP);
      const { values, positionals } = parse(rest, {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        'check-links': { type: 'boolean', default: false },
        font: { type: 'string', multiple: true },
        debug: { type: 'boolean', default: false },
      });
      return validateCommand(
        {
          inputs: positionals,
          format: values.format as string | undefined,
          output: values.output as string | undefined,
          strict: values.strict === true,
          quiet: values.quiet === true,
          checkLinks: values['check-links'] === true,
          fonts: values.font as string[] | undefined,
        },
        io,
      );
    }
    case 'schema': {
      const { SCHEMA_HELP, schemaCommand } = await import('./commands/schema.js');
      if (wantsHelp) return help(io, SCHEMA_HELP);
      const { values, positionals } = parse(rest, {
        output: { type: 'string', short: 'o' },
        debug: { type: 'boolean', default: false },
      });
      if (positionals.length > 0)
        throw new UsageError(
          `schema takes no arguments, received ${JSON.stringify(positionals[0])}`,
        );
      return schemaCommand({ output: values.output as string | undefined }, io);
    }
    case 'render': {
      const { RENDER_HELP, renderCommand } = await import('./commands/render.js');
      if (wantsHelp) return help(io, RENDER_HELP);
      const { values, positionals } = parse(rest, {
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        format: { type: 'string' },
        theme: { type: 'string' },
        scale: { type: 'string' },
        width: { type: 'string' },
        background: { type: 'string' },
        layout: { type: 'string' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        timeout: { type: 'string' },
        font: { type: 'string', multiple: true },
        'embed-fonts': { type: 'boolean', default: false },
        'max-megapixels': { type: 'string' },
        debug: { type: 'boolean', default: false },
      });
      const text = (key: string) => values[key] as string | undefined;
      return renderCommand(
        {
          inputs: positionals,
          output: text('output'),
          outDir: text('out-dir'),
          format: text('format'),
          theme: text('theme'),
          scale: text('scale'),
          width: text('width'),
          background: text('background'),
          layout: text('layout'),
          jobs: text('jobs'),
          shard: text('shard'),
          timeout: text('timeout'),
          fonts: values.font as string[] | undefined,
          embedFonts: values['embed-fonts'] === true,
          maxMegapixels: text('max-megapixels'),
        },
        io,
        new URL('./render-worker.js', import.meta.url),
      );
    }
    case 'diff': {
      const { DIFF_HELP, diffCommand } = await import('./commands/diff.js');
      if (wantsHelp) return help(io, DIFF_HELP);
      const { values, positionals } = parse(rest, {
        git: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        theme: { type: 'string' },
        width: { type: 'string' },
        background: { type: 'string' },
        'exit-code': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      });
      const text = (key: string) => values[key] as string | undefined;
      return diffCommand(
        {
          paths: positionals,
          git: text('git'),
          format: text('format'),
          output: text('output'),
          outDir: text('out-dir'),
          theme: text('theme'),
          width: text('width'),
          background: text('background'),
          exitCode: values['exit-code'] === true,
        },
        io,
      );
    }
    case 'import': {
      const { IMPORT_HELP, importCommand } = await import('./commands/import.js');
      if (wantsHelp) return help(io, IMPORT_HELP);
      const { values, positionals } = parse(rest, {
        from: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        format: { type: 'string' },
        layout: { type: 'string' },
        debug: { type: 'boolean', default: false },
      });
      const text = (key: string) => values[key] as string | undefined;
      return importCommand(
        {
          inputs: positionals,
          from: text('from'),
          output: text('output'),
          outDir: text('out-dir'),
          format: text('format'),
          layout: text('layout'),
        },
        io,
      );
    }
    case 'watch': {
      const { WATCH_HELP, watchCommand } = await import('./commands/watch.js');
      if (wantsHelp) return help(io, WATCH_HELP);
      const { values, positionals } = parse(rest, {
        output: { type: 'string', short: 'o' },
        serve: { type: 'boolean', default: false },
        port: { type: 'string' },
        debug: { type: 'boolean', default: false },
      });
      if (positionals.length > 1) throw new UsageError('watch takes one file');
      return watchCommand(
        {
          file: positionals[0],
          output: values.output as string | undefined,
          serve: values.serve === true,
          port: values.port as string | undefined,
        },
        io,
      );
    }
    case 'init': {
      const { INIT_HELP, initCommand } = await import('./commands/init.js');
      if (wantsHelp) return help(io, INIT_HELP);
      const { values, positionals } = parse(rest, {
        force: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      });
      if (positionals.length > 1) throw new UsageError('init takes at most one folder');
      return initCommand({ dir: positionals[0], force: values.force === true }, io);
    }
    default:
      throw new UsageError(
        `unknown command ${JSON.stringify(command)} (commands: ${COMMANDS.join(', ')})`,
      );
  }
}

function help(io: CliIo, text: string): number {
  io.write(`${text}\n`);
  return EXIT.ok;
}

/**
 * Runs the roadmapkit command line and returns the exit code. Usage errors print one
 * line; an unexpected error prints one line with a link to report it, and its stack
 * only with --debug.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (cause) {
    if (cause instanceof UnknownOptionError) {
      // The suggestion needs the schema package's edit distance: loaded only now, not for --help.
      const { unknownOption } = await import('./unknown-option.js');
      io.writeError(
        `roadmapkit: ${unknownOption(cause.option, cause.known)}\nRun "roadmapkit --help" for usage.\n`,
      );
      return cause.exitCode;
    }
    if (cause instanceof UsageError) {
      io.writeError(`roadmapkit: ${cause.message}\nRun "roadmapkit --help" for usage.\n`);
      return cause.exitCode;
    }
    // An output that cannot be written (a pipe, /proc, a full disk) is the user's to fix.
    if (cause instanceof Error && cause.name === 'WriteError') {
      io.writeError(`roadmapkit: ${cause.message}\n`);
      return EXIT.invalid;
    }
    const error = cause instanceof Error ? cause : new Error(String(cause));
    io.writeError(
      debug
        ? `roadmapkit: internal error\n${error.stack ?? error.message}\n`
        : `roadmapkit: internal error: ${error.message.split('\n')[0]} (please report it at ${REPORT_URL}; --debug shows the stack)\n`,
    );
    return EXIT.invalid;
  }
}
