import { analyse } from '../../../src/core/analyse';
import { gridOf, type CellValue } from '../../../src/core/grid';

const HEADER: CellValue[] = ['STT', 'Họ và tên chủ hộ', 'Thôn', 'Số nhân khẩu', 'Hộ nghèo', 'Đăng ký GĐVH', 'Đạt GĐVH'];
const household = (i: number, village: string): CellValue[] => [i, `Nguyễn Văn Hộ ${i}`, village, 3, i % 5 === 0 ? 'x' : null, 'x', 'x'];

function register(rows: CellValue[][]) {
  const a = analyse([{ file: 't.xlsx', sheets: [gridOf('DS', rows)] }], { profile: { commune: 'Tân Lập', year: 2024, villages: ['Khe Mát', 'Đồng Tâm'] } });
  return { a, reg: a.files[0].registers[0] };
}

describe('a register printed over several pages', () => {
  test('the header repeated at the top of a page is neither a household nor an error', () => {
    const rows = [HEADER, ...Array.from({ length: 6 }, (_, i) => household(i + 1, 'Khe Mát')), [...HEADER], ...Array.from({ length: 4 }, (_, i) => household(i + 7, 'Đồng Tâm'))];
    const { a, reg } = register(rows);
    expect(reg.layout.repeatedHeaderRows).toEqual([8]);
    expect(a.summary.households?.total).toBe(10);
    expect(a.summary.households?.persons).toBe(30);
    expect(reg.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  test('the column-number row repeated at the top of a page is not a household', () => {
    const numbers: CellValue[] = [1, 2, 3, 4, 5, 6, 7];
    const rows = [HEADER, numbers, ...Array.from({ length: 5 }, (_, i) => household(i + 1, 'Khe Mát')), [...numbers], ...Array.from({ length: 5 }, (_, i) => household(i + 6, 'Đồng Tâm'))];
    const { a, reg } = register(rows);
    expect(reg.layout.columnNumberRow).toBe(2);
    expect(reg.layout.repeatedHeaderRows).toEqual([8]);
    expect(a.summary.households?.total).toBe(10);
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total])).toEqual([['Khe Mát', 5], ['Đồng Tâm', 5]]);
  });
});

describe('a village column written with its prefix', () => {
  test('every row writing "Thôn X" is a consistent style: no warning on any of them', () => {
    const rows = [HEADER, ...Array.from({ length: 8 }, (_, i) => household(i + 1, i < 5 ? 'Thôn Khe Mát' : 'Thôn Đồng Tâm'))];
    const { a, reg } = register(rows);
    expect(reg.issues).toEqual([]);
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total])).toEqual([['Khe Mát', 5], ['Đồng Tâm', 3]]);
  });

  test('a lone "Thôn X" among bare names is still an alias to write as the others do', () => {
    const rows = [HEADER, ...Array.from({ length: 8 }, (_, i) => household(i + 1, i === 3 ? 'Thôn Khe Mát' : 'Khe Mát'))];
    const { reg } = register(rows);
    expect(reg.issues.map((i) => [i.cell, i.code, i.suggestion])).toEqual([['C5', 'value.alias.village', 'Khe Mát']]);
  });
});

