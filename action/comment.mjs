// Posts or updates ONE comment on the pull request with the diff summary and pictures.
// Pictures are committed to a branch (picture-branch) so the comment can show them; without
// permission to do so, the comment links to the run's artifact instead. Nothing is posted
// when the token may not write (pull requests from forks get a read-only token).
import { readFileSync } from 'node:fs';
import { command, env } from './lib.mjs';

const MARKER = '<!-- roadmapkit-diff -->';
const api = env('GITHUB_API_URL', 'https://api.github.com');
const server = env('GITHUB_SERVER_URL', 'https://github.com');
const repo = env('GITHUB_REPOSITORY');
const token = env('GITHUB_TOKEN');
const event = JSON.parse(readFileSync(env('GITHUB_EVENT_PATH'), 'utf8'));
const pr = event.pull_request;

async function request(method, path, body) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, data: text === '' ? undefined : JSON.parse(text) };
}

/** Makes sure the picture branch exists (from the default branch's head). */
async function ensureBranch(branch) {
  const ref = await request('GET', `/repos/${repo}/git/ref/heads/${encodeURIComponent(branch)}`);
  if (ref.status === 200) return true;
  const info = await request('GET', `/repos/${repo}`);
  const head = await request(
    'GET',
    `/repos/${repo}/git/ref/heads/${encodeURIComponent(info.data?.default_branch ?? 'main')}`,
  );
  if (head.status !== 200) return false;
  const created = await request('POST', `/repos/${repo}/git/refs`, {
    ref: `refs/heads/${branch}`,
    sha: head.data.object.sha,
  });
  return created.status === 201;
}

/** Commits one picture to the branch; returns its URL, or undefined without permission. */
async function storePicture(branch, name, file) {
  const path = `pr-${pr.number}/${name.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/\.(ya?ml|json)$/, '')}.png`;
  const existing = await request(
    'GET',
    `/repos/${repo}/contents/${path}?ref=${encodeURIComponent(branch)}`,
  );
  const stored = await request('PUT', `/repos/${repo}/contents/${path}`, {
    message: `roadmapkit: diff picture for #${pr.number}`,
    content: readFileSync(file).toString('base64'),
    branch,
    ...(existing.status === 200 ? { sha: existing.data.sha } : {}),
  });
  if (stored.status !== 200 && stored.status !== 201) return undefined;
  return `${server}/${repo}/blob/${encodeURIComponent(branch)}/${path}?raw=true`;
}

async function main() {
  if (!pr) return command('notice', 'not a pull request: no comment');
  if (token === '')
    return command('notice', 'no github-token: the diff is in the job summary only');
  if (pr.head?.repo?.full_name !== repo)
    return command(
      'notice',
      'a pull request from a fork gets a read-only token: the diff is in the job summary only',
    );
  let body = readFileSync(env('ROADMAPKIT_COMMENT_FILE'), 'utf8');
  const run = `${server}/${repo}/actions/runs/${env('GITHUB_RUN_ID')}`;
  const pictures = env('ROADMAPKIT_PICTURES')
    .split('\n')
    .filter((line) => line.includes('='));
  const branch = env('ROADMAPKIT_PICTURE_BRANCH');
  const shown = [];
  if (pictures.length > 0 && branch !== '' && (await ensureBranch(branch))) {
    for (const line of pictures) {
      const [name, file] = [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)];
      const url = await storePicture(branch, name, file);
      if (url) shown.push(`**${name}**\n\n![${name}, with its changes marked](${url})`);
    }
  }
  if (shown.length > 0) body += `\n${shown.join('\n\n')}\n`;
  else if (pictures.length > 0)
    body += `\nPictures of the changes: the **roadmaps** artifact of [this run](${run}).\n`;
  body = `${MARKER}\n${body}\n<sub>roadmapkit · [run](${run})</sub>\n`;

  let existing;
  for (let page = 1; page <= 20 && !existing; page++) {
    const list = await request(
      'GET',
      `/repos/${repo}/issues/${pr.number}/comments?per_page=100&page=${page}`,
    );
    if (list.status !== 200) break;
    existing = list.data.find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
    if (list.data.length < 100) break;
  }
  const result = existing
    ? await request('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body })
    : await request('POST', `/repos/${repo}/issues/${pr.number}/comments`, { body });
  if (result.status === 403 || result.status === 404)
    return command(
      'warning',
      'the token may not comment (give the job "pull-requests: write"): the diff is in the job summary only',
    );
  if (result.status >= 300) throw new Error(`commenting failed: HTTP ${result.status}`);
  process.stdout.write(
    `${existing ? 'updated' : 'posted'} the roadmapkit comment on #${pr.number}\n`,
  );
}

await main();
