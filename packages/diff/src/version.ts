import { version as packageVersion } from '../package.json';

/** The version of this package, as published. */
export const version: string = packageVersion;
