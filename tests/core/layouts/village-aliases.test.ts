// Villages written as variants of the profile's names: aliases with the canonical name as the suggestion, counted
// under that name; a village the commune does not have is value.enum.
import { analyse } from '../../../src/core/analyse';
import { villageAliasesRegister } from './fixtures';
import { columnLetters, family, householdRegister, serious } from './helpers';

const profile = { commune: 'Tân Lập', year: 2024, villages: ['Đông Hải', 'Tây Sơn', 'Bắc Hà'] };

describe('a village column with aliases of "Đông Hải" and an unknown village, against a profile', () => {
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [villageAliasesRegister()] }], { profile });
  const reg = householdRegister(analysis);
  const at = (cell: string) => reg.issues.filter((i) => i.cell === cell);

  it('finds the village column D and seven households', () => {
    expect(columnLetters(reg)).toEqual({ stt: 'A', headName: 'B', birthYear: 'C', village: 'D', size: 'E' });
    expect(reg.layout.dataRowCount).toBe(7);
  });

  it.each([
    ['D3', 'thôn đông hải'],
    ['D4', 'Dong Hai'],
  ])('reports %s ("%s") as a value.alias with the suggestion "Đông Hải"', (cell, written) => {
    const issues = at(cell);
    expect(issues).toHaveLength(1);
    expect(family(issues[0].code)).toBe('value.alias');
    expect(issues[0]).toMatchObject({ field: 'village', value: written, suggestion: 'Đông Hải' });
    expect(['info', 'warning']).toContain(issues[0].severity);
  });

  it('reports the village "Nam Hà", which the commune does not have, as value.enum', () => {
    const issues = at('D8');
    expect(issues).toHaveLength(1);
    expect(family(issues[0].code)).toBe('value.enum');
    expect(issues[0]).toMatchObject({ severity: 'error', field: 'village', value: 'Nam Hà' });
  });

  it('raises no error or warning on the rows written as the profile writes them', () => {
    expect(serious(reg.issues.filter((i) => [2, 6, 7].includes(i.row)))).toEqual([]);
  });

  it('counts the aliases under "Đông Hải" and the unknown village after the profile\'s villages', () => {
    expect(reg.records.map((r) => r.village)).toEqual(['Đông Hải', 'Đông Hải', 'Đông Hải', 'Đông Hải', 'Tây Sơn', 'Bắc Hà', null]);
    const s = analysis.summary.households;
    expect(s?.total).toBe(7);
    expect(s?.persons).toBe(23);
    expect(s?.byVillage.map((v) => [v.village, v.known, v.total, v.persons])).toEqual([
      ['Đông Hải', true, 4, 14],
      ['Tây Sơn', true, 1, 3],
      ['Bắc Hà', true, 1, 4],
      ['Nam Hà', false, 1, 2],
    ]);
    expect(s?.withoutVillage).toBe(0);
  });
});
