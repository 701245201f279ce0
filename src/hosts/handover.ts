// Send to Word: the Excel pane leaves the report input in the add-in's own storage (localStorage of its origin),
// where the Word pane of the same add-in on the same computer picks it up. Nothing leaves the computer.
//
// A commune often keeps households and awards in separate workbooks, so the hand-over has two parts, each with the
// workbook it came from and when: sending households replaces only the households part, sending awards only the
// awards part, a workbook holding both replaces both. A hand-over stored by an older version (one input, one
// workbook) is read as the parts it holds.
//
// Last year's registers compared in Excel travel with the households part (with the awards part when the workbook
// has no households): last year's files, year and summaries, the comparison's counts and the first unmatched rows.
// Hand-overs stored before it read as they were: without last year.
import type { ReportInput } from '../core/report/input';
import type { PreviousYearData } from '../core/compare/previous';
import type { Analysis } from '../core/analyse';
import { isGuessedYear } from '../core/year';

export const HANDOVER_KEY = 'baocao:handover';

export const HANDOVER_PARTS = ['households', 'awards'] as const;
export type HandoverPartKind = (typeof HANDOVER_PARTS)[number];

/** What the sending pane inferred rather than took from a profile (the analysis' `inferred`). */
export type Inferred = Analysis['inferred'][number];

export interface HandoverPart {
  /** ISO time it was sent. */
  at: string;
  /** The workbook it came from. */
  workbook: string;
  /** The figures of this part only (the households part carries no awards, and the other way round). */
  input: ReportInput;
  /** What was inferred (year, villages); undefined when the sender did not say (older versions): unknown. */
  inferred?: Inferred[];
  /** The years the workbook's own dates and titles name (a report year outside them is asked about). */
  dataYears?: number[];
  /** Last year's registers compared with this part's workbook. */
  previous?: PreviousYearData;
}

/** What the sending pane knows about how sure the figures' year and villages are. */
export interface HandoverMeta {
  inferred?: Inferred[];
  dataYears?: number[];
  previous?: PreviousYearData;
}

export type Handover = { [K in HandoverPartKind]?: HandoverPart };

/** Minimal storage, so tests and hosts without localStorage can pass their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORED_VERSION = 2;

/** The parts a report input has figures for. */
export function partsOf(input: ReportInput): HandoverPartKind[] {
  const kinds: HandoverPartKind[] = [];
  if (input.households) kinds.push('households');
  if (input.awards || input.awardItems.length) kinds.push('awards');
  return kinds;
}

/** The input cut down to one part's figures. */
function partInput(input: ReportInput, kind: HandoverPartKind): ReportInput {
  // The comparison travels as the part's `previous`, with last year's files and summaries.
  const { households, awards, ...withComparison } = input;
  const rest = { ...withComparison };
  delete rest.comparison;
  return kind === 'households'
    ? { ...rest, households, awardItems: [] }
    : { ...rest, ...(awards ? { awards } : {}), awardItems: input.awardItems };
}

function write(store: KeyValueStore, h: Handover): void {
  store.setItem(HANDOVER_KEY, JSON.stringify({ version: STORED_VERSION, parts: h }));
}

/**
 * Sends a workbook's figures: each part the input has figures for replaces that part, the other part stays.
 * Returns the hand-over as it now is and the parts replaced (none when the input has no figures).
 */
export function sendHandover(store: KeyValueStore, workbook: string, input: ReportInput, at = new Date(), meta: HandoverMeta = {}): { handover: Handover; replaced: HandoverPartKind[] } {
  const replaced = partsOf(input);
  const h: Handover = { ...(readHandover(store) ?? {}) };
  for (const kind of replaced) {
    const previous = meta.previous && kind === replaced[0] ? { previous: meta.previous } : {};
    h[kind] = { at: at.toISOString(), workbook, input: partInput(input, kind), ...(meta.inferred ? { inferred: meta.inferred } : {}), ...(meta.dataYears ? { dataYears: meta.dataYears } : {}), ...previous };
  }
  if (replaced.length) write(store, h);
  return { handover: h, replaced };
}

