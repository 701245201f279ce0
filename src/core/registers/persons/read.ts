// A list of persons → its households (DOMAIN.md §2.1): rows grouped by household code, household number or the
// head's relation; household attributes from the head's row (or any row of the household, for cells merged down).
import type { Grid } from '../../grid';
import { isExcelError } from '../../grid';
import type { RegisterLayout } from '../../layout/detect';
import { issueAt, type Issue } from '../../rules/issue';
import { fold } from '../../text/normalize';
import { has, makeReader, rawOf, refOf, textOf, type RowReader } from '../cells';
import { readHouseholdRow } from '../households/read';
import type { HouseholdRecord } from '../households/schema';
import { villageKey } from '../../villages';
import type { PersonRecord } from './schema';
import type { CodeTables } from '../codeTables';

const HEAD = /^(chu ho|ch|chuho|chu ho gia dinh|ban than|bt|chu)$/;

/** What a relation cell says: the head, another member, or null when empty. */
export function relationOf(text: string | null): 'head' | 'member' | null {
  if (text === null || text.trim() === '') return null;
  const f = fold(text);
  // Census-style exports code the relation: 1 is the head, other numbers are members.
  if (/^\d{1,2}$/.test(f)) return Number(f) === 1 ? 'head' : 'member';
  return HEAD.test(f) ? 'head' : 'member';
}

export interface PersonList {
  households: HouseholdRecord[];
  persons: PersonRecord[];
  /** Each person row read as a household-shaped record: the person-level rules check these. */
  rows: HouseholdRecord[];
}

interface Open {
  first: HouseholdRecord;
  rows: HouseholdRecord[];
  relations: Array<'head' | 'member' | null>;
  no: string | null;
  id: string | null;
  village: { text: string; from: 'section' | 'sheet' } | null;
  /** The poverty class a block heading gave ("I. HỘ NGHÈO"). */
  poverty: 'poor' | 'nearPoor' | 'average' | undefined;
}

function cellKey(rd: RowReader, r: number, field: string): string | null {
  if (!has(rd, field)) return null;
  const v = rawOf(rd, r, field);
  if (v === null || isExcelError(v)) return null;
  const t = String(v).trim();
  return t === '' ? null : t;
}

/** Reads a list of persons; `sheetVillage` is what the sheet names when no column or section row does. */
export function readPersons(grid: Grid, layout: RegisterLayout, sheetVillage: string | null, issues: Issue[], codes?: CodeTables): PersonList {
  const rd = makeReader(grid, layout.columns, issues);
  const out: PersonList = { households: [], persons: [], rows: [] };
  const byId = has(rd, 'householdId');
  const byNo = has(rd, 'householdNo');
  const byRelation = has(rd, 'relation');
  let open: Open | null = null;
  let sectionVillage: string | null = null;
  let sectionPoverty: 'poor' | 'nearPoor' | 'average' | undefined;
  let lastNo: number | null = null;
  const close = () => {
    if (open) closeHousehold(rd, open, byRelation, out);
    open = null;
  };
  for (const b of layout.body) {
    if (b.type === 'section') {
      if (b.context.village || b.context.poverty) {
        close();
        if (b.context.village) sectionVillage = b.context.village;
        if (b.context.poverty) sectionPoverty = b.context.poverty;
        lastNo = null;
      }
      continue;
    }
    if (b.type !== 'data') continue;
    const r = b.r;
    const row = readHouseholdRow(rd, r, 'personName', codes);
    const relation = byRelation ? relationOf(textOf(rd, r, 'relation', 'info', false)) : null;
    const id = byId ? cellKey(rd, r, 'householdId') : null;
    const no = byNo ? cellKey(rd, r, 'householdNo') : null;
    const current: Open | null = open;
    let starts = current === null;
    if (current) {
      if (id !== null) starts = id !== current.id;
      else if (no !== null) starts = no !== current.no;
      else if (relation === 'head' && current.relations.includes('head')) {
        // A second head with no number or code of its own (left empty, or an error): a new household.
        starts = true;
        if (byNo && !byId) issues.push(issueAt('household.numbering', 'warning', refOf(rd, r, 'householdNo'), 'householdNo', 'household.numberMissing', null));
      } else if (!byId && !byNo && relation === 'head') starts = true;
    }
    let o: Open;
    if (starts || current === null) {
      close();
      if (no !== null) lastNo = checkNumbering(rd, r, no, lastNo, issues);
      const village = sectionVillage ? { text: sectionVillage, from: 'section' as const } : sheetVillage ? { text: sheetVillage, from: 'sheet' as const } : null;
      o = { first: row, rows: [], relations: [], no, id, village, poverty: sectionPoverty };
      open = o;
    } else o = current;
    o.rows.push(row);
    o.relations.push(relation);
    out.rows.push(row);
    out.persons.push({ sheet: row.sheet, row: row.row, household: out.households.length, name: row.headName, relation, gender: row.gender, birthYear: row.birthYear, cccd: row.cccd, villageText: row.villageText });
  }
  close();
  return out;
}

/** Household numbers run 1, 2, 3 …: one that restarts, skips or repeats is worth a look (1 may restart a block). */
function checkNumbering(rd: RowReader, r: number, text: string, last: number | null, issues: Issue[]): number | null {
  const n = /^\d{1,6}$/.test(text) ? Number(text) : null;
  if (n === null) return last;
  if (last !== null && n !== last + 1) {
    issues.push(issueAt('household.numbering', 'warning', refOf(rd, r, 'householdNo'), 'householdNo', n <= last ? 'household.numberRestarts' : 'household.numberSkips', rawOf(rd, r, 'householdNo'), { value: n, previous: last }));
  }
  return n;
}

/** The household of the rows read: its head's fields, its attributes from any of its rows, its size the rows. */
function closeHousehold(rd: RowReader, o: Open, byRelation: boolean, out: PersonList): void {
  const heads = o.rows.filter((_, i) => o.relations[i] === 'head');
  const head = heads[0] ?? o.first;
  if (byRelation && heads.length !== 1) {
    const at = heads.length === 0 ? o.first : heads[1];
    const r = at.row - rd.grid.originRow;
    rd.issues.push(issueAt('household.head', 'error', refOf(rd, r, 'relation'), 'relation', heads.length === 0 ? 'household.noHead' : 'household.twoHeads', rawOf(rd, r, 'relation'), { count: heads.length }));
  }
  const rec: HouseholdRecord = { ...head, row: o.first.row, householdId: o.id ?? head.householdId, size: o.rows.length };
  for (const row of o.rows) {
    for (const f of ['poor', 'nearPoor', 'average'] as const) rec[f] ||= row[f];
    for (const f of ['culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily'] as const) if (row[f]) rec[f] = true;
  }
  if (o.poverty && !rec.poor && !rec.nearPoor && !rec.average) rec[o.poverty] = true;
  const withVillage = head.villageText ? head : o.rows.find((x) => x.villageText);
  if (withVillage) {
    rec.villageText = withVillage.villageText;
    rec.villageFrom = 'column';
    const key = villageKey(withVillage.villageText as string);
    for (const row of o.rows) {
      if (!row.villageText || villageKey(row.villageText) === key) continue;
      const r = row.row - rd.grid.originRow;
      rd.issues.push(issueAt('row.conflict', 'warning', refOf(rd, r, 'village'), 'village', 'household.twoVillages', rawOf(rd, r, 'village'), { value: row.villageText, village: withVillage.villageText as string }));
    }
  } else if (o.village) {
    rec.villageText = o.village.text;
    rec.villageFrom = o.village.from;
  }
  out.households.push(rec);
}
