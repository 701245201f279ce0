// Year over year on the An Hòa fixture (twoYears.ts): every figure both years and its change, villages paired by
// name or by the profile's renaming table, households matched by code, CCCD, then name + birth year + village.
import { analyse } from '../../../src/core/analyse';
import { gridOf } from '../../../src/core/grid';
import { compareAnalyses, figure, type Comparison, type FigureId } from '../../../src/core/compare';
import { PROFILE_2022, PROFILE_2023, register, Y2022, Y2023 } from './twoYears';

const current = () => analyse([register('so-ho-2023.xlsx', 2023, Y2023)], { profile: PROFILE_2023 });
const previous = () => analyse([register('so-ho-2022.xlsx', 2022, Y2022)], { profile: PROFILE_2022 });

function compared(renames = PROFILE_2023.renamedVillages ?? []): Comparison {
  return compareAnalyses(current(), previous(), renames);
}

const triple = (c: Comparison, id: FigureId) => {
  const f = figure(c.summary.households, id);
  return f && [f.previous, f.current, f.change];
};

describe('every household figure of both years, and the change', () => {
  const c = compared();

  test('counts change in households: 11 households in 2022, 10 in 2023', () => {
    expect(c.summary.year).toBe(2023);
    expect(c.summary.previousYear).toBe(2022);
    expect(triple(c, 'households')).toEqual([11, 10, -1]);
    // Sizes 4+3+5+2+4+1+3+3+5+4+2 in 2022; 4+3+4+3+4+2+3+5+4+3 in 2023.
    expect(triple(c, 'persons')).toEqual([36, 35, -1]);
    // Poor in 2022: An, Dung, Phúc, the first Ngô Văn Hải; in 2023: Bình, Dung, Giang.
    expect(triple(c, 'poor')).toEqual([4, 3, -1]);
    // Near-poor in 2022: Cường, Lan; in 2023: Cường.
    expect(triple(c, 'nearPoor')).toEqual([2, 1, -1]);
    expect(triple(c, 'average')).toEqual([1, 1, 0]);
    // Registered: An, Bình, Cường, Em, Phúc, Hoa (2022); An, Bình, Cường, Em, Hoa, Lan (2023).
    expect(triple(c, 'culturalFamilyRegistered')).toEqual([6, 6, 0]);
    // Achieved: An, Bình, Cường, Em, Hoa (2022); An, Cường, Em, Lan (2023).
    expect(triple(c, 'culturalFamilyAchieved')).toEqual([5, 4, -1]);
  });

  test('rates change in percentage points, taken on the rates as printed', () => {
    // 4/11 = 36,36%; 3/10 = 30,00%.
    expect(triple(c, 'rate.poor')).toEqual([36.36, 30, -6.36]);
    // 2/11 = 18,18%; 1/10 = 10,00%.
    expect(triple(c, 'rate.nearPoor')).toEqual([18.18, 10, -8.18]);
    // 1/11 = 9,09%; 1/10 = 10,00%.
    expect(triple(c, 'rate.average')).toEqual([9.09, 10, 0.91]);
    // 5/6 = 83,3%; 4/6 = 66,7% (over registered households).
    expect(triple(c, 'rate.culturalFamilyAchieved')).toEqual([83.3, 66.7, -16.6]);
    expect(c.summary.culturalFamilyBase).toBe('registered');
  });

  test('villages are paired by name, and a renamed village by the profile\'s renaming table', () => {
    const rows = c.summary.villages ?? [];
    expect(rows.map((v) => [v.village, v.previousName, v.matchedBy])).toEqual([
      ['An Lạc', null, 'name'],
      ['Đông Hải', null, 'name'],
      ['Bắc Hà', 'Nam Hà', 'renamed'],
    ]);
    const get = (v: string, id: FigureId) => {
      const f = figure(rows.find((r) => r.village === v)?.figures, id);
      return f && [f.previous, f.current, f.change];
    };
    // An Lạc: An, Bình, Cường and both Ngô Văn Hải (2022); An, Bình, Cường, Ngô Văn Hải (2023).
    expect(get('An Lạc', 'households')).toEqual([5, 4, -1]);
    expect(get('An Lạc', 'poor')).toEqual([2, 1, -1]);
    expect(get('An Lạc', 'rate.poor')).toEqual([40, 25, -15]);
    expect(get('Đông Hải', 'households')).toEqual([3, 3, 0]);
    expect(get('Đông Hải', 'poor')).toEqual([2, 2, 0]);
    expect(get('Bắc Hà', 'households')).toEqual([3, 3, 0]);
    expect(get('Bắc Hà', 'culturalFamilyAchieved')).toEqual([2, 2, 0]);
  });

  test('without the renaming table, the renamed village is two villages each in one year, never guessed', () => {
    const rows = compared([]).summary.villages ?? [];
    expect(rows.map((v) => [v.village, v.matchedBy, v.inPrevious, v.inCurrent])).toEqual([
      ['An Lạc', 'name', true, true],
      ['Đông Hải', 'name', true, true],
      ['Bắc Hà', null, false, true],
      ['Nam Hà', null, true, false],
    ]);
    const bacHa = figure(rows[2].figures, 'households');
    expect([bacHa?.previous, bacHa?.current, bacHa?.change]).toEqual([null, 3, null]);
  });
});

