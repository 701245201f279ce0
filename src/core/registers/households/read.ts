// Household data rows → typed records, with what cannot be read reported at its cell.
import { isExcelError, type Grid } from '../../grid';
import type { RegisterLayout } from '../../layout/detect';
import type { SectionContext } from '../../layout/rowText';
import type { Issue } from '../../rules/issue';
import { issueAt } from '../../rules/issue';
import { fold } from '../../text/normalize';
import { memoByText } from '../../text/memo';
import { readInteger, readNumber, preRead, type Read, INVALID } from '../../values/numbers';
import { readMark } from '../../values/marks';
import { readDate } from '../../values/dates';
import { has, makeReader, rawOf, refOf, textOf, valueOf, type RowReader } from '../cells';
import type { HouseholdRecord } from './schema';
import { villageOfAddress } from '../../villageAddress';
import { resolveCode, type CodeTables } from '../codeTables';

const MALE = new Set(['nam', 'm', 'male', 'trai', 'ong']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'ba']);

/** The gender a cell's text names, or null when it names none. */
export function genderOf(text: string): 'male' | 'female' | null {
  const f = foldText(text);
  return MALE.has(f) ? 'male' : FEMALE.has(f) ? 'female' : null;
}

/** A birth year from a number, text "1976", a date cell or text date (its year). */
export function readYear(v: Parameters<typeof readNumber>[0]): Read<number> {
  const pre = preRead(v);
  if (pre) return pre;
  if (v instanceof Date) return { kind: 'ok', value: v.getUTCFullYear() };
  const n = readInteger(v);
  if (n.kind === 'ok') return n;
  if (typeof v === 'string') {
    const d = readDate(v);
    if (d.kind === 'ok') return { kind: 'ok', value: d.value.y };
  }
  return INVALID;
}

const foldText = memoByText(fold);

function readGender(rd: RowReader, r: number): 'male' | 'female' | null {
  const t = textOf(rd, r, 'gender');
  if (t === null) return null;
  const g = genderOf(t);
  if (g) return g;
  rd.issues.push(issueAt('value.enum.gender', 'error', refOf(rd, r, 'gender'), 'gender', 'gender.unknown', rawOf(rd, r, 'gender'), { value: t }));
  return null;
}

const POVERTY_WORDS: Array<[RegExp, 'poor' | 'nearPoor' | 'average' | 'none']> = [
  // "Hộ nghèo về thu nhập", "Hộ nghèo thiếu hụt đa chiều": sub-classes of the class they start with.
  [/^(ho )?can ngheo( .*)?$|^hcn$|^cn$/, 'nearPoor'],
  [/^(ho )?ngheo( .*)?$|^hn$/, 'poor'],
  [/^(ho )?(co )?muc song (trung binh|tb)$|^mstb$|^(ho )?trung binh$|^tb$/, 'average'],
  [/^(khong|ho khong ngheo|binh thuong|kha|giau|khac|thoat ngheo|ho thoat ngheo)$|^-$/, 'none'],
];

/** The poverty class a text names ('none' for "Không", "Thoát nghèo"), or null when it names no class. */
export function povertyClass(text: string): 'poor' | 'nearPoor' | 'average' | 'none' | null {
  const f = foldText(text);
  return POVERTY_WORDS.find(([re]) => re.test(f))?.[1] ?? null;
}

function readPoverty(rd: RowReader, r: number, rec: HouseholdRecord, codes?: CodeTables): void {
  const t = textOf(rd, r, 'poverty', 'warning', false);
  if (t === null) return;
  // A class written as a code ("1") reads as its label on the workbook's code sheet ("Hộ nghèo").
  const label = codes ? resolveCode(codes, rawOf(rd, r, 'poverty'), (l) => povertyClass(l) !== null) : null;
  const f = foldText(label ?? t);
  const hit = POVERTY_WORDS.find(([re]) => re.test(f));
  if (!hit) {
    rd.issues.push(issueAt('value.enum.poverty', 'error', refOf(rd, r, 'poverty'), 'poverty', 'poverty.unknown', rawOf(rd, r, 'poverty'), { value: t }));
    return;
  }
  if (hit[1] !== 'none') rec[hit[1]] = true;
}

function mark(rd: RowReader, r: number, field: string): boolean | null {
  if (!has(rd, field)) return null;
  return valueOf(rd, r, field, readMark(rawOf(rd, r, field)), false, 'mark.type') ?? false;
}

function cccdText(rd: RowReader, r: number): string | null {
  const v = rawOf(rd, r, 'cccd');
  if (typeof v === 'number') return String(v);
  return textOf(rd, r, 'cccd');
}

/** A household code as written: a key to join on, not text to repair; an Excel error is no code, and is said. */
function codeOf(rd: RowReader, r: number): string | null {
  const v = rawOf(rd, r, 'householdId');
  if (v === null) return null;
  if (isExcelError(v)) {
    rd.issues.push(issueAt('value.error', 'error', refOf(rd, r, 'householdId'), 'householdId', 'value.excelError', v, { error: v.error }));
    return null;
  }
  const t = (v instanceof Date ? v.toISOString() : String(v)).trim();
  return t === '' ? null : t;
}

/**
 * Reads one data row into a household-shaped record: the name from `nameField` ("headName", or "personName" in a
 * list of persons), the village as written in its column (an address cut to its village part).
 */
