// The shared sample workbooks and their answer keys (../shared/samples), read as the CLI reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../src/io/xlsx';
import { analyse, type Analysis, type WorkbookInput } from '../src/core/analyse';

export const SAMPLES = join(__dirname, '..', '..', 'shared', 'samples');

export interface SampleKey {
  register: { sheet: string; headerRows: number[]; columns: Record<string, string>; dataRows: number };
  summary: { households?: unknown; awards?: unknown };
  issues?: Array<{ row: number; column: string; code: string; acceptColumns?: string[]; acceptCodes?: string[] }>;
  cleanRows?: number[];
  notErrors?: Array<{ row: number; column: string }>;
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

export async function analyseSamples(...names: string[]): Promise<Analysis> {
  return analyse(await Promise.all(names.map(sampleWorkbook)), { today: new Date('2024-01-10T00:00:00Z') });
}
