// The list of persons grouped by household (DOMAIN.md §2.1) as a register kind: households for the summary,
// persons for the person-level checks.
import { fieldCells, type PersonRegister, type RegisterKindModule } from '../kind';
import { householdDuplicates, householdFigures, prefixedStyle } from '../households/kind';
import { checkTotals } from '../../rules/totals';
import type { HouseholdRecord } from '../households/schema';
import { cccdRule, conflictRules, personBirthYearRule, phoneRule, villageRule, type HouseholdRuleContext } from '../households/rules';
import { readPersons } from './read';

export const personKind: RegisterKindModule<PersonRegister> = {
  id: 'persons',
  read: ({ file, grid, layout, sheetVillage, codes }) => {
    const issues: PersonRegister['issues'] = [];
    const list = readPersons(grid, layout, sheetVillage, issues, codes);
    return { kind: 'persons', file, grid, layout, issues, records: list.households, persons: list.persons, rows: list.rows };
  },
  validate(reg, ctx) {
    const cells = fieldCells(reg);
    const rules: HouseholdRuleContext = { year: ctx.year, villages: ctx.villages, cells, prefixedStyle: prefixedStyle(reg.records) };
    for (const rec of reg.records) {
      villageRule(rec, rules, reg.issues);
      conflictRules(rec, rules, reg.issues);
    }
    reg.rows.forEach((row, i) => {
      personBirthYearRule(row, reg.persons[i].relation === 'head', rules, reg.issues);
      cccdRule(row, rules, reg.issues, 'person');
      phoneRule(row, rules, reg.issues);
      ctx.tick();
    });
    // A subtotal of a list of persons closes person rows but counts households: "Cộng (15 hộ)", marks per household.
    const items = reg.persons.map((p) => reg.records[p.household]);
    const distinct = (rs: HouseholdRecord[]) => new Set(rs).size;
    const figures = householdFigures(reg)
      .filter((f) => f.field !== 'size')
      .map((f) => ({ ...f, sum: (rs: HouseholdRecord[]) => f.sum([...new Set(rs)]) }));
    checkTotals(reg.grid, reg.layout.body, items, figures, reg.issues, distinct);
  },
  duplicates: (reg) => householdDuplicates(reg.records, fieldCells(reg), 'personName', reg.file),
};
