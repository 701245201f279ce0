// Types of scripts/lib/officeApiSets.js, for the TypeScript tests.
export interface RequirementSet {
  name: string;
  version: string;
}
export interface OfficeApiUse {
  member: string;
  sets: RequirementSet[];
  at: string;
}
export declare function adapterFiles(root?: string): string[];
export declare function officeApiUses(files?: string[], root?: string): OfficeApiUse[];
export declare function highest(uses: OfficeApiUse[], name: string): { version: string; members: string[] } | null;
export declare function compareVersions(a: string, b: string): number;
export declare function parseSets(note: string): RequirementSet[];
