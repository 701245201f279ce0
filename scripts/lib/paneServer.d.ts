// Types of scripts/lib/paneServer.js, for the TypeScript tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const CONTENT_TYPES: Record<string, string>;
export declare function resolveRequest(dir: string, rawUrl: string | undefined): { file: string; status?: undefined } | { status: 400 | 403; file?: undefined };
export declare function paneHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void;
