// What a pane asks the clerk about the report year and the villages, decided from the analysis and from what the
// clerk confirmed earlier (the commune profile in the document's settings). Both panes use it (AskProfile.tsx).
import type { Analysis } from '../core/analyse';
import { isGuessedYear } from '../core/year';

export interface YearQuestion {
  year: number;
  /** Where an inferred year came from (a key of ui.ts's from_*), or null when the clerk gave it. */
  from: string | null;
  /** Only guessed (the file's date or today's): the registers name no year. */
  guessed: boolean;
  /** The years the registers' own dates name, when the year is not among them; else null. */
  outside: number[] | null;
}

export interface VillageQuestion {
  villages: string[];
}

interface Inferred {
  year: number;
  villages: string[];
  inferred: Analysis['inferred'];
  dataYears: number[];
}

/**
 * The year question, or null when there is nothing to ask: the year is shown when it was inferred (to confirm), and
 * also when it was given but the registers' own dates are all of other years (never used silently).
 */
export function yearQuestion(a: Inferred): YearQuestion | null {
  const inferred = a.inferred.find((i) => i.what === 'year');
  const outside = a.dataYears.length > 0 && !a.dataYears.includes(a.year) ? a.dataYears : null;
  if (!inferred && !outside) return null;
  return { year: a.year, from: inferred?.from ?? null, guessed: inferred ? isGuessedYear(inferred) : false, outside };
}

/** The villages question: when the list of villages was taken from the data rather than given. */
export function villageQuestion(a: Inferred): VillageQuestion | null {
  return a.inferred.some((i) => i.what === 'villages') && a.villages.length > 0 ? { villages: a.villages } : null;
}

/** Years to offer for "another year": the registers' own years, and from three before the shown one to the later of
 *  the year after it and this year, newest first. */
export function yearChoices(q: YearQuestion, today = new Date()): number[] {
  const set = new Set<number>(q.outside ?? []);
  for (let y = q.year - 3; y <= Math.max(q.year + 1, today.getFullYear()); y++) set.add(y);
  return [...set].filter((y) => y >= 1990 && y <= 2100).sort((x, y) => y - x);
}

/** Villages as the clerk types them: one a line (commas and semicolons also part them), blanks and repeats dropped. */
export function parseVillageLines(text: string): string[] {
  const out: string[] = [];
  for (const v of text.split(/[\n;,]+/).map((x) => x.trim()).filter(Boolean)) if (!out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
  return out;
}
