// The whole core in one call: find the registers in a commune's workbooks, read, validate and summarise them.
import { columnLetter, type Grid } from './grid';
import { detectLayout, type LayoutOverride, type RegisterLayout } from './layout/detect';
import { villageFromTitle } from './layout/rowText';
import { sortIssues } from './rules/issue';
import { findDuplicates } from './rules/duplicates';
import { inferVillages, stripVillagePrefix, VillageCatalogue, type VillageSighting } from './villages';
import { titleCase } from './layout/rowText';
import type { AwardRegister, DuplicateSet, HouseholdRegister, PersonRegister, Register, RegisterKindModule } from './registers/kind';
import { householdKind } from './registers/households/kind';
import { personKind } from './registers/persons/kind';
import { awardKind } from './registers/awards/kind';
import { planJoins, type JoinPlan, type MemberJoin } from './registers/persons/join';
import { summariseHouseholdRegisters } from './summary/householdRegisters';
import { doubtVillageColumn, type Doubt } from './doubts';
import { sheetRole } from './layout/sheetRole';
import { restoreCodedClass } from './layout/content';
import { findCodeTables } from './registers/codeTables';
import { isGuessedYear, mode, plausibleReportYear, reportYearOf, yearsInSheetNames, yearsInTitles, yearsOfDatedLines } from './year';
import type { CommuneProfile } from './profile';
import { DEFAULT_RATES, type HouseholdSummary } from './summary/households';
import type { AwardSummary } from './summary/awards';
import { summariseAwardRegisters } from './summary/awardRegisters';
import { setAsideEarlierYears, type EarlierYearSheet } from './yearSheets';
import { assignFiles, newVillagesOfMerger, summariseFormerCommunes, type FileAssignment, type FormerCommuneSummary, type MergerProfile } from './formerCommunes';

export interface WorkbookInput {
  file: string;
  sheets: Grid[];
  created?: Date;
  modified?: Date;
}

/** What a pane's clerk gave without a full profile (checked by the pane before it is kept). */
export interface ConfirmedAnswers {
  year?: number;
  villages?: string[];
  commune?: string;
  formerCommunes?: CommuneProfile['formerCommunes'];
  renamedVillages?: CommuneProfile['renamedVillages'];
}

export interface AnalyseOptions {
  profile?: CommuneProfile;
  /** The year and villages the clerk confirmed without a full profile (the panes' question), and the former communes
   *  of a merged commune entered in a pane; a profile wins. */
  confirmed?: ConfirmedAnswers;
  /** Layout corrections by sheet name ("Sheet1") or by "file::sheet". */
  overrides?: Record<string, LayoutOverride>;
  /** Today, for the last-resort report year; the core reads no clock of its own. */
  today?: Date;
  /** Told how many data rows have been checked, of how many, as validation goes (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export type { HouseholdRegister, PersonRegister, AwardRegister, Register } from './registers/kind';

export interface IgnoredSheet {
  sheet: string;
  reason: 'no-register' | 'empty' | 'instructions' | 'example' | 'codes' | 'earlierYear';
  /** An earlier year's list beside this year's (`earlierYear`): its year, and the sheet that holds its households. */
  year?: number;
  alongside?: string;
}

export interface Analysis {
  files: Array<{ file: string; registers: Register[]; ignored: IgnoredSheet[] }>;
  year: number;
  villages: string[];
  commune?: string;
  /** What was inferred rather than given by a profile, as data: { what, value, from }. */
  inferred: Array<{ what: 'year' | 'villages'; value: string | number; from: string }>;
  /** What the analysis is unsure of, and what the clerk can confirm. */
  doubts: Doubt[];
  /** Household lists joined with their member lists by household code. */
  joins: MemberJoin[];
  summary: { households?: HouseholdSummary; awards?: AwardSummary; proposals?: AwardSummary };
  /** A new commune formed from former communes (profile's `formerCommunes`): its figures by former commune. */
  formerCommunes?: FormerCommuneSummary[];
  /** Lists of an earlier year kept beside this year's in the same workbooks: not counted (see yearSheets.ts). */
  earlierYears?: EarlierYearSheet[];
}

