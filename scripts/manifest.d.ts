// Types of scripts/manifest.js, for the TypeScript tests.
export declare const DEV_ORIGIN: string;
export declare function productionOrigin(raw: string | undefined): string;
export declare function productionManifest(text: string, origin: string): string;
