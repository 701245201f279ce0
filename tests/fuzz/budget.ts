// The fuzz budget: every property's number of cases, the seed, and the runner that counts what was run.
// FUZZ_SEED=<integer> picks another seed (the default is fixed, so CI is reproducible); FUZZ_RUNS=<n> multiplies
// every property's cases (FUZZ_RUNS=10 for a long local run). docs/fuzzing.md lists these counts (tested).
import fc from 'fast-check';

/** Cases per property at FUZZ_RUNS=1, as CI runs them. `files`: each case builds or reads a file (slower). */
export const BUDGET = {
  'grid.random': { runs: 2400, files: false },
  'grid.households': { runs: 1200, files: false },
  'grid.persons': { runs: 1000, files: false },
  'grid.awards': { runs: 1200, files: false },
  'grid.workbooks': { runs: 400, files: false },
  'check.paragraphs': { runs: 2000, files: false },
  'xlsx.valid': { runs: 200, files: true },
  'xlsx.damaged': { runs: 450, files: true },
  'other.bytes': { runs: 450, files: true },
  'docx.report': { runs: 80, files: true },
  'docx.paragraphs': { runs: 120, files: true },
  'docx.damaged': { runs: 400, files: true },
  'cli.files': { runs: 300, files: true },
} as const satisfies Record<string, { runs: number; files: boolean }>;

export type PropertyId = keyof typeof BUDGET;

const DEFAULT_SEED = 20240607;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return n;
}

export const SEED = Math.trunc(envNumber('FUZZ_SEED', DEFAULT_SEED));
export const MULTIPLIER = envNumber('FUZZ_RUNS', 1);

/** The cases a property runs in this run (its budget times FUZZ_RUNS, at least 1). */
export function runsOf(id: PropertyId): number {
  return Math.max(1, Math.round(BUDGET[id].runs * MULTIPLIER));
}

/** Jest's time limit for a property: generous, since a FUZZ_RUNS multiple must fit too. */
export function timeoutOf(id: PropertyId): number {
  return Math.max(60_000, runsOf(id) * (BUDGET[id].files ? 400 : 40));
}

/** Runs a property with the budget's cases and seed, and resolves to the number of cases it ran. A failure
 *  throws fast-check's report: the seed, the path and the shrunk counterexample, to replay it. */
export async function runProperty<T>(id: PropertyId, arb: fc.Arbitrary<T>, predicate: (value: T) => Promise<void> | void): Promise<number> {
  // A case that hangs (a reader waiting forever on a damaged stream) fails with its counterexample, like a throw.
  const timeout = BUDGET[id].files ? 20_000 : 5_000;
  let cases = 0;
  // Shrinking replays the predicate: count only the first pass, which is what the budget promises.
  let shrinking = false;
  const property = fc.asyncProperty(arb, async (value) => {
    if (!shrinking) cases++;
    try {
      await predicate(value);
    } catch (e) {
      shrinking = true;
      throw e;
    }
  });
  await fc.assert(property, { seed: SEED, numRuns: runsOf(id), timeout });
  return cases;
}
