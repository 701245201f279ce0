// The whole core in one call: find the registers in a commune's workbooks, read, validate and summarise them.
import type { Grid } from './grid';
import { detectLayout, type LayoutOverride, type RegisterLayout } from './layout/detect';
import { villageFromTitle } from './layout/rowText';
import { sortIssues, type Issue } from './rules/issue';
import { checkTotals, type SummedFigure } from './rules/totals';
import { findDuplicates } from './rules/duplicates';
import { readHouseholds } from './registers/households/read';
import { cellValue } from './registers/mergedCells';
import { householdRules, type RecordCells } from './registers/households/rules';
import type { HouseholdRecord } from './registers/households/schema';
import { readAwards } from './registers/awards/read';
import { awardRules, type AwardCells } from './registers/awards/rules';
import type { AwardRecord } from './registers/awards/schema';
import { issueAt } from './rules/issue';
import { inferVillages, stripVillagePrefix, villagePrefixOf, VillageCatalogue, type VillageSighting } from './villages';
import { titleCase } from './layout/rowText';
import { matchKey, fold } from './text/normalize';
import { mode, reportYearOf, yearsInSheetNames, yearsInTitles } from './year';
import type { CommuneProfile } from './profile';
import { summariseHouseholds, DEFAULT_RATES, type HouseholdSummary } from './summary/households';
import { summariseAwards, type AwardSummary } from './summary/awards';

export interface WorkbookInput {
  file: string;
  sheets: Grid[];
  created?: Date;
  modified?: Date;
}

export interface AnalyseOptions {
  profile?: CommuneProfile;
  /** Layout corrections by sheet name ("Sheet1") or by "file::sheet". */
  overrides?: Record<string, LayoutOverride>;
  /** Today, for the last-resort report year; the core reads no clock of its own. */
  today?: Date;
  /** Told how many data rows have been checked, of how many, as validation goes (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

interface RegisterBase {
  file: string;
  grid: Grid;
  layout: RegisterLayout;
  issues: Issue[];
}
export type HouseholdRegister = RegisterBase & { kind: 'households'; records: HouseholdRecord[] };
export type AwardRegister = RegisterBase & { kind: 'awards'; records: AwardRecord[] };
export type Register = HouseholdRegister | AwardRegister;

export interface IgnoredSheet {
  sheet: string;
  reason: 'no-register' | 'empty';
}

export interface Analysis {
  files: Array<{ file: string; registers: Register[]; ignored: IgnoredSheet[] }>;
  year: number;
  villages: string[];
  commune?: string;
  /** What was inferred rather than given by a profile, as data: { what, value, from }. */
  inferred: Array<{ what: 'year' | 'villages'; value: string | number; from: string }>;
  summary: { households?: HouseholdSummary; awards?: AwardSummary };
}

function cellsOf(reg: Register): RecordCells & AwardCells {
  const cols = reg.layout.columns;
  const { grid } = reg;
  return {
    has: (f: string) => f in cols,
    ref: (rec: { row: number }, f: string) => ({ sheet: grid.sheet, row: rec.row, column: cols[f] ?? grid.originColumn }),
    raw: (rec: { row: number }, f: string) => (f in cols ? cellValue(grid, rec.row - grid.originRow, cols[f] - grid.originColumn) : null),
  };
}

/** Per-village sheets: the village a sheet stands for, from its title or (when several sheets share a header) its name. */
function sheetVillage(layout: RegisterLayout, sameHeaderSheets: number): string | null {
  if ('village' in layout.columns || layout.body.some((b) => b.type === 'section' && b.context.village)) return null;
  for (const t of layout.titleText) {
    const v = villageFromTitle(t);
    if (v) return v;
  }
  return sameHeaderSheets > 1 ? titleCase(stripVillagePrefix(layout.sheet)) : null;
}

