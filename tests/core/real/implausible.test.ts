// A village column that cannot be one (DOMAIN §2.2), read without a commune profile: 60 distinct street addresses,
// or provinces, cities and countries. The analysis must not present them as villages — it either has no villages
// or says, with a 'village.implausible' doubt on that sheet, that the column is in doubt.
import { analyse } from '../../../src/core/analyse';
import { plausibleVillages, provincesInVillageColumn, streetAddresses, type AddressList } from './fixtures/implausible';
import { doubtsOf } from './helpers';

describe.each([
  ['an "Địa chỉ" column of 60 distinct street addresses', () => streetAddresses()],
  ['a "Thôn" column of provinces, cities and countries (Hà Nội, TP HCM, Đồng Nai, Đài Loan …)', () => provincesInVillageColumn()],
] as Array<[string, () => AddressList]>)('a household list with %s, without a profile', (_name, make) => {
  const list = make();
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [list.grid] }]);
  const h = analysis.summary.households;

  it('is not summarised by those values as villages, unless a village.implausible doubt says so', () => {
    const byVillage = h?.byVillage ?? [];
    const doubted = doubtsOf(analysis).some((d) => d.code === 'village.implausible' && d.file === 'ds.xlsx' && d.sheet === list.grid.sheet);
    expect(byVillage.length === 0 || doubted).toBe(true);
  });

  it('does not infer them as the commune\'s villages, unless in doubt', () => {
    const doubted = doubtsOf(analysis).some((d) => d.code === 'village.implausible');
    expect(analysis.villages.length === 0 || doubted).toBe(true);
  });

  it('still counts every household and person', () => {
    expect(h).toMatchObject({ total: list.total, persons: list.persons });
  });
});

describe('the control: an "Địa chỉ" column of six real village names, without a profile', () => {
  const list = plausibleVillages();
  const analysis = analyse([{ file: 'ds.xlsx', sheets: [list.grid] }]);

  it('is the village column: the households are counted by village', () => {
    const got = Object.fromEntries((analysis.summary.households?.byVillage ?? []).filter((v) => v.total > 0).map((v) => [v.village, v.total]));
    expect(got).toEqual(list.byVillage);
  });

  it('raises no village.implausible doubt', () => {
    expect(doubtsOf(analysis).filter((d) => d.code === 'village.implausible')).toEqual([]);
  });
});
