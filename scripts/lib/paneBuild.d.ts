// Types of scripts/lib/paneBuild.js, for the TypeScript tests.
export declare const ROOT: string;
export declare const SOURCES: string[];
export declare function paneStaleness(root?: string): { stale: boolean; why: string };
export declare function ensurePaneBuilt(opts?: { root?: string; log?: (message: string) => void }): { built: boolean; ms: number; why: string };
