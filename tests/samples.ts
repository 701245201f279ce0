// The repository's sample workbooks and their answer keys (samples/, written by scripts/samples), read as the CLI
// reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlantedIssue } from '../scripts/samples/households';
import { readWorkbookFile } from '../src/io/xlsx';
import { analyse, type Analysis, type WorkbookInput } from '../src/core/analyse';

export const SAMPLES = join(__dirname, '..', 'samples');

export interface KeyVillage {
  village: string;
  total: number;
  persons: number;
  poverty: { poor: number; nearPoor: number; average: number };
  culturalFamily: { registered: number; achieved: number };
  learningFamily: number;
}

export interface KeyHouseholds extends KeyVillage {
  rates: { poor: number | null; nearPoor: number | null; average: number | null; culturalFamilyAchieved: number | null };
  byVillage: KeyVillage[];
}

export interface KeyAwards {
  total: number;
  collective: number;
  individual: number;
  byForm: Record<string, number>;
  byLevel: { xa: number; huyen: number; tinh: number; trung_uong: number };
  amount: { total: number; byLevel: { xa: number; huyen: number; tinh: number; trung_uong: number }; communeChair: number; rowsWithAmount: number };
  commune: { collective: number; individual: number; household: number; amount: number };
  higher: { collective: number; individual: number; household: number };
  party: { collective: number; individual: number; household: number };
}

/** A planted problem of an errors sample, as its key records it (the generator's own type). */
export type KeyIssue = PlantedIssue;

export interface SampleKey {
  file: string;
  profile: { commune: string; district: string; province: string; year: number; villages: string[] };
  register: { sheet: string; headerRows: number[]; columns: Record<string, string>; dataRows: number } & Record<string, unknown>;
  summary: { households?: KeyHouseholds; awards?: KeyAwards };
  issues?: KeyIssue[];
  cleanRows?: number[];
  notErrors?: Array<{ row: number; column: string; why: string }>;
}

export function sampleKey(name: string): SampleKey {
  return JSON.parse(readFileSync(join(SAMPLES, 'expected', `${name}.json`), 'utf8')) as SampleKey;
}

const cache = new Map<string, WorkbookInput>();

export async function sampleWorkbook(name: string): Promise<WorkbookInput> {
  let wb = cache.get(name);
  if (!wb) {
    wb = await readWorkbookFile(join(SAMPLES, `${name}.xlsx`));
    cache.set(name, wb);
  }
  return wb;
}

/** The household figures of a household sample's key. */
export const keyHouseholds = (name = 'households-flat'): KeyHouseholds => sampleKey(name).summary.households as KeyHouseholds;
/** The award figures of an awards sample's key. */
export const keyAwards = (name = 'awards-flat'): KeyAwards => sampleKey(name).summary.awards as KeyAwards;

/** The path of a sample workbook: `samplePath('households-flat')`. */
export const samplePath = (name: string): string => join(SAMPLES, `${name}.xlsx`);

/** The commune profile of the samples (samples/hoso-xa.json). */
export const PROFILE_PATH = join(SAMPLES, 'hoso-xa.json');

/** Numbers as vi-VN writes them: 1.318, 93,9. */
export const viNumber = (n: number): string => {
  const [int, dec] = String(n).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (dec ? `,${dec}` : '');
};

/** A rate as vi-VN writes it with its decimals: 1,52 or 93,9. */
export const viRate = (n: number | null, decimals: number): string => (n === null ? '–' : n.toFixed(decimals).replace('.', ','));

export async function analyseSamples(...names: string[]): Promise<Analysis> {
  return analyse(await Promise.all(names.map(sampleWorkbook)), { today: new Date('2025-01-10T00:00:00Z') });
}