/** The hand-over, or null when it holds no part. */
const nonEmpty = (h: Handover): Handover | null => (h.households || h.awards ? h : null);

/** Drops one part (the clerk no longer wants those figures); returns what is left, null when nothing is. */
export function dropHandoverPart(store: KeyValueStore, kind: HandoverPartKind): Handover | null {
  const h: Handover = { ...(readHandover(store) ?? {}) };
  delete h[kind];
  write(store, h);
  return nonEmpty(h);
}

/** Drops last year from the stored parts (the clerk no longer wants the comparison); the figures stay. */
export function dropHandoverPrevious(store: KeyValueStore): Handover | null {
  const h: Handover = { ...(readHandover(store) ?? {}) };
  for (const kind of HANDOVER_PARTS) {
    const part = h[kind];
    if (!part?.previous) continue;
    const rest = { ...part };
    delete rest.previous;
    h[kind] = rest;
  }
  write(store, h);
  return nonEmpty(h);
}

function isInput(v: unknown): v is ReportInput {
  const i = v as ReportInput | null;
  return typeof i === 'object' && i !== null && typeof i.year === 'number' && Array.isArray(i.villages) && Array.isArray(i.awardItems);
}

function isInferred(v: unknown): v is Inferred[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && (x.what === 'year' || x.what === 'villages') && typeof x.from === 'string');
}

/** Former communes' counts as stored: a list of names (null: files of no known one) with whole counts, else left out. */
function isFormerCommunes(v: unknown): v is NonNullable<ReportInput['formerCommunes']> {
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  return Array.isArray(v) && v.length > 0 && v.every((c) => {
    if (typeof c !== 'object' || c === null || (c.name !== null && typeof c.name !== 'string')) return false;
    const h = c.households;
    if (h === undefined) return true;
    return typeof h === 'object' && h !== null && count(h.total) && (h.poverty === undefined || (count(h.poverty.poor) && count(h.poverty.nearPoor)));
  });
}

/** Last year as stored: enough of its shape to be used (anything else is left out, not guessed). */
function isPrevious(v: unknown): v is PreviousYearData {
  const p = v as PreviousYearData | null;
  return typeof p === 'object' && p !== null && Array.isArray(p.files) && p.files.every((f) => typeof f === 'string') && Number.isInteger(p.year)
    && typeof p.comparison === 'object' && p.comparison !== null && Number.isInteger(p.comparison.year) && p.comparison.previousYear === p.year;
}

function parsePart(v: unknown, kind: HandoverPartKind): HandoverPart | undefined {
  const p = v as Partial<HandoverPart> | null;
  if (typeof p !== 'object' || p === null || typeof p.at !== 'string' || typeof p.workbook !== 'string' || !isInput(p.input)) return undefined;
  if (!partsOf(p.input).includes(kind)) return undefined;
  const dataYears = Array.isArray(p.dataYears) ? p.dataYears.filter((y): y is number => Number.isInteger(y)) : undefined;
  return { at: p.at, workbook: p.workbook, input: partInput(p.input, kind), ...(isInferred(p.inferred) ? { inferred: p.inferred } : {}), ...(dataYears ? { dataYears } : {}), ...(isPrevious(p.previous) ? { previous: p.previous } : {}) };
}

