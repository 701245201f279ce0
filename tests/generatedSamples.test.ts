// The committed samples (samples/) are exactly what the generator (scripts/samples) makes, and `baocao` reads each
// of them as its answer key says: summaries equal to the key, every planted problem found, no false positive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSamples, jsonText, keyName, PROFILE, PROFILE_FILE, sampleBytes, type Samples } from '../scripts/samples/generate';
import { samplesReadme } from '../scripts/samples/readme';
import { readWorkbookBuffer, type WorkbookGrids } from '../src/io/xlsx';
import { runCli } from './cli/runCli';
import { PROFILE_PATH, SAMPLES, samplePath, sampleKey, type SampleKey } from './samples';

let generated: Samples;

beforeAll(() => {
  generated = generateSamples();
});

const NAMES = ['households-flat', 'households-merged', 'households-sectioned', 'households-persons', 'awards-flat', 'awards-sectioned', 'households-errors-sample', 'awards-errors-sample'];

/** What a workbook holds for a reader: sheet names, cell values, merges, and the workbook's own dates. */
const contents = (wb: WorkbookGrids) => ({
  created: wb.created?.toISOString(),
  modified: wb.modified?.toISOString(),
  sheets: wb.sheets.map((g) => ({ sheet: g.sheet, values: g.values, merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left) })),
});

describe('the committed samples are the generator\'s output', () => {
  test('the generator makes these eight samples, the ones tests and README name', () => {
    expect(generated.samples.map((s) => keyName(s.file))).toEqual(NAMES);
  });

  test.each(NAMES)('%s.xlsx holds the cells, merges and dates the generator writes', async (name) => {
    const s = generated.samples.find((x) => keyName(x.file) === name);
    if (!s) throw new Error(name);
    const committed = await readWorkbookBuffer(readFileSync(samplePath(name)), s.file);
    const fresh = await readWorkbookBuffer(await sampleBytes(s), s.file);
    expect(contents(committed)).toEqual(contents(fresh));
    expect(committed.created?.toISOString()).toBe('2025-01-06T08:30:00.000Z');
  });

  test.each(NAMES)('expected/%s.json is the key the generator counts', (name) => {
    const s = generated.samples.find((x) => keyName(x.file) === name);
    expect(readFileSync(join(SAMPLES, 'expected', `${name}.json`), 'utf8')).toBe(jsonText(s?.key));
  });

  test('the commune profile and the README are the generator\'s', () => {
    expect(readFileSync(join(SAMPLES, PROFILE_FILE), 'utf8')).toBe(jsonText(PROFILE));
    expect(readFileSync(join(SAMPLES, 'README.md'), 'utf8')).toBe(samplesReadme(generated.households, generated.awards));
  });

  test('the same truth gives the same bytes twice', async () => {
    const s = generated.samples.find((x) => x.file === 'awards-sectioned.xlsx');
    if (!s) throw new Error('awards-sectioned');
    expect((await sampleBytes(s)).equals(await sampleBytes(s))).toBe(true);
  });
});

// ---- The CLI on the samples, scored as the acceptance checks score workbooks ------------------------------------

/** The figures of `want` that differ in `got` (byVillage matched by village name); rowsWithAmount is optional. */
function differences(label: string, want: unknown, got: unknown): string[] {
  const diffs: string[] = [];
  const walk = (path: string, w: unknown, g: unknown): void => {
    if (w !== null && typeof w === 'object' && !Array.isArray(w)) {
      for (const [k, v] of Object.entries(w)) if (k !== 'rowsWithAmount') walk(`${path}.${k}`, v, (g as Record<string, unknown> | undefined)?.[k]);
      return;
    }
    if (Array.isArray(w)) {
      const byName = new Map((Array.isArray(g) ? g : []).map((x: { village?: string }) => [String(x?.village ?? '').normalize('NFC'), x]));
      for (const item of w as Array<{ village: string }>) walk(`${path}[${item.village}]`, item, byName.get(item.village));
      return;
    }
    if (typeof w === 'number' && typeof g === 'number' ? Math.abs(w - g) > 1e-9 : w !== g) diffs.push(`${path}: want ${JSON.stringify(w)} got ${JSON.stringify(g)}`);
  };
  walk(label, want, got);
  return diffs;
}

async function summaryJson(...args: string[]): Promise<{ households: unknown; awards: unknown; inferred: unknown[] }> {
  const r = await runCli(['summary', '--json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

describe('baocao summary --json on each sample equals its key', () => {
  test.each(['households-flat', 'households-merged', 'households-sectioned', 'households-persons'])('%s', async (name) => {
    const key = sampleKey(name);
    const s = await summaryJson(samplePath(name));
    expect(differences('households', key.summary.households, s.households)).toEqual([]);
  });

  test.each(['awards-flat', 'awards-sectioned'])('%s', async (name) => {
    const key = sampleKey(name);
    const s = await summaryJson(samplePath(name));
    expect(differences('awards', key.summary.awards, s.awards)).toEqual([]);
    expect((s.awards as { amount: { rowsWithAmount: number } }).amount.rowsWithAmount).toBe(key.summary.awards?.amount.rowsWithAmount);
  });

  test('with the commune profile, a household file and an awards file: the same figures, nothing inferred', async () => {
    const s = await summaryJson('--profile', PROFILE_PATH, samplePath('households-sectioned'), samplePath('awards-sectioned'));
    expect(s.inferred).toEqual([]);
    expect(differences('households', sampleKey('households-sectioned').summary.households, s.households)).toEqual([]);
    expect(differences('awards', sampleKey('awards-sectioned').summary.awards, s.awards)).toEqual([]);
  });

  test('the keys of one commune agree with each other', () => {
    const h = ['households-flat', 'households-merged', 'households-sectioned', 'households-persons'].map((n) => sampleKey(n).summary.households);
    for (const x of h) expect(x).toEqual(h[0]);
    expect(sampleKey('awards-sectioned').summary.awards).toEqual(sampleKey('awards-flat').summary.awards);
    for (const n of NAMES) expect(sampleKey(n).profile).toEqual(PROFILE);
  });
});

interface CliIssue {
  row: number;
  column: string;
  code: string;
  severity: string;
  message: string;
}

async function validateJson(name: string): Promise<CliIssue[]> {
  const r = await runCli(['validate', '--json', samplePath(name)]);
  const v = JSON.parse(r.out) as { files: Array<{ registers: Array<{ issues: CliIssue[] }> }> };
  return v.files.flatMap((f) => f.registers.flatMap((reg) => reg.issues));
}

const family = (code: string, want: string) => code === want || code.startsWith(`${want}.`);

describe('baocao validate --json on the errors samples', () => {
  test.each(['households-errors-sample', 'awards-errors-sample'])('%s: every planted problem found at its cell with its family, none on a clean row', async (name) => {
    const key: SampleKey = sampleKey(name);
    const issues = await validateJson(name);
    const missed = (key.issues ?? []).filter((p) => !issues.some((i) => i.row === p.row && [p.column, ...(p.acceptColumns ?? [])].includes(i.column)
      && [p.code, ...(p.acceptCodes ?? [])].some((c) => family(i.code, c))));
    expect(missed).toEqual([]);
    const clean = new Set(key.cleanRows);
    expect(issues.filter((i) => clean.has(i.row) && (i.severity === 'error' || i.severity === 'warning'))).toEqual([]);
    // Every data row is either planted or clean.
    expect([...new Set([...(key.issues ?? []).map((p) => p.row), ...(key.cleanRows ?? [])])].sort((a, b) => a - b)).toHaveLength(key.register.dataRows);
  });
});