describe('households matched across the years', () => {
  test('by code first, then CCCD, then name + birth year + village, each match saying how', () => {
    const h = compared().households;
    if (!h) throw new Error('no household matching');
    // Codes AH001, AH002, AH010, AH011; CCCD of Cường (typed as a number) and of Lan; Dung, and Em through the rename.
    expect(h.matchedBy).toEqual({ householdId: 4, cccd: 2, nameBirthVillage: 2 });
    expect(h.matched).toBe(8);
    const how = (row2023: number) => h.movements.culturalFamilyKept?.find((m) => m.current.row === row2023)?.by;
    // Rows: the header is row 4, so the n-th household is on row 4 + n.
    expect(how(5)).toBe('householdId'); // Nguyễn Văn An
    expect(how(7)).toBe('cccd'); // Lê Văn Cường
    expect(how(9)).toBe('nameBirthVillage'); // Hoàng Văn Em
  });

  test('left poverty, fell into it, new and removed households; 8 matched + 1 new + 1 ambiguous = 10 this year', () => {
    const h = compared().households;
    if (!h) throw new Error('no household matching');
    expect(h.movements.leftPoverty?.map((m) => [m.previous.row, m.current.row, m.by])).toEqual([[5, 5, 'householdId']]); // An
    expect(h.movements.fellIntoPoverty?.map((m) => m.current.row)).toEqual([6]); // Bình
    expect(h.movements.leftNearPoor?.map((m) => m.current.row)).toEqual([14]); // Lan
    expect(h.movements.fellIntoNearPoor).toEqual([]);
    expect(h.newHouseholds).toEqual([{ file: 'so-ho-2023.xlsx', sheet: 'DS hộ', row: 10, village: 'Đông Hải' }]); // Giang
    expect(h.removedHouseholds).toEqual([{ file: 'so-ho-2022.xlsx', sheet: 'DS hộ', row: 10, village: 'Đông Hải' }]); // Phúc
    expect([h.newPoor, h.removedPoor]).toEqual([1, 1]);
    expect(h.matched + h.newHouseholds.length + h.ambiguous.filter((a) => a.year === 'current').length).toBe(Y2023.length);
    expect(h.matched + h.removedHouseholds.length + h.ambiguous.filter((a) => a.year === 'previous').length).toBe(Y2022.length);
  });

  test('Gia đình văn hóa kept (An, Cường, Em), lost (Bình, Hoa) and gained (Lan)', () => {
    const m = compared().households?.movements;
    expect(m?.culturalFamilyKept?.map((x) => x.current.row)).toEqual([5, 7, 9]);
    expect(m?.culturalFamilyLost?.map((x) => x.current.row)).toEqual([6, 12]);
    expect(m?.culturalFamilyGained?.map((x) => x.current.row)).toEqual([14]);
  });

  test('two rows of 2022 and one of 2023 with the same name, birth year and village match nothing: listed as ambiguous', () => {
    const h = compared().households;
    expect(h?.ambiguous.map((a) => [a.year, a.ref.row, a.by, a.currentRows, a.previousRows])).toEqual([
      ['current', 11, 'nameBirthVillage', 1, 2],
      ['previous', 11, 'nameBirthVillage', 1, 2],
      ['previous', 12, 'nameBirthVillage', 1, 2],
    ]);
  });

  test('without the renaming table, the household of the renamed village is new and removed, not matched', () => {
    const h = compared([]).households;
    expect(h?.matchedBy).toEqual({ householdId: 4, cccd: 2, nameBirthVillage: 1 });
    expect(h?.newHouseholds.map((r) => r.row)).toEqual([9, 10]); // Em, Giang
    expect(h?.removedHouseholds.map((r) => r.row)).toEqual([9, 10]); // Em, Phúc
    expect(h?.movements.culturalFamilyKept?.map((x) => x.current.row)).toEqual([5, 7]);
  });

  test('poor this year = poor last year − left + fell in + new poor − removed poor − poor rows left ambiguous', () => {
    const c = compared();
    const h = c.households;
    if (!h) throw new Error('no household matching');
    const poor = triple(c, 'poor') as number[];
    const ambiguousPrevPoor = 1; // the first Ngô Văn Hải of 2022
    expect(poor[1]).toBe(poor[0] - (h.movements.leftPoverty?.length ?? 0) + (h.movements.fellIntoPoverty?.length ?? 0) + (h.newPoor ?? 0) - (h.removedPoor ?? 0) - ambiguousPrevPoor);
  });

  test('no name or CCCD is carried in the matching result', () => {
    const json = JSON.stringify(compared());
    for (const h of [...Y2022, ...Y2023]) {
      expect(json).not.toContain(h.name);
      if (h.cccd !== undefined) expect(json).not.toContain(String(h.cccd));
    }
  });

  test('a figure a year has no column for is unknown (null), not a change from 0', () => {
    const noClass = Y2022.map(({ poor: _p, nearPoor: _n, average: _a, ...rest }) => rest);
    const prev = analyse([register('a.xlsx', 2022, noClass).sheets].map((sheets) => ({ file: 'a.xlsx', sheets: sheets.map((g) => ({ ...g, values: g.values.map((r) => r.slice(0, 7).concat(r.slice(10))) })) })), { profile: PROFILE_2022 });
    const c = compareAnalyses(current(), prev, PROFILE_2023.renamedVillages);
    expect(figure(c.summary.households, 'poor')).toEqual({ id: 'poor', kind: 'count', current: 3, previous: null, change: null });
    expect(c.households?.movements.leftPoverty).toBeNull();
    expect(c.households?.newPoor).toBeNull();
    expect(figure(c.summary.households, 'culturalFamilyAchieved')?.change).toBe(-1);
  });
});

