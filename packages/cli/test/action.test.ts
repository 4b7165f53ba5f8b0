import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { project, tempDir } from './run-cli.js';

const ACTION = join(import.meta.dirname, '../../../action');
const BIN = join(import.meta.dirname, '../dist/bin.js');
const FIXTURES = join(import.meta.dirname, 'fixtures/diff');
const VALID = 'schemaVersion: 1\nid: ok\ntitle: OK\ntopics:\n  - { id: a, label: A }\n';
const INVALID = 'schemaVersion: 1\nid: bad\ntitle: Bad\ntopics:\n  - { id: a, lable: A }\n';

/** A fake runner: the GITHUB_* variables and files a GitHub runner gives a step. */
function runner(workspace: string, extra: Record<string, string> = {}) {
  const temp = tempDir();
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'octo/roadmaps',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: temp,
    ROADMAPKIT_BIN: BIN,
    ...extra,
  };
  const step = (script: string, stepEnv: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, [join(ACTION, script)], {
      cwd: workspace,
      env: { ...env, ...stepEnv },
      encoding: 'utf8',
      timeout: 240_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  /** The same, without blocking the event loop (for steps that call a server in this process). */
  const stepAsync = (script: string, stepEnv: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [join(ACTION, script)],
        { cwd: workspace, env: { ...env, ...stepEnv }, encoding: 'utf8', timeout: 240_000 },
        (error, stdout, stderr) =>
          done({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
  /** The step outputs written to GITHUB_OUTPUT, by name. */
  const outputs = () => {
    const out: Record<string, string> = {};
    const text = readFileSync(files.output, 'utf8');
    for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
      out[match[1] as string] = match[3] as string;
    return out;
  };
  return {
    env,
    files,
    temp,
    step,
    stepAsync,
    outputs,
    summary: () => readFileSync(files.summary, 'utf8'),
  };
}

describe('action steps', () => {
  it('install: pins the version and leaves out the drawing packages for a validate-only job', () => {
    const r = runner(tempDir());
    const fakeNpm = join(r.temp, 'npm.mjs');
    writeFileSync(
      fakeNpm,
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(r.temp, 'args.json'))}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    const npm = join(r.temp, 'npm');
    writeFileSync(npm, `#!/bin/sh\nexec "${process.execPath}" "${fakeNpm}" "$@"\n`, {
      mode: 0o755,
    });
    const validateOnly = r.step('install.mjs', {
      ROADMAPKIT_NPM: npm,
      ROADMAPKIT_VERSION: '1.2.3',
      ROADMAPKIT_FORMATS: '',
    });
    expect(validateOnly.code).toBe(0);
    expect(JSON.parse(readFileSync(join(r.temp, 'args.json'), 'utf8'))).toEqual([
      'install',
      '--prefix',
      join(r.temp, 'roadmapkit'),
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--omit=optional',
      '@roadmapkit/cli@1.2.3',
    ]);
    expect(r.outputs().bin).toBe(
      join(r.temp, 'roadmapkit/node_modules/@roadmapkit/cli/bin/roadmapkit.js'),
    );
    r.step('install.mjs', {
      ROADMAPKIT_NPM: npm,
      ROADMAPKIT_VERSION: '1.2.3',
      ROADMAPKIT_FORMATS: 'svg',
    });
    expect(JSON.parse(readFileSync(join(r.temp, 'args.json'), 'utf8'))).not.toContain(
      '--omit=optional',
    );
    const unpinned = r.step('install.mjs', { ROADMAPKIT_NPM: npm, ROADMAPKIT_VERSION: 'latest' });
    expect(unpinned.stdout).toBe(
      '::error title=roadmapkit::version must be an exact version such as 1.2.3, received "latest"\n',
    );
    expect(unpinned.code).toBe(1);
  });

  it('validate: annotations, the summary table, and valid=false without failing the step', () => {
    const workspace = project({
      'roadmaps/bad.roadmap.yaml': INVALID,
      'roadmaps/ok.roadmap.yaml': VALID,
    });
    const r = runner(workspace);
    const run = r.step('validate.mjs', { ROADMAPKIT_PATHS: 'roadmaps' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '::error file=roadmaps/bad.roadmap.yaml,line=5,col=14,endLine=5,endColumn=19,title=roadmapkit unknown-key::unknown key "lable"',
    );
    expect(r.outputs()).toEqual({ valid: 'false' });
    expect(r.summary()).toContain(
      '| `roadmaps/bad.roadmap.yaml` | ❌ invalid | 1 | 0 |\n| `roadmaps/ok.roadmap.yaml` | ✅ valid | 0 | 0 |',
    );
  });

  it('validate: fail-on warning makes warnings count', () => {
    const workspace = project({ 'warn.roadmap.yaml': `${VALID}  - { id: b, label: " a " }\n` });
    const r = runner(workspace);
    r.step('validate.mjs', { ROADMAPKIT_PATHS: '.', ROADMAPKIT_FAIL_ON: 'error' });
    expect(r.outputs().valid).toBe('true');
    const strict = runner(workspace);
    strict.step('validate.mjs', { ROADMAPKIT_PATHS: '.', ROADMAPKIT_FAIL_ON: 'warning' });
    expect(strict.outputs().valid).toBe('false');
  });

  it('render: writes the chosen formats into one folder for the artifact', {
    timeout: 600_000,
  }, () => {
    const workspace = project({ 'a.roadmap.yaml': VALID });
    const r = runner(workspace);
    const run = r.step('render.mjs', { ROADMAPKIT_PATHS: '.', ROADMAPKIT_FORMATS: 'svg,md' });
    expect(run.code).toBe(0);
    const dir = r.outputs().dir as string;
    expect(dir).toBe(join(r.temp, 'roadmapkit-out'));
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toMatch(/^<svg /);
    expect(existsSync(join(dir, 'a.md'))).toBe(true);
  });

  it('diff: compares with the base commit, writes the comment text, the summary and a picture', {
    timeout: 600_000,
  }, () => {
    const workspace = project({
      'roadmaps/garden.roadmap.yaml': readFileSync(join(FIXTURES, 'base.yaml'), 'utf8'),
    });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: workspace,
        env: { PATH: process.env.PATH ?? '', HOME: workspace },
        encoding: 'utf8',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    const sha = git('rev-parse', 'HEAD').trim();
    writeFileSync(
      join(workspace, 'roadmaps/garden.roadmap.yaml'),
      readFileSync(join(FIXTURES, 'head.yaml')),
    );
    const r = runner(workspace);
    const eventPath = join(r.temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha } } }));
    const run = r.step('diff.mjs', { GITHUB_EVENT_PATH: eventPath, ROADMAPKIT_PATHS: 'roadmaps' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const outputs = r.outputs();
    const comment = readFileSync(outputs.comment as string, 'utf8');
    expect(comment).toContain('| `roadmaps/garden.roadmap.yaml` | 1 | 1 | 2 | 1 |');
    expect(r.summary()).toBe(comment);
    const picture = join(outputs.dir as string, 'roadmaps/garden.roadmap.diff.png');
    expect(outputs.pictures).toBe(`roadmaps/garden.roadmap.yaml=${picture}`);
    expect(readFileSync(picture).readUInt32BE(16)).toBe(1200);
  });
});

describe('action comment step, against a fake GitHub API', () => {
  const requests: Array<{
    method: string;
    url: string;
    body: Record<string, unknown> | undefined;
  }> = [];
  let comments: Array<{ id: number; body: string }> = [];
  let branchExists = false;
  let api = '';
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      const body = raw === '' ? undefined : (JSON.parse(raw) as Record<string, unknown>);
      requests.push({ method: req.method ?? '', url: req.url ?? '', body });
      const send = (status: number, data?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      const url = req.url ?? '';
      if (req.headers.authorization !== 'Bearer secret') return send(401);
      if (url === '/repos/octo/roadmaps/git/ref/heads/roadmapkit-diff-pictures')
        return branchExists ? send(200, { object: { sha: 'b'.repeat(40) } }) : send(404);
      if (url === '/repos/octo/roadmaps') return send(200, { default_branch: 'main' });
      if (url === '/repos/octo/roadmaps/git/ref/heads/main')
        return send(200, { object: { sha: 'a'.repeat(40) } });
      if (url === '/repos/octo/roadmaps/git/refs') {
        branchExists = true;
        return send(201, {});
      }
      if (url.startsWith('/repos/octo/roadmaps/contents/'))
        return req.method === 'GET' ? send(404) : send(201, {});
      if (url.startsWith('/repos/octo/roadmaps/issues/7/comments')) {
        if (req.method === 'GET') return send(200, comments);
        comments.push({ id: 99, body: String(body?.body) });
        return send(201, { id: 99 });
      }
      if (url === '/repos/octo/roadmaps/issues/comments/99') {
        comments = [{ id: 99, body: String(body?.body) }];
        return send(200, {});
      }
      return send(404);
    });
  });
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const setup = (headRepo: string) => {
    const r = runner(tempDir(), { GITHUB_API_URL: api, GITHUB_TOKEN: 'secret' });
    const event = join(r.temp, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: headRepo } } } }),
    );
    const commentFile = join(r.temp, 'comment.md');
    writeFileSync(commentFile, '### Roadmap changes\n\n| table |\n');
    const picture = join(r.temp, 'garden.diff.png');
    writeFileSync(picture, 'PNG BYTES');
    return r.stepAsync('comment.mjs', {
      GITHUB_EVENT_PATH: event,
      ROADMAPKIT_COMMENT_FILE: commentFile,
      ROADMAPKIT_PICTURES: `roadmaps/garden.roadmap.yaml=${picture}`,
      ROADMAPKIT_PICTURE_BRANCH: 'roadmapkit-diff-pictures',
    });
  };

  it('posts one comment with the picture committed to the picture branch, then updates it', async () => {
    const first = await setup('octo/roadmaps');
    expect(first.stdout).toBe('posted the roadmapkit comment on #7\n');
    expect(requests.find((r) => r.method === 'POST' && r.url.endsWith('/git/refs'))?.body).toEqual({
      ref: 'refs/heads/roadmapkit-diff-pictures',
      sha: 'a'.repeat(40),
    });
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.url).toBe('/repos/octo/roadmaps/contents/pr-7/roadmaps/garden.roadmap.png');
    expect(put?.body).toMatchObject({
      branch: 'roadmapkit-diff-pictures',
      content: Buffer.from('PNG BYTES').toString('base64'),
    });
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(
      '<!-- roadmapkit-diff -->\n### Roadmap changes\n\n| table |\n\n**roadmaps/garden.roadmap.yaml**\n\n![roadmaps/garden.roadmap.yaml, with its changes marked](https://github.com/octo/roadmaps/blob/roadmapkit-diff-pictures/pr-7/roadmaps/garden.roadmap.png?raw=true)\n\n<sub>roadmapkit · [run](https://github.com/octo/roadmaps/actions/runs/42)</sub>\n',
    );
    const second = await setup('octo/roadmaps');
    expect(second.stdout).toBe('updated the roadmapkit comment on #7\n');
    expect(comments).toHaveLength(1);
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('posts nothing for a pull request from a fork (its token is read-only)', async () => {
    const before = requests.length;
    const run = await setup('someone/fork');
    expect(run.stdout).toBe(
      '::notice title=roadmapkit::a pull request from a fork gets a read-only token: the diff is in the job summary only\n',
    );
    expect(requests.length).toBe(before);
  });
});
