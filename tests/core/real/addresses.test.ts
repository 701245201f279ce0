// The village inside an address (DOMAIN §2.2): "Thôn 5, Xã Yên Lâm" → Thôn 5, "Đông phong, Khánh Hải" → Đông Phong,
// "Xóm 3 - Gia Trung" → Xóm 3. Only the permanent residence gives the village; the current residence, the
// workplace, home town and birthplace never do.
import { analyse } from '../../../src/core/analyse';
import { matchKey } from '../../../src/core/text/normalize';
import {
  GIA_TRUNG_NUMBERED,
  KHANH_HAI_ADDR,
  permanentAddressWithCurrentResidence,
  permanentAddressWithWorkplace,
  personsWithPermanentAddress,
  workplaceAddressOnly,
  YEN_LAM_NUMBERED,
  type AddressRegister,
} from './fixtures/addresses';
import { householdFigures, issuesOf } from './helpers';

const shapes: Array<[string, () => AddressRegister, { commune: string; year: number; villages: string[] }]> = [
  ['"Nơi thường trú" after "Nơi ở hiện nay" (cities and countries abroad), villages "Thôn 1" … "Thôn 6"', permanentAddressWithCurrentResidence, YEN_LAM_NUMBERED],
  ['"Địa chỉ thường trú" written "Đông phong, Khánh Hải" and other ways, after "Nơi làm việc"', permanentAddressWithWorkplace, KHANH_HAI_ADDR],
  ['a person list whose "Nơi đăng ký thường trú" is "Xóm 3 - Gia Trung", beside "Nơi ở hiện nay" and "Quê quán"', personsWithPermanentAddress, GIA_TRUNG_NUMBERED],
];

const keyed = (names: string[]) => new Set(names.map((n) => matchKey(n)));

describe.each(shapes)('a register with %s', (_name, make, profile) => {
  const reg = make();
  const analysis = analyse([{ file: 'dia-chi.xlsx', sheets: [reg.grid] }], { profile });
  const h = analysis.summary.households;

  it('puts every household in the profile village its permanent address names', () => {
    expect(householdFigures(analysis)?.byVillage).toEqual(reg.truth.byVillage);
    expect(h?.withoutVillage).toBe(0);
  });

  it('counts the households, persons and poverty classes as written', () => {
    expect(householdFigures(analysis)).toEqual(reg.truth);
  });

  it('never takes a city, a country or a home town for a village', () => {
    const not = keyed(reg.notVillages);
    expect((h?.byVillage ?? []).filter((v) => not.has(matchKey(v.village))).map((v) => v.village)).toEqual([]);
    expect(analysis.villages.filter((v) => not.has(matchKey(v)))).toEqual([]);
  });

  it('reports no village as unknown', () => {
    expect(issuesOf(analysis).filter((i) => i.field === 'village' && i.severity === 'error').map((i) => `${i.cell} ${i.code} ${String(i.value)}`)).toEqual([]);
  });
});

describe('the same registers without a profile', () => {
  it.each([
    ['Thôn 1 … Thôn 6 from "Nơi thường trú"', permanentAddressWithCurrentResidence],
    ['Đông Phong … Bắc Phong from "Địa chỉ thường trú"', permanentAddressWithWorkplace],
    ['Xóm 1 … Xóm 4 from "Nơi đăng ký thường trú"', personsWithPermanentAddress],
  ] as const)('infer the villages %s, with as many households in each', (_name, make) => {
    const reg = make();
    const analysis = analyse([{ file: 'dia-chi.xlsx', sheets: [reg.grid] }]);
    const byKey = (vs: Array<{ village: string; total: number }>) => Object.fromEntries(vs.filter((v) => v.total > 0).map((v) => [matchKey(v.village), v.total]));
    expect(byKey(analysis.summary.households?.byVillage ?? [])).toEqual(byKey(reg.truth.byVillage));
  });
});

describe('a register whose only address column is "Địa chỉ nơi làm việc"', () => {
  const reg = workplaceAddressOnly();

  it('with a profile, gives no household a village from the workplace and reports none as unknown', () => {
    const analysis = analyse([{ file: 'lao-dong.xlsx', sheets: [reg.grid] }], { profile: KHANH_HAI_ADDR });
    const h = analysis.summary.households;
    expect(h?.total).toBe(reg.truth.total);
    expect(h?.withoutVillage).toBe(reg.truth.total);
    expect((h?.byVillage ?? []).filter((v) => v.total > 0)).toEqual([]);
    expect(issuesOf(analysis).filter((i) => i.field === 'village' && i.severity !== 'info')).toEqual([]);
  });

  it('without a profile, infers no village from the workplace', () => {
    const analysis = analyse([{ file: 'lao-dong.xlsx', sheets: [reg.grid] }]);
    const not = keyed(reg.notVillages.flatMap((p) => [p, ...p.split(',').map((s) => s.trim())]));
    expect(analysis.summary.households?.total).toBe(reg.truth.total);
    expect(analysis.villages.filter((v) => not.has(matchKey(v)))).toEqual([]);
    expect((analysis.summary.households?.byVillage ?? []).filter((v) => v.total > 0)).toEqual([]);
  });

  it('still counts persons and poor households', () => {
    const analysis = analyse([{ file: 'lao-dong.xlsx', sheets: [reg.grid] }], { profile: KHANH_HAI_ADDR });
    expect(householdFigures(analysis)).toEqual(reg.truth);
  });
});
