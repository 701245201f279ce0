// Types of scripts/lib/paneBundle.js, for the TypeScript tests.
export declare const LIBRARY_MARKERS: Record<string, Array<string | RegExp>>;
export interface PaneBundle {
  js: { file: string; bytes: number }[];
  jsBytes: number;
  officeBytes: number;
  officeJsBytes: number;
  totalBytes: number;
  maps: string[];
  mapComments: string[];
  libraries: Record<string, string[]>;
}
export declare function paneBundle(dir: string): PaneBundle;
export declare function reachableChunks(dir: string, start: string, stop?: (file: string) => boolean): string[];
