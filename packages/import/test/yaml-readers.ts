import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';

/** What CI installs for the Go reader (Debian packages: the toolchain and yaml.v3's source). */
export const GO_PACKAGES = 'golang-go golang-gopkg-yaml.v3-dev';

/** Debian's golang-gopkg-yaml.v3-dev puts the source under this GOPATH. */
const GOPATH = '/usr/share/gocode';
const SOURCE = join(import.meta.dirname, 'go-yaml', 'main.go');

/** A YAML reader built from `go-yaml/main.go`: YAML text → the JSON value Go's yaml.v3 reads. */
export interface GoYaml {
  read(text: string): unknown;
  /** Removes the temporary build folder. */
  dispose(): void;
}

/**
 * Builds the Go reader into a fresh temporary folder (once per test run) and returns it, or
 * the reason it cannot (no `go`, or no yaml.v3 source). On CI a missing reader is an error:
 * `.ci/run` installs the Debian packages, so a skip there would hide a broken install.
 */
export function buildGoYaml(): GoYaml | { missing: string } {
  const built = build();
  if (!('missing' in built)) return built;
  if (process.env.CI)
    throw new Error(
      `${built.missing}: CI installs Debian's ${GO_PACKAGES} for the Go yaml.v3 test`,
    );
  return { missing: `${built.missing} (apt-get install ${GO_PACKAGES})` };
}

function build(): GoYaml | { missing: string } {
  if (spawnSync('go', ['version']).status !== 0) return { missing: 'go is not installed' };
  const dir = mkdtempSync(join(tmpdir(), 'roadmapkit-go-yaml-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const binary = join(dir, 'yaml2json');
  const run = spawnSync('go', ['build', '-o', binary, SOURCE], {
    encoding: 'utf8',
    env: { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOCACHE: join(dir, 'cache') },
  });
  if (run.status !== 0) {
    dispose();
    if (run.stderr.includes('cannot find package'))
      return { missing: `gopkg.in/yaml.v3 is not in ${GOPATH}` };
    throw new Error(`go build ${SOURCE} failed: ${run.stderr.trim()}`);
  }
  return {
    read(text) {
      const out = spawnSync(binary, { input: text, encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`yaml.v3 rejects the YAML: ${out.stderr.trim()}`);
      return JSON.parse(out.stdout);
    },
    dispose,
  };
}

/** A YAML reader: the name it is shown by, how it reads, and why it is skipped (if it is). */
export type YamlReader = [
  name: string,
  read: (text: string) => unknown,
  skipped: string | undefined,
];

/**
 * The common YAML parsers every YAML we write must read back the same: yaml (YAML 1.2, and
 * with YAML 1.1 rules), js-yaml, PyYAML (when python3 has it) and Go's yaml.v3 (see
 * `buildGoYaml`). Call `dispose` after the tests.
 */
export function yamlReaders(): { readers: YamlReader[]; dispose(): void } {
  const go = buildGoYaml();
  const pyYaml = spawnSync('python3', ['-c', 'import yaml']).status === 0;
  const readPython = (text: string): unknown => {
    const run = spawnSync(
      'python3',
      ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))'],
      { input: text, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`PyYAML rejects the YAML: ${run.stderr.trim()}`);
    return JSON.parse(run.stdout);
  };
  const goMissing = 'missing' in go ? go.missing : undefined;
  return {
    readers: [
      ['yaml (YAML 1.2)', (text) => parse(text), undefined],
      ['yaml with YAML 1.1 rules', (text) => parse(text, { version: '1.1' }), undefined],
      ['js-yaml', (text) => jsYaml.load(text), undefined],
      ['PyYAML', readPython, pyYaml ? undefined : 'python3 has no yaml module (PyYAML)'],
      ['Go yaml.v3', 'missing' in go ? () => undefined : go.read, goMissing],
    ],
    dispose() {
      if (!('missing' in go)) go.dispose();
    },
  };
}