/** What Excel sent, by part, or null when there is nothing (or it cannot be read). Reads the older one-input shape too. */
export function readHandover(store: KeyValueStore): Handover | null {
  let raw: unknown;
  try {
    const text = store.getItem(HANDOVER_KEY);
    if (!text) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const stored = raw as { version?: unknown; parts?: unknown };
  const h: Handover = {};
  if (stored.version === STORED_VERSION && typeof stored.parts === 'object' && stored.parts !== null) {
    const parts = stored.parts as Record<string, unknown>;
    for (const kind of HANDOVER_PARTS) {
      const part = parsePart(parts[kind], kind);
      if (part) h[kind] = part;
    }
  } else {
    // Version 1: { at, workbook, input }, one workbook's figures, whatever parts they hold.
    for (const kind of HANDOVER_PARTS) {
      const part = parsePart(raw, kind);
      if (part) h[kind] = part;
    }
  }
  return nonEmpty(h);
}

/** How sure the year of a part is: given by a profile (2), inferred from the registers (1), guessed from a file date or today (0). */
function yearEvidence(p: HandoverPart): number {
  if (!p.inferred) return 0;
  const y = p.inferred.find((i) => i.what === 'year');
  if (!y) return 2;
  return isGuessedYear(y) ? 0 : 1;
}

export interface HandedOver {
  /** The figures of both parts together. */
  input: ReportInput;
  /** The year, and the villages, were inferred (or the sender did not say: then "from the data"): the clerk is asked. */
  inferred: Inferred[];
  /** The two parts were sent with different years: the report year is the better-founded one, and the clerk is asked. */
  years?: { households: number; awards: number };
  /** The years the parts' own dates and titles name (decision dates when the sender did not say). */
  dataYears: number[];
  /** Last year compared with this year's figures (the households part's, else the awards part's), of the report year. */
  previous?: PreviousYearData;
}

/** Years of the decision dates of a part's awards: what an older hand-over still tells of its own dates. */
function decisionYears(input: ReportInput): number[] {
  return input.awardItems.flatMap((a) => (a.decisionDate ? [a.decisionDate.y] : []));
}

/**
 * Both parts as one report input: households and villages from the households part, awards from the awards part,
 * names from either; the year from the part whose year is better founded (the awards part on a tie: its decision
 * dates date it).
 */
export function handedOver(h: Handover): HandedOver | null {
  const hh = h.households;
  const aw = h.awards;
  const first = hh ?? aw;
  if (!first) return null;
  const yearPart = hh && aw ? (yearEvidence(hh) > yearEvidence(aw) ? hh : aw) : first;
  const villagePart = hh ?? first;
  const name = (k: 'commune' | 'district' | 'province') => hh?.input[k] ?? aw?.input[k];
  const input: ReportInput = {
    year: yearPart.input.year,
    ...(name('commune') ? { commune: name('commune') } : {}),
    ...(name('district') ? { district: name('district') } : {}),
    ...(name('province') ? { province: name('province') } : {}),
    villages: villagePart.input.villages.length ? villagePart.input.villages : (aw?.input.villages ?? []),
    ...(hh?.input.households ? { households: hh.input.households } : {}),
    // A merged commune: each former commune's household counts travel with the households part.
    ...(hh && isFormerCommunes(hh.input.formerCommunes) ? { formerCommunes: hh.input.formerCommunes } : {}),
    ...(aw?.input.awards ? { awards: aw.input.awards } : {}),
    awardItems: aw?.input.awardItems ?? [],
  };
  // A comparison made against figures of another year (a part sent again since) is not used.
  const previous = [hh?.previous, aw?.previous].find((p) => p && p.comparison.year === input.year);
  if (previous) input.comparison = previous.comparison;
  const unknown = (p: HandoverPart, what: Inferred['what'], value: string | number): Inferred[] =>
    p.inferred ? p.inferred.filter((i) => i.what === what) : [{ what, value, from: 'data' }];
  const inferred = [...unknown(yearPart, 'year', input.year), ...(input.villages.length ? unknown(villagePart, 'villages', input.villages.join(', ')) : [])];
  const years = hh && aw && hh.input.year !== aw.input.year ? { households: hh.input.year, awards: aw.input.year } : undefined;
  const dataYears = [...new Set([hh, aw].flatMap((p) => (p ? p.dataYears ?? decisionYears(p.input) : [])))].sort((x, y) => x - y);
  return { input, inferred, ...(years ? { years } : {}), dataYears, ...(previous ? { previous } : {}) };
}