describe('the profile\'s renaming table', () => {
  test('is checked like the rest of the profile, in Vietnamese', async () => {
    const { parseProfile } = await import('../../../src/core/profile');
    const r = parseProfile({ ...PROFILE_2023, renamedVillages: [{ from: 'Nam Hà' }, { from: 'Bắc Sơn', to: ' ' }] });
    expect(r.ok ? [] : r.problems).toEqual([
      'Thôn đổi tên (renamedVillages) › thứ 1 › to: còn thiếu.',
      'Thôn đổi tên (renamedVillages) › thứ 2 › to: không được để trống.',
    ]);
    expect(parseProfile(PROFILE_2023).ok).toBe(true);
  });
});

describe('award figures of both years', () => {
  const awards = (year: number, rows: Array<[string, string, string, number | null]>) => ({
    file: `khen-thuong-${year}.xlsx`,
    sheets: [gridOf('KT', [
      [`DANH SÁCH KHEN THƯỞNG NĂM ${year}`],
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Cấp quyết định', 'Số quyết định', 'Ngày quyết định', 'Số tiền'],
      ...rows.map(([name, position, form, amount], i) => [i + 1, name, position, form, 'Chủ tịch UBND xã', `${100 + i}/QĐ-UBND`, `15/12/${year}`, amount]),
    ])],
  });

  test('counts and money change; the households part is absent when neither year has a household register', () => {
    const prev = analyse([awards(2022, [
      ['Trần Văn Một', 'Công an viên', 'Giấy khen', 500000],
      ['Trường Tiểu học An Hòa', '', 'Giấy khen', 1000000],
      ['Lê Thị Hai', 'Giáo viên', 'Lao động tiên tiến', null],
    ])]);
    const cur = analyse([awards(2023, [
      ['Trần Văn Một', 'Công an viên', 'Giấy khen', 500000],
      ['Phạm Văn Ba', 'Trưởng thôn', 'Giấy khen', 500000],
      ['Chi hội Phụ nữ thôn An Lạc', '', 'Giấy khen', 1000000],
      ['Hoàng Thị Bốn', 'Giáo viên', 'Lao động tiên tiến', null],
      ['Vũ Văn Năm', 'Dân quân', 'Giấy khen', 300000],
    ])]);
    const c = compareAnalyses(cur, prev);
    const get = (id: FigureId) => { const f = figure(c.summary.awards, id); return f && [f.previous, f.current, f.change]; };
    expect(get('awards.total')).toEqual([3, 5, 2]);
    // 500.000 + 1.000.000 in 2022; 500.000 + 500.000 + 1.000.000 + 300.000 in 2023.
    expect(get('awards.amount')).toEqual([1500000, 2300000, 800000]);
    expect(get('awards.collective')).toEqual([1, 1, 0]);
    expect(get('awards.individual')).toEqual([2, 4, 2]);
    expect(c.summary.households).toBeUndefined();
    expect(c.households).toBeUndefined();
  });
});

