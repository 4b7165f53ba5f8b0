import { closest } from '@roadmapkit/schema';

/** `unknown option "--fromat" (did you mean "--format"?)`, or the list of the command's options. */
export function unknownOption(option: string, known: readonly string[]): string {
  const name = option.replace(/^-+/, '').split('=')[0] ?? '';
  const options = known.filter((k) => k !== 'debug');
  const near = closest(name, options);
  return near === undefined
    ? `unknown option ${JSON.stringify(option)} (options: ${options.map((o) => `--${o}`).join(', ')})`
    : `unknown option ${JSON.stringify(option)} (did you mean "--${near}"?)`;
}
