// Types of scripts/lib/devCerts.js, for vite.config.ts and the TypeScript tests.
export interface HttpsOptions {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}
export declare const CERT_DIR: string;
export declare function readCertificates(dir: string): HttpsOptions | null;
export declare function httpNote(why: string, port: number): string;
export declare function devHttpsOptions(opts?: { port?: number; env?: NodeJS.ProcessEnv }): Promise<{ https: HttpsOptions | undefined; notes: string[] }>;
