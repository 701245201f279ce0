// Types of scripts/lib/chromium.js, for the TypeScript tests.
export declare const MISSING: string;
export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  home?: string;
  platform?: NodeJS.Platform;
}
export type Found = { path: string; source: 'BAOCAO_CHROMIUM' | 'CHROME_PATH' | 'system' | 'PATH' | 'playwright' } | { path: null; problem: string };
export declare function findChromium(opts?: FindOptions): Found;
export declare function canAptInstall(opts?: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; uid?: number; osRelease?: string }): boolean;
export declare function ensureChromium(opts?: { install?: boolean; log?: (message: string) => void }): string;
export declare function oneLineError(message: string): Error;