function detectAll(workbooks: WorkbookInput[], options: AnalyseOptions): Analysis['files'] {
  return workbooks.map((wb) => {
    const registers: Register[] = [];
    const ignored: IgnoredSheet[] = [];
    const layouts: Array<{ grid: Grid; layout: RegisterLayout }> = [];
    for (const grid of wb.sheets) {
      const override = options.overrides?.[`${wb.file}::${grid.sheet}`] ?? options.overrides?.[grid.sheet];
      const layout = grid.values.length ? detectLayout(grid, override) : null;
      if (layout) layouts.push({ grid, layout });
      else ignored.push({ sheet: grid.sheet, reason: grid.values.length ? 'no-register' : 'empty' });
    }
    const headerKey = (l: RegisterLayout) => `${l.kind}|${Object.entries(l.columns).map(([f, c]) => `${f}${c}`).sort().join(',')}`;
    for (const { grid, layout } of layouts) {
      const issues: Issue[] = [];
      if (layout.kind === 'households') {
        const same = layouts.filter((x) => headerKey(x.layout) === headerKey(layout)).length;
        registers.push({ kind: 'households', file: wb.file, grid, layout, issues, records: readHouseholds(grid, layout, sheetVillage(layout, same), issues) });
      } else {
        registers.push({ kind: 'awards', file: wb.file, grid, layout, issues, records: readAwards(grid, layout, issues) });
      }
    }
    return { file: wb.file, registers, ignored };
  });
}

function inferYear(files: Analysis['files'], workbooks: WorkbookInput[], today: Date): { year: number; from: string } {
  const registers = files.flatMap((f) => f.registers);
  const fromTitles = mode(yearsInTitles(registers.flatMap((r) => r.layout.titleText)));
  if (fromTitles) return { year: fromTitles, from: 'title' };
  const dates = registers.flatMap((r) => (r.kind === 'awards' ? r.records.flatMap((a) => (a.decisionDate ? [a.decisionDate.y] : [])) : []));
  const fromDates = mode(dates);
  if (fromDates) return { year: fromDates, from: 'decisionDates' };
  const fromSheets = mode(yearsInSheetNames(registers.map((r) => r.layout.sheet)));
  if (fromSheets) return { year: fromSheets, from: 'sheetName' };
  const stamp = workbooks.map((w) => w.modified ?? w.created).find((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()));
  if (stamp) return { year: reportYearOf(stamp), from: 'fileDate' };
  return { year: reportYearOf(today), from: 'today' };
}

function villageSightings(files: Analysis['files']): VillageSighting[] {
  const out: VillageSighting[] = [];
  for (const f of files) for (const reg of f.registers) {
    if (reg.kind !== 'households') continue;
    for (const rec of reg.records) if (rec.villageText) out.push({ text: rec.villageText, authoritative: rec.villageFrom !== 'column' });
  }
  return out;
}

const householdFigures = (reg: HouseholdRegister): Array<SummedFigure<HouseholdRecord>> => {
  const off = (f: string) => reg.layout.columns[f] - reg.grid.originColumn;
  const figs: Array<SummedFigure<HouseholdRecord>> = [];
  const count = (f: 'poor' | 'nearPoor' | 'average' | 'culturalFamilyRegistered' | 'culturalFamilyAchieved' | 'learningFamily') => (rs: HouseholdRecord[]) => rs.filter((r) => r[f]).length;
  if ('size' in reg.layout.columns) figs.push({ field: 'size', c: off('size'), sum: (rs) => rs.reduce((s, r) => s + (r.size !== null && Number.isInteger(r.size) && r.size >= 0 ? r.size : 0), 0) });
  for (const f of ['poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily'] as const) {
    if (f in reg.layout.columns) figs.push({ field: f, c: off(f), sum: count(f) });
  }
  return figs;
};

const awardFigures = (reg: AwardRegister): Array<SummedFigure<AwardRecord>> =>
  'amount' in reg.layout.columns ? [{ field: 'amount', c: reg.layout.columns.amount - reg.grid.originColumn, money: true, sum: (rs) => rs.reduce((s, r) => s + (r.amount !== null && r.amount > 0 ? r.amount : 0), 0) }] : [];

const PROGRESS_STEP = 5000;