describe('cells merged down a column', () => {
  test('a village written once for its block of rows (merged down) belongs to every row of the block', () => {
    const rows: CellValue[][] = [HEADER, ...Array.from({ length: 6 }, (_, i) => household(i + 1, i === 0 ? 'Khe Mát' : i === 4 ? 'Đồng Tâm' : null as unknown as string))];
    const grid = gridOf('DS', rows, [{ top: 1, left: 2, bottom: 4, right: 2 }, { top: 5, left: 2, bottom: 6, right: 2 }]);
    const a = analyse([{ file: 't.xlsx', sheets: [grid] }], { profile: { commune: 'Tân Lập', year: 2024, villages: ['Khe Mát', 'Đồng Tâm'] } });
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total])).toEqual([['Khe Mát', 4], ['Đồng Tâm', 2]]);
    expect(a.files[0].registers[0].issues).toEqual([]);
  });

  test('a decision and its authority written once for a group of awards are read on every row of the group', () => {
    const rows: CellValue[][] = [
      ['STT', 'Họ và tên', 'Đối tượng', 'Hình thức', 'Cấp quyết định', 'Số quyết định', 'Ngày quyết định'],
      [1, 'Nguyễn Văn A', 'Cá nhân', 'Giấy khen', 'Chủ tịch UBND xã Tân Lập', '215/QĐ-UBND', '20/12/2024'],
      [2, 'Trần Thị B', 'Cá nhân', 'Giấy khen', null, null, null],
      [3, 'Lê Văn C', 'Cá nhân', 'Giấy khen', null, null, null],
    ];
    const grid = gridOf('KT', rows, [{ top: 1, left: 4, bottom: 3, right: 4 }, { top: 1, left: 5, bottom: 3, right: 5 }, { top: 1, left: 6, bottom: 3, right: 6 }]);
    const a = analyse([{ file: 'k.xlsx', sheets: [grid] }], { profile: { commune: 'Tân Lập', year: 2024, villages: ['Khe Mát'] } });
    expect(a.summary.awards?.byLevel.xa).toBe(3);
    expect(a.files[0].registers[0].issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('gender marked under "Giới tính ▸ Nam | Nữ"', () => {
  test('the marked column gives the head\'s gender, which the CCCD is checked against; clean rows raise nothing', () => {
    const header1: CellValue[] = ['STT', 'Họ và tên chủ hộ', 'Giới tính', null, 'Năm sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu'];
    const header2: CellValue[] = [null, null, 'Nam', 'Nữ', null, null, null, null];
    const rows: CellValue[][] = [
      header1, header2,
      [1, 'Nguyễn Văn An', 'x', null, 1970, '037070123456', 'Khe Mát', 4],
      [2, 'Trần Thị Bình', null, 'x', 1980, '037180123456', 'Khe Mát', 3],
      [3, 'Lê Văn Cường', 'x', null, 1975, '037175123456', 'Đồng Tâm', 2],
    ];
    const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }, ...[0, 1, 4, 5, 6, 7].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))];
    const a = analyse([{ file: 't.xlsx', sheets: [gridOf('Năm 2024', rows, merges)] }], { profile: { commune: 'Tân Lập', year: 2024, villages: ['Khe Mát', 'Đồng Tâm'] } });
    const reg = a.files[0].registers[0];
    expect(reg.layout.columns).toMatchObject({ genderMale: 3, genderFemale: 4 });
    expect((reg.records as Array<{ gender: string | null }>).map((r) => r.gender)).toEqual(['male', 'female', 'male']);
    expect(reg.issues.map((i) => [i.cell, i.code])).toEqual([['F5', 'id.cccd']]);
  });

  test('without a profile or title, a sheet named after the year gives the report year', () => {
    const a = analyse([{ file: 't.xlsx', sheets: [gridOf('Năm 2024', [HEADER, household(1, 'Khe Mát'), household(2, 'Khe Mát')])] }], { today: new Date('2026-11-24T00:00:00Z') });
    expect(a.year).toBe(2024);
  });
});

describe('wards and numbered villages', () => {
  test('"Tổ dân phố số 1", "TDP 1", "Tổ 1" are one tổ dân phố, named as most rows write it', () => {
    const ways = ['Tổ dân phố số 1', 'Tổ dân phố số 1', 'Tổ dân phố số 1', 'TDP 1', 'Tổ 1', 'Tổ dân phố số 2', 'Tổ dân phố số 2', 'Tổ dân phố số 2', 'tổ dân phố 2'];
    const a = analyse([{ file: 't.xlsx', sheets: [gridOf('DS', [HEADER, ...ways.map((w, i) => household(i + 1, w))])] }], { today: new Date('2025-01-10T00:00:00Z') });
    expect(a.villages).toEqual(['Tổ dân phố số 1', 'Tổ dân phố số 2']);
    expect(a.summary.households?.byVillage.map((v) => [v.village, v.total])).toEqual([['Tổ dân phố số 1', 5], ['Tổ dân phố số 2', 4]]);
    const issues = a.files[0].registers[0].issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => [i.cell, i.code, i.suggestion])).toEqual([['C5', 'value.alias.village', 'Tổ dân phố số 1'], ['C6', 'value.alias.village', 'Tổ dân phố số 1'], ['C10', 'value.alias.village', 'Tổ dân phố số 2']]);
  });
});
