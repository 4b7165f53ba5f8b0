import type { Options } from 'tsup';

export declare function packageBuild(overrides?: Options): Options | Options[];
declare const config: Options | Options[];
export default config;