export function readHouseholdRow(rd: RowReader, r: number, nameField: 'headName' | 'personName', codes?: CodeTables): HouseholdRecord {
  const rec: HouseholdRecord = {
    sheet: rd.grid.sheet,
    row: r + rd.grid.originRow,
    headName: has(rd, nameField) ? textOf(rd, r, nameField) : null,
    householdId: has(rd, 'householdId') ? codeOf(rd, r) : null,
    gender: has(rd, 'gender') ? readGender(rd, r) : genderFromMarks(rd, r),
    birthYear: null,
    cccd: has(rd, 'cccd') ? cccdText(rd, r) : null,
    phone: has(rd, 'phone') ? textOf(rd, r, 'phone', 'info') : null,
    villageText: null,
    villageFrom: null,
    village: null,
    size: null,
    poor: false,
    nearPoor: false,
    average: false,
    culturalFamilyRegistered: mark(rd, r, 'culturalFamilyRegistered'),
    culturalFamilyAchieved: mark(rd, r, 'culturalFamilyAchieved'),
    learningFamily: mark(rd, r, 'learningFamily'),
  };
  if (has(rd, nameField) && rec.headName === null && !isExcelError(rawOf(rd, r, nameField))) {
    rd.issues.push(issueAt('value.required', 'error', refOf(rd, r, nameField), nameField, 'value.required', null, { field: nameField }));
  }
  if (has(rd, 'note')) textOf(rd, r, 'note', 'info');
  if (has(rd, 'birthYear')) rec.birthYear = valueOf(rd, r, 'birthYear', readYear(rawOf(rd, r, 'birthYear')), false, 'year.type');
  readSplitBirthYear(rd, r, rec);
  // In a list of persons the size sits on the head's row only: a member's empty size cell is not missing.
  if (has(rd, 'size')) rec.size = valueOf(rd, r, 'size', readInteger(rawOf(rd, r, 'size')), nameField === 'headName', 'size.type');
  if (has(rd, 'poverty')) readPoverty(rd, r, rec, codes);
  for (const f of ['poor', 'nearPoor', 'average'] as const) if (mark(rd, r, f)) rec[f] = true;
  if (has(rd, 'village')) {
    const written = textOf(rd, r, 'village', 'warning', false);
    rec.villageText = written === null ? null : villageOfAddress(written);
    rec.villageFrom = 'column';
  }
  return rec;
}

/** Reads every data row of a household register; `village` is what the sheet or section rows say when no column does. */
export function readHouseholds(grid: Grid, layout: RegisterLayout, sheetVillage: string | null, issues: Issue[], codes?: CodeTables): HouseholdRecord[] {
  const rd = makeReader(grid, layout.columns, issues);
  const records: HouseholdRecord[] = [];
  let sectionVillage: string | null = null;
  let sectionPoverty: SectionContext['poverty'] = undefined;
  for (const b of layout.body) {
    if (b.type === 'section') {
      if (b.context.village) sectionVillage = b.context.village;
      if (b.context.poverty) sectionPoverty = b.context.poverty;
      continue;
    }
    if (b.type !== 'data') continue;
    const rec = readHouseholdRow(rd, b.r, 'headName', codes);
    if (sectionPoverty && !rec.poor && !rec.nearPoor && !rec.average) rec[sectionPoverty] = true;
    if (!rec.villageText && (sectionVillage || sheetVillage)) {
      rec.villageText = sectionVillage ?? sheetVillage;
      rec.villageFrom = sectionVillage ? 'section' : 'sheet';
    }
    records.push(rec);
  }
  return records;
}

/** "Giới tính ▸ Nam | Nữ" as two mark columns: the marked one gives the gender; both marked is a contradiction. */
function genderFromMarks(rd: RowReader, r: number): 'male' | 'female' | null {
  const male = mark(rd, r, 'genderMale');
  const female = mark(rd, r, 'genderFemale');
  if (male && female) {
    rd.issues.push(issueAt('row.conflict', 'error', refOf(rd, r, 'genderFemale'), 'genderFemale', 'gender.bothMarked', rawOf(rd, r, 'genderFemale')));
    return null;
  }
  return male ? 'male' : female ? 'female' : null;
}

/** "Năm sinh ▸ Nam | Nữ": the filled sub-column gives the birth year and the head's gender. */
function readSplitBirthYear(rd: RowReader, r: number, rec: HouseholdRecord): void {
  if (!has(rd, 'birthYearMale') && !has(rd, 'birthYearFemale')) return;
  const male = has(rd, 'birthYearMale') ? valueOf(rd, r, 'birthYearMale', readYear(rawOf(rd, r, 'birthYearMale')), false, 'year.type') : null;
  const female = has(rd, 'birthYearFemale') ? valueOf(rd, r, 'birthYearFemale', readYear(rawOf(rd, r, 'birthYearFemale')), false, 'year.type') : null;
  if (male !== null && female !== null) {
    rd.issues.push(issueAt('row.conflict', 'error', refOf(rd, r, 'birthYearFemale'), 'birthYearFemale', 'birthYear.bothGenders', rawOf(rd, r, 'birthYearFemale'), {}));
    return;
  }
  const year = male ?? female;
  if (year === null) return;
  const gender = male !== null ? 'male' : 'female';
  if (rec.gender && rec.gender !== gender) {
    const f = male !== null ? 'birthYearMale' : 'birthYearFemale';
    rd.issues.push(issueAt('row.conflict', 'error', refOf(rd, r, f), f, 'birthYear.genderColumn', rawOf(rd, r, f), {}));
  }
  rec.gender = rec.gender ?? gender;
  rec.birthYear = year;
}
