// Keeps action.yml versioned with the packages: after `changeset version`, the action's
// default `version` input (the @roadmapkit/cli it installs) becomes the CLI's new version.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
const path = join(root, 'action.yml');
const text = readFileSync(path, 'utf8');
const pattern = /(\n {2}version:\n(?: {4}.*\n)*? {4}default: )(\S+)\n/;
if (!pattern.test(text)) throw new Error('action.yml has no "version" input with a default');
writeFileSync(path, text.replace(pattern, `$1${version}\n`));
process.stdout.write(`action.yml installs @roadmapkit/cli@${version}\n`);