const KINDS: { [K in Register['kind']]: RegisterKindModule<Extract<Register, { kind: K }>> } = {
  households: householdKind,
  persons: personKind,
  awards: awardKind,
};

function kindOf<K extends Register['kind']>(id: K): RegisterKindModule<Extract<Register, { kind: K }>> {
  return KINDS[id];
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

/** The clerk's correction of a sheet's layout, by "file::sheet" or by sheet name. */
function overrideOf(options: AnalyseOptions, file: string, sheet: string): LayoutOverride | undefined {
  return options.overrides?.[`${file}::${sheet}`] ?? options.overrides?.[sheet];
}

/** More data rows than an instructions or example sheet ever shows. */
const EXAMPLE_ROWS = 30;

function detectAll(workbooks: WorkbookInput[], options: AnalyseOptions): Analysis['files'] {
  return workbooks.map((wb) => {
    const registers: Register[] = [];
    const ignored: IgnoredSheet[] = [];
    const layouts: Array<{ grid: Grid; layout: RegisterLayout }> = [];
    const codes = findCodeTables(wb.sheets);
    for (const grid of wb.sheets) {
      const override = overrideOf(options, wb.file, grid.sheet);
      // Code tables, instructions and examples are not data, unless the clerk says otherwise (an override).
      const role = override ? null : sheetRole(grid);
      const layout = grid.values.length ? detectLayout(grid, override) : null;
      if (layout) restoreCodedClass(grid, layout, codes);
      // A sheet named "Mẫu", "Hướng dẫn" or "Danh mục …" that holds a whole register is read: examples are a few rows.
      if (role && (!layout || layout.dataRowCount < EXAMPLE_ROWS)) ignored.push({ sheet: grid.sheet, reason: role });
      else if (layout) layouts.push({ grid, layout });
      else ignored.push({ sheet: grid.sheet, reason: grid.values.length ? 'no-register' : 'empty' });
    }
    const headerKey = (l: RegisterLayout) => `${l.kind}|${Object.entries(l.columns).map(([f, c]) => `${f}${c}`).sort().join(',')}`;
    for (const { grid, layout } of layouts) {
      const same = layouts.filter((x) => headerKey(x.layout) === headerKey(layout)).length;
      const sheetVillageName = layout.kind === 'awards' ? null : sheetVillage(layout, same);
      registers.push(kindOf(layout.kind).read({ file: wb.file, grid, layout, sheetVillage: sheetVillageName, codes }));
    }
    return { file: wb.file, registers, ignored };
  });
}

/** The footer's lines as text: where the place and date of signing are. */
function footerText(reg: Register): string[] {
  return reg.layout.footerRows.map((row) => (reg.grid.values[row - reg.grid.originRow] ?? []).filter((v): v is string => typeof v === 'string').join(' '));
}

function inferYear(files: Analysis['files'], workbooks: WorkbookInput[], today: Date): { year: number; from: string } {
  const registers = files.flatMap((f) => f.registers);
  const fromTitles = mode(yearsInTitles(registers.flatMap((r) => r.layout.titleText)));
  if (fromTitles) return { year: fromTitles, from: 'title' };
  // A date cell holding 0 reads as 1900, a typo as 2204: only years a report can be about count as evidence.
  const dates = registers.flatMap((r) => (r.kind === 'awards' ? r.records.flatMap((a) => (a.decisionDate && plausibleReportYear(a.decisionDate.y, today) ? [a.decisionDate.y] : [])) : []));
  const fromDates = mode(dates);
  if (fromDates) return { year: fromDates, from: 'decisionDates' };
  const fromDatedLines = mode(yearsOfDatedLines(registers.flatMap((r) => [...r.layout.titleText, ...footerText(r)])));
  if (fromDatedLines) return { year: fromDatedLines, from: 'datedLines' };
  const fromSheets = mode(yearsInSheetNames(registers.map((r) => r.layout.sheet)));
  if (fromSheets) return { year: fromSheets, from: 'sheetName' };
  const stamp = workbooks.flatMap((w) => [w.modified, w.created]).find((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()) && plausibleReportYear(reportYearOf(d), today));
  if (stamp) return { year: reportYearOf(stamp), from: 'fileDate' };
  return { year: reportYearOf(today), from: 'today' };
}

function villageSightings(files: Analysis['files']): VillageSighting[] {
  const out: VillageSighting[] = [];
  for (const f of files) for (const reg of f.registers) {
    if (reg.kind === 'awards') continue;
    for (const rec of reg.records) if (rec.villageText) out.push({ text: rec.villageText, authoritative: rec.villageFrom !== 'column' });
  }
  return out;
}

const PROGRESS_STEP = 5000;

function validate(files: Analysis['files'], year: number, villages: VillageCatalogue, plan: JoinPlan, profile?: CommuneProfile, onProgress?: AnalyseOptions['onProgress'], merged?: FileAssignment): void {
  const registers = files.flatMap((f) => f.registers);
  const total = registers.reduce((n, r) => n + (r.kind === 'persons' ? r.rows.length : r.records.length), 0);
  let done = 0;
  const tick = () => {
    if (onProgress && ++done % PROGRESS_STEP === 0) onProgress(done, total);
  };
  const ctx = { year, villages, profile, tick };
  const sets: Array<{ set: DuplicateSet; reg: Register }> = [];
  for (const reg of registers) {
    const kind = kindOf(reg.kind) as RegisterKindModule;
    // A former commune's workbook reads its old village names as the new villages.
    kind.validate(reg, merged ? { ...ctx, villages: merged.villagesOf(reg, villages) } : ctx);
    // A member list joined to its household list holds the same households again, by design: not duplicates.
    if (reg.kind === 'persons' && plan.joined.has(reg)) continue;
    sets.push({ set: kind.duplicates(reg), reg });
  }
  for (const family of ['households', 'awards'] as const) {
    const mine = sets.filter((x) => x.set.family === family);
    const entries = mine.flatMap(({ set, reg }) => Array.from({ length: set.count }, (_, i) => ({ i, set, reg })));
    const keyCount = mine[0]?.set.keyCount ?? 0;
    const keys = Array.from({ length: keyCount }, (_, k) => (x: (typeof entries)[number]) => x.set.key(x.i, k));
    for (const d of findDuplicates(entries, keys)) {
      // The same household in two files (one workbook per former commune): the message names the other file.
      const at = d.earlier.set.at(d.earlier.i);
      const earlier = d.earlier.reg.file === d.later.reg.file ? at : { row: at.row, sheet: at.sheet, file: d.earlier.reg.file };
      const issue = d.later.set.report(d.later.i, earlier, d.key);
      // Across files the other row is named by its cell too: both files and both cells are in the message.
      if (earlier.file !== undefined) issue.params = { ...issue.params, cell: `${columnLetter(earlierColumn(d.earlier.reg, issue.field))}${at.row}` };
      d.later.reg.issues.push(issue);
    }
  }
  for (const reg of registers) sortIssues(reg.issues);
  onProgress?.(total, total);
}

/** The column of the other row's field in a duplicate (a head's name in one register is a person's name in another). */
function earlierColumn(reg: Register, field: string | null | undefined): number {
  const cols = reg.layout.columns;
  const order = field === 'cccd' ? ['cccd'] : [field, 'headName', 'personName', 'recipientName'];
  for (const f of order) if (f && cols[f] !== undefined) return cols[f];
  return reg.grid.originColumn;
}

/** Finds, reads, validates and summarises the registers of one commune's workbooks. */
export function analyse(workbooks: WorkbookInput[], options: AnalyseOptions = {}): Analysis {
  const files = detectAll(workbooks, options);
  const inferred: Analysis['inferred'] = [];
  const profile = options.profile;
  let year = profile?.year ?? options.confirmed?.year;
  if (year === undefined) {
    const y = inferYear(files, workbooks, options.today ?? new Date(0));
    year = y.year;
    inferred.push({ what: 'year', value: y.year, from: y.from });
  }
  // Last year's list kept beside this year's (a sheet per year) would count every household twice: set aside.
  const earlierYears = setAsideEarlierYears(files, year);
  const doubts: Doubt[] = [];
  for (const e of earlierYears) {
    files.find((f) => f.file === e.file)?.ignored.push({ sheet: e.sheet, reason: 'earlierYear', year: e.year, alongside: e.alongside });
    doubts.push({ code: 'sheet.earlierYear', file: e.file, sheet: e.sheet, params: { year: e.year, current: year, alongside: e.alongside, shared: e.shared, households: e.households } });
  }
  // A year from the file's date or today's is a guess, not evidence: said as a doubt the clerk confirms.
  const guessed = inferred.find(isGuessedYear);
  const firstRegister = files.flatMap((f) => f.registers)[0];
  if (guessed && firstRegister) doubts.push({ code: 'year.guessed', file: firstRegister.file, sheet: firstRegister.grid.sheet, params: { year: guessed.value, from: guessed.from } });
  const householdRegs = files.flatMap((f) => f.registers.filter((r): r is HouseholdRegister | PersonRegister => r.kind !== 'awards'));
  for (const reg of files.flatMap((f) => f.registers)) {
    if (reg.layout.rival) doubts.push({ code: 'kind.uncertain', file: reg.file, sheet: reg.grid.sheet, params: { kind: reg.kind, other: reg.layout.rival } });
    for (const d of reg.layout.droppedColumns ?? []) doubts.push({ code: 'column.contradicted', file: reg.file, sheet: reg.grid.sheet, field: d.field, params: { field: d.field, column: d.column, examples: d.examples.join('; ') } });
  }
  // A merged commune: the profile's former communes, or those the clerk entered in a pane.
  const merger: MergerProfile | undefined = profile?.formerCommunes ? profile : options.confirmed?.formerCommunes ? options.confirmed : undefined;
  const given = profile?.villages ?? (options.confirmed?.villages?.length ? options.confirmed.villages : merger ? newVillagesOfMerger(merger) : undefined);
  const givenVillages = given ? new VillageCatalogue(given, false) : null;
  for (const reg of householdRegs) {
    // A village column the clerk chose is theirs to vouch for: it is not second-guessed.
    if (overrideOf(options, reg.file, reg.grid.sheet)?.columns?.village !== undefined) continue;
    const d = doubtVillageColumn(reg, givenVillages);
    if (d) doubts.push(d);
  }
  let villageNames = given;
  if (!villageNames) {
    villageNames = inferVillages(villageSightings(files));
    if (villageNames.length) inferred.push({ what: 'villages', value: villageNames.join(', '), from: 'data' });
  }
  const villages = new VillageCatalogue(villageNames, !given);
  const lists = householdRegs.filter((r): r is HouseholdRegister => r.kind === 'households');
  const members = householdRegs.filter((r): r is PersonRegister => r.kind === 'persons');
  const plan = planJoins(lists, members);
  const merged = merger ? assignFiles(files, merger) : undefined;
  if (merged) doubts.push(...merged.doubts);
  validate(files, year, villages, plan, profile, options.onProgress, merged);
  const registers = files.flatMap((f) => f.registers);
  const awardRegs = registers.filter((r): r is AwardRegister => r.kind === 'awards');
  const o = profile?.overrides;
  const rates = {
    culturalFamilyBase: o?.culturalFamilyBase ?? DEFAULT_RATES.culturalFamilyBase,
    povertyDecimals: o?.rateDecimals?.poverty ?? DEFAULT_RATES.povertyDecimals,
    culturalFamilyDecimals: o?.rateDecimals?.culturalFamily ?? DEFAULT_RATES.culturalFamilyDecimals,
  };
  const summary: Analysis['summary'] = {};
  if (householdRegs.length) {
    const h = summariseHouseholdRegisters(lists, members, plan, villageNames, rates);
    summary.households = h.summary;
    doubts.push(...h.doubts);
  }
  const awards = summariseAwardRegisters(awardRegs, year);
  if (awards.awards) summary.awards = awards.awards;
  if (awards.proposals) summary.proposals = awards.proposals;
  doubts.push(...awards.doubts);
  const formerCommunes = merged && merger ? { formerCommunes: summariseFormerCommunes({ ...merger, villages: villageNames }, merged, registers, plan, rates, year) } : {};
  return { files, year, villages: villageNames, commune: profile?.commune ?? options.confirmed?.commune, inferred, doubts, joins: plan.joins, summary, ...formerCommunes, ...(earlierYears.length ? { earlierYears } : {}) };
}
