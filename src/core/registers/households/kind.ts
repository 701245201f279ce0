// The household register (one row per household) as a register kind.
import { checkTotals, type SummedFigure } from '../../rules/totals';
import { issueAt } from '../../rules/issue';
import { matchKey } from '../../text/normalize';
import { villagePrefixOf } from '../../villages';
import { fieldCells, type HouseholdRegister, type PersonRegister, type RegisterKindModule, type ValidateContext, type DuplicateSet, type FieldCells, duplicateAt, duplicateSet } from '../kind';
import { readHouseholds } from './read';
import { householdRules } from './rules';
import type { HouseholdRecord } from './schema';

const COUNTED = ['poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily'] as const;

/** The figures a subtotal row of a household register may carry, each with how to compute it from its block. */
export function householdFigures(reg: HouseholdRegister | PersonRegister): Array<SummedFigure<HouseholdRecord>> {
  const off = (f: string) => reg.layout.columns[f] - reg.grid.originColumn;
  const figs: Array<SummedFigure<HouseholdRecord>> = [];
  if ('size' in reg.layout.columns) figs.push({ field: 'size', c: off('size'), sum: (rs) => rs.reduce((s, r) => s + (r.size !== null && Number.isInteger(r.size) && r.size >= 0 ? r.size : 0), 0) });
  for (const f of COUNTED) if (f in reg.layout.columns) figs.push({ field: f, c: off(f), sum: (rs) => rs.filter((r) => r[f]).length });
  return figs;
}

/** Most rows write the village with its prefix ("Thôn Khe Mát"): that is the register's consistent style. */
export function prefixedStyle(records: HouseholdRecord[]): boolean {
  const written = records.filter((r) => r.villageFrom === 'column' && r.villageText);
  return written.length > 0 && written.filter((r) => villagePrefixOf(r.villageText as string) !== '').length * 2 > written.length;
}

/**
 * The same household twice: the same CCCD of its head, or the same head's name, birth year and village. A village not
 * matched to the commune's is known only by its file: "Thôn 1" of two former communes' workbooks are two villages.
 */
export function householdDuplicates(records: HouseholdRecord[], cells: FieldCells, nameField: string, file: string): DuplicateSet {
  return duplicateSet(
    'households',
    records,
    [
      (rec) => (rec.cccd && /^\d{12}$/.test(rec.cccd) ? rec.cccd : null),
      (rec) => (rec.headName && rec.birthYear ? `${matchKey(rec.headName)}|${rec.birthYear}|${rec.village ?? `${file}|${rec.villageText ?? ''}`}` : null),
    ],
    (rec, earlier, key) => {
      const field = key === 0 ? 'cccd' : nameField;
      const at = duplicateAt(key === 0 ? 'duplicate.cccd' : 'duplicate.household', earlier);
      return issueAt('row.duplicate', 'warning', cells.ref(rec, field), field, at.key, cells.raw(rec, field), at.params);
    },
  );
}

export const householdKind: RegisterKindModule<HouseholdRegister> = {
  id: 'households',
  read: ({ file, grid, layout, sheetVillage, codes }) => {
    const issues: HouseholdRegister['issues'] = [];
    return { kind: 'households', file, grid, layout, issues, records: readHouseholds(grid, layout, sheetVillage, issues, codes) };
  },
  validate(reg: HouseholdRegister, ctx: ValidateContext) {
    const cells = fieldCells(reg);
    const style = prefixedStyle(reg.records);
    for (const rec of reg.records) {
      householdRules(rec, { year: ctx.year, villages: ctx.villages, cells, prefixedStyle: style }, reg.issues);
      ctx.tick();
    }
    checkTotals(reg.grid, reg.layout.body, reg.records, householdFigures(reg), reg.issues);
  },
  duplicates: (reg) => householdDuplicates(reg.records, fieldCells(reg), 'headName', reg.file),
};
