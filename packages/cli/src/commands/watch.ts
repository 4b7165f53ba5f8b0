import { watch as watchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { formatIssuesPretty } from '@roadmapkit/schema';
import { EXIT, UsageError } from '../errors.js';
import { type CliIo, useColor } from '../io.js';
import { requireTools } from '../optional-tools.js';
import { formatOfPath } from '../output-plan.js';
import { createJobRunner } from '../render-job.js';
import { identityOf, readRegularFile } from '../safe-paths.js';
import { previewRefusal } from './preview-guard.js';

export const WATCH_HELP = `Usage: roadmapkit watch <file> [-o FILE] [--serve] [--port N]

Renders the file again every time it is saved, and prints its issues.

Options:
  -o, --output FILE   where to write (default: <name>.svg beside the file; format from the extension)
  --serve             serve a live-reloading preview on http://127.0.0.1
  --port N            the preview's port (default 4321; 0 picks a free one)
  -h, --help          show this help

Stop with Ctrl-C.`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>roadmapkit preview</title>
<style>body{margin:0;font:14px system-ui,sans-serif;background:#f3f4f6}#status{position:fixed;top:0;right:0;padding:4px 10px;background:#111827;color:#fff}#view svg{display:block;margin:0 auto;max-width:100%;height:auto}</style></head>
<body><div id="status">connecting…</div><div id="view"></div>
<script>
const view = document.getElementById('view');
const status = document.getElementById('status');
async function show() {
  const response = await fetch('/roadmap.svg', { cache: 'no-store' });
  if (response.ok) view.innerHTML = await response.text();
  status.textContent = response.ok ? 'up to date' : 'has errors (see the terminal)';
}
const events = new EventSource('/events');
events.onmessage = show;
events.onerror = () => { status.textContent = 'disconnected'; };
show();
</script></body></html>`;

export interface WatchArgs {
  readonly file: string | undefined;
  readonly output: string | undefined;
  readonly serve: boolean;
  readonly port: string | undefined;
}

/** Re-renders on save until Ctrl-C; with --serve, pushes each new picture to open previews. */
export async function watchCommand(args: WatchArgs, io: CliIo): Promise<number> {
  if (args.file === undefined) throw new UsageError('watch needs the file to watch');
  requireTools('watch');
  const path = resolve(io.cwd, args.file);
  const output =
    args.output === undefined
      ? join(dirname(path), `${basename(path, extname(path)).replace(/\.roadmap$/, '')}.svg`)
      : resolve(io.cwd, args.output);
  const format = formatOfPath(output);
  if (format === undefined)
    throw new UsageError(
      `cannot tell the format of ${JSON.stringify(args.output)} from its extension`,
    );
  const port = args.port === undefined ? 4321 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be 0 to 65535, received ${JSON.stringify(args.port)}`);
  // A pipe or device is refused before it is opened: watching must never hang on a read.
  await readRegularFile(path).catch((cause: Error) => {
    throw new UsageError(
      `cannot read ${args.file}${cause.name === 'UnsafePathError' ? `: ${cause.message}` : ''}`,
    );
  });
  const [source, written] = await Promise.all([identityOf(path), identityOf(output)]);
  if (written !== undefined && source?.dev === written.dev && source.ino === written.ino)
    throw new UsageError(
      `the output ${args.output} is the watched file; write it elsewhere with -o`,
    );

  const run = createJobRunner();
  const clients = new Set<ServerResponse>();
  let latestSvg: string | undefined;
  let rendering = false;
  let again = false;

  const render = async () => {
    if (rendering) {
      again = true;
      return;
    }
    rendering = true;
    try {
      const result = await run({
        name: args.file ?? path,
        path,
        outputs: [{ format, path: output }],
        theme: 'light',
        scale: 1,
        maxPixels: 40_000_000,
        layout: undefined,
        tempTag: `watch${process.pid}`,
      });
      if (result.issues.length > 0)
        io.write(`${formatIssuesPretty(result.issues, { color: useColor(io) })}\n`);
      if (result.written.length > 0) {
        latestSvg = format === 'svg' ? await readFile(output, 'utf8') : undefined;
        io.write(`✔ rendered ${output} (${Math.round(result.ms)} ms)\n`);
        for (const client of clients) client.write(`data: ${Date.now()}\n\n`);
      } else io.write('✖ not rendered: fix the errors above and save again\n');
    } catch (cause) {
      io.write(`✖ not rendered: ${(cause as Error).message.split('\n')[0]}\n`);
    } finally {
      rendering = false;
      if (again) {
        again = false;
        void render();
      }
    }
  };

  await render();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchFile(dirname(path), (_event, name) => {
    if (name !== basename(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 80);
  });

  const server = args.serve
    ? createServer((request, response) => {
        const address = server?.address();
        const listening = typeof address === 'object' && address ? address.port : port;
        const refusal = previewRefusal(
          { method: request.method, host: request.headers.host, url: request.url },
          listening,
          clients.size,
        );
        if (refusal) {
          response.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8' });
          response.end(`${refusal.reason}\n`);
          return;
        }
        if (request.url === '/events') {
          response.writeHead(200, {
            'content-type': 'text/event-stream',
            'cache-control': 'no-store',
            connection: 'keep-alive',
          });
          response.write(': connected\n\n');
          clients.add(response);
          request.on('close', () => clients.delete(response));
        } else if (request.url === '/roadmap.svg' && latestSvg !== undefined) {
          response.writeHead(200, {
            'content-type': 'image/svg+xml; charset=utf-8',
            'cache-control': 'no-store',
          });
          response.end(latestSvg);
        } else if (request.url === '/') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end(PAGE);
        } else {
          response.writeHead(404).end();
        }
      })
    : undefined;
  if (server) {
    try {
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(port, '127.0.0.1', done);
      });
    } catch (error) {
      // Stop watching, so the process can end with the one line below.
      watcher.close();
      clearTimeout(timer);
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      io.writeError(
        `roadmapkit: port ${port} is busy; choose another with --port N (0 picks a free one)\n`,
      );
      return EXIT.usage;
    }
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    io.write(`serving a live preview at http://127.0.0.1:${actual}/\n`);
  }
  io.write(`watching ${args.file} (Ctrl-C to stop)\n`);

  await new Promise<void>((done) => {
    const stop = io.onInterrupt(() => {
      stop();
      done();
    });
  });
  watcher.close();
  clearTimeout(timer);
  for (const client of clients) client.end();
  server?.close();
  return 0;
}
