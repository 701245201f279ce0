// The list of persons grouped by household (DOMAIN.md §2.1) as a register kind: households for the summary,
// persons for the person-level checks.
import { fieldCells, type PersonRegister, type RegisterKindModule } from '../kind';
import { householdDuplicates, prefixedStyle } from '../households/kind';
import { cccdRule, conflictRules, personBirthYearRule, phoneRule, villageRule, type HouseholdRuleContext } from '../households/rules';
import { readPersons } from './read';

export const personKind: RegisterKindModule<PersonRegister> = {
  id: 'persons',
  read: ({ file, grid, layout, sheetVillage }) => {
    const issues: PersonRegister['issues'] = [];
    const list = readPersons(grid, layout, sheetVillage, issues);
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
    // Subtotal rows of a list of persons count households and persons at once; they are not checked yet.
  },
  duplicates: (reg) => householdDuplicates(reg.records, fieldCells(reg), 'personName'),
};