function validate(files: Analysis['files'], year: number, villages: VillageCatalogue, profile?: CommuneProfile, onProgress?: AnalyseOptions['onProgress']): void {
  const registers = files.flatMap((f) => f.registers);
  const total = registers.reduce((n, r) => n + r.records.length, 0);
  let done = 0;
  const tick = () => {
    if (onProgress && ++done % PROGRESS_STEP === 0) onProgress(done, total);
  };
  const households: Array<{ rec: HouseholdRecord; reg: HouseholdRegister }> = [];
  const awards: Array<{ rec: AwardRecord; reg: AwardRegister }> = [];
  for (const reg of registers) {
    const cells = cellsOf(reg);
    if (reg.kind === 'households') {
      const written = reg.records.filter((r) => r.villageFrom === 'column' && r.villageText);
      const prefixedStyle = written.length > 0 && written.filter((r) => villagePrefixOf(r.villageText as string) !== '').length * 2 > written.length;
      for (const rec of reg.records) {
        householdRules(rec, { year, villages, cells, prefixedStyle }, reg.issues);
        households.push({ rec, reg });
        tick();
      }
      checkTotals(reg.grid, reg.layout.body, reg.records, householdFigures(reg), reg.issues);
    } else {
      for (const rec of reg.records) {
        awardRules(rec, { year, cells, baseSalary: profile?.overrides?.baseSalary }, reg.issues);
        awards.push({ rec, reg });
        tick();
      }
      checkTotals(reg.grid, reg.layout.body, reg.records, awardFigures(reg), reg.issues);
    }
  }
  const cccdKey = ({ rec }: { rec: HouseholdRecord }) => (rec.cccd && /^\d{12}$/.test(rec.cccd) ? rec.cccd : null);
  const personKey = ({ rec }: { rec: HouseholdRecord }) => (rec.headName && rec.birthYear ? `${matchKey(rec.headName)}|${rec.birthYear}|${rec.village ?? rec.villageText ?? ''}` : null);
  for (const d of findDuplicates(households, [cccdKey, personKey])) {
    const field = d.key === 0 ? 'cccd' : 'headName';
    const { reg, rec } = d.later;
    d.later.reg.issues.push(issueAt('row.duplicate', 'warning', cellsOf(reg).ref(rec, field), field, d.key === 0 ? 'duplicate.cccd' : 'duplicate.household', cellsOf(reg).raw(rec, field), { row: d.earlier.rec.row, sheet: d.earlier.rec.sheet }));
  }
  const awardKey = ({ rec }: { rec: AwardRecord }) =>
    rec.recipientName && (rec.form ?? rec.formText) ? [matchKey(rec.recipientName), rec.form ?? rec.formText, fold(rec.authorityText ?? ''), fold(rec.decisionNo ?? ''), rec.decisionDate ? `${rec.decisionDate.y}-${rec.decisionDate.m}-${rec.decisionDate.d}` : ''].join('|') : null;
  for (const d of findDuplicates(awards, [awardKey])) {
    const { reg, rec } = d.later;
    reg.issues.push(issueAt('row.duplicate', 'warning', cellsOf(reg).ref(rec, 'recipientName'), 'recipientName', 'duplicate.award', cellsOf(reg).raw(rec, 'recipientName'), { row: d.earlier.rec.row, sheet: d.earlier.rec.sheet }));
  }
  for (const reg of registers) sortIssues(reg.issues);
  onProgress?.(total, total);
}

/** Finds, reads, validates and summarises the registers of one commune's workbooks. */
export function analyse(workbooks: WorkbookInput[], options: AnalyseOptions = {}): Analysis {
  const files = detectAll(workbooks, options);
  const inferred: Analysis['inferred'] = [];
  const profile = options.profile;
  let year = profile?.year;
  if (year === undefined) {
    const y = inferYear(files, workbooks, options.today ?? new Date(0));
    year = y.year;
    inferred.push({ what: 'year', value: y.year, from: y.from });
  }
  let villageNames = profile?.villages;
  if (!villageNames) {
    villageNames = inferVillages(villageSightings(files));
    if (villageNames.length) inferred.push({ what: 'villages', value: villageNames.join(', '), from: 'data' });
  }
  const villages = new VillageCatalogue(villageNames, !profile);
  validate(files, year, villages, profile, options.onProgress);
  const registers = files.flatMap((f) => f.registers);
  const householdRecords = registers.flatMap((r) => (r.kind === 'households' ? r.records : []));
  const awardRecords = registers.flatMap((r) => (r.kind === 'awards' ? r.records : []));
  const o = profile?.overrides;
  const rates = {
    culturalFamilyBase: o?.culturalFamilyBase ?? DEFAULT_RATES.culturalFamilyBase,
    povertyDecimals: o?.rateDecimals?.poverty ?? DEFAULT_RATES.povertyDecimals,
    culturalFamilyDecimals: o?.rateDecimals?.culturalFamily ?? DEFAULT_RATES.culturalFamilyDecimals,
  };
  const summary: Analysis['summary'] = {};
  if (registers.some((r) => r.kind === 'households')) summary.households = summariseHouseholds(householdRecords, villageNames, rates);
  if (registers.some((r) => r.kind === 'awards')) summary.awards = summariseAwards(awardRecords);
  return { files, year, villages: villageNames, commune: profile?.commune, inferred, summary };
}
