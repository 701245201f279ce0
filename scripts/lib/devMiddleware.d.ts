// Types of scripts/lib/devMiddleware.js, for vite.config.ts and the TypeScript tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
export interface PaneMount {
  prefix: string;
  dir: string;
  wanted: (rel: string) => boolean;
  alias?: (rel: string) => string;
}
export declare function decodedPath(rawUrl: string | undefined): string | null;
export declare function paneDevMiddleware(options: {
  csp: string;
  mounts?: PaneMount[];
  contentTypes?: Record<string, string>;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
