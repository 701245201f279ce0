// Types of scripts/lib/csp.js, for vite.config.ts and the TypeScript tests.
export declare function contentSecurityPolicy(dev: boolean): string;
export declare const PRODUCTION_CSP: string;