describe('last year kept one row per person', () => {
  // 2022 as a member list: households are found from the head's row; the CCCD and name are the head's.
  const members = gridOf('Nhân khẩu', [
    ['DANH SÁCH HỘ GIA ĐÌNH VÀ NHÂN KHẨU NĂM 2022'],
    ['STT', 'Mã hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Số CCCD', 'Thôn', 'Hộ nghèo'],
    [1, 'AH001', 'Nguyễn Văn An', 'Chủ hộ', 1960, '001060000001', 'Thôn An Lạc', 'x'],
    [2, 'AH001', 'Trần Thị Mai', 'Vợ', 1962, '001162000002', 'Thôn An Lạc', null],
    [3, 'AH001', 'Nguyễn Văn Tú', 'Con', 1990, '001090000003', 'Thôn An Lạc', null],
    [4, 'AH009', 'Lê Văn Cường', 'Chủ hộ', 1958, '001058000003', 'Thôn An Lạc', null],
    [5, 'AH009', 'Lê Thị Hồng', 'Vợ', 1960, '001160000004', 'Thôn An Lạc', null],
    [6, 'DH004', 'Phạm Thị Dung', 'Chủ hộ', 1980, null, 'Thôn Đông Hải', 'x'],
  ]);

  test('its households are matched with this year\'s household list like any register', () => {
    const prev = analyse([{ file: 'nhan-khau-2022.xlsx', sheets: [members] }], { profile: PROFILE_2022 });
    expect(prev.files[0].registers[0].kind).toBe('persons');
    const c = compareAnalyses(current(), prev, PROFILE_2023.renamedVillages);
    // An by code AH001; Cường by CCCD (code AH009 last year, AH103 this year); Dung by name + birth year + village.
    expect(c.households?.matchedBy).toEqual({ householdId: 1, cccd: 1, nameBirthVillage: 1 });
    expect(c.households?.movements.leftPoverty?.map((m) => [m.previous.row, m.current.row])).toEqual([[3, 5]]);
    expect(figure(c.summary.households, 'households')).toMatchObject({ previous: 3, current: 10, change: 7 });
    expect(figure(c.summary.households, 'persons')).toMatchObject({ previous: 6, current: 35 });
  });
});
