import { expect, it } from 'vitest';
import { main } from './main.js';

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(argv, {
    cwd: '/',
    env: {},
    stdoutIsTty: false,
    write: () => {},
    writeError: (text) => {
      stderr += text;
    },
    readStdin: async () => new Uint8Array(),
    onInterrupt: () => () => {},
  });
  return { code, stderr };
}

it('suggests the option a typo was meant to be', async () => {
  expect(await run(['validate', '--fromat', 'json', 'a.yaml'])).toEqual({
    code: 2,
    stderr:
      'roadmapkit: unknown option "--fromat" (did you mean "--format"?)\nRun "roadmapkit --help" for usage.\n',
  });
  expect((await run(['diff', '--exitcode', 'a', 'b'])).stderr.split('\n')[0]).toBe(
    'roadmapkit: unknown option "--exitcode" (did you mean "--exit-code"?)',
  );
});

it('lists the options when nothing is close', async () => {
  expect((await run(['validate', '--colourful', 'a.yaml'])).stderr.split('\n')[0]).toBe(
    'roadmapkit: unknown option "--colourful" (options: --format, --output, --strict, --quiet, --check-links, --font)',
  );
});
