// A new commune of three former communes: one summary by new village and by former commune, a colliding "Thôn 1"
// kept apart, villages renamed (and one renamed into another), and the same household in two files as row.duplicate.
import { analyse, type Analysis } from '../../../src/core/analyse';
import { withMessage } from '../../../src/i18n/messages';
import { doubtText } from '../../../src/i18n/doubts';
import { PROFILE, WORKBOOKS, workbook } from './threeCommunes';

const run = (wbs = WORKBOOKS): Analysis => analyse(wbs, { profile: PROFILE, today: new Date(2026, 0, 10) });
const issues = (a: Analysis) => a.files.flatMap((f) => f.registers.flatMap((r) => r.issues.map((i) => ({ file: f.file, ...withMessage(i) }))));

describe('a new commune of three former communes', () => {
  const a = run();

  test('the new commune: every row counted once per file, villages under their new names', () => {
    const h = a.summary.households!;
    // 4 + 5 + 4 rows; 14 + 15 + 12 persons. Duplicates are flagged, still counted until the clerk removes one.
    expect([h.total, h.persons, h.poverty.poor, h.poverty.nearPoor, h.poverty.average]).toEqual([13, 41, 4, 2, 1]);
    expect([h.culturalFamily.registered, h.culturalFamily.achieved]).toEqual([4, 3]);
    expect(h.rates.poor).toBe(30.77); // 4 / 13
    expect(h.byVillage.map((v) => [v.village, v.known, v.total, v.persons, v.poverty.poor, v.poverty.nearPoor, v.culturalFamily.achieved])).toEqual([
      ['Thôn Hòa Bình', true, 2, 7, 1, 1, 0], // Gia Hòa's Thôn 1
      ['Thôn 1', true, 2, 5, 0, 1, 0], // Gia Thịnh's Thôn 1
      ['Thôn 2', true, 5, 17, 2, 0, 2], // Gia Hòa's Thôn 2 + Gia Thịnh's Thôn 3
      ['Thôn Phú An', true, 3, 9, 1, 0, 0],
      ['Thôn Phú Lợi', true, 1, 3, 0, 0, 1],
    ]);
    expect(h.withoutVillage).toBe(0);
  });

  test('by former commune: which file, told how, and its figures over its new villages', () => {
    const by = a.formerCommunes!;
    expect(by.map((c) => [c.name, c.files, c.from])).toEqual([
      ['Gia Hòa', ['so-ho-2025.xlsx'], ['profile']],
      ['Gia Thịnh', ['gia-thinh-2025.xlsx'], ['fileName']],
      ['Gia Phú', ['ds-ho-3.xlsx'], ['title']],
    ]);
    expect(by.map((c) => [c.households!.total, c.households!.persons, c.households!.poverty.poor, c.households!.poverty.nearPoor, c.households!.poverty.average])).toEqual([
      [4, 14, 2, 1, 0],
      [5, 15, 1, 1, 0],
      [4, 12, 1, 0, 1],
    ]);
    expect(by[0].households!.byVillage.map((v) => [v.village, v.total])).toEqual([['Thôn Hòa Bình', 2], ['Thôn 2', 2]]);
    expect(by[1].households!.byVillage.map((v) => [v.village, v.total])).toEqual([['Thôn 1', 2], ['Thôn 2', 3]]);
    // The parts add up to the whole.
    expect(by.reduce((n, c) => n + c.households!.total, 0)).toBe(a.summary.households!.total);
    expect(a.doubts.filter((d) => d.code === 'formerCommune.unknown')).toEqual([]);
  });

  test('old village names are right in their former commune\'s file: no unknown village, no renaming note', () => {
    const village = issues(a).filter((i) => i.field === 'village');
    expect(village).toEqual([]);
  });

  test('the same household in two files is row.duplicate naming the other file and row; namesakes in other villages are not', () => {
    const dups = issues(a).filter((i) => i.code === 'row.duplicate');
    expect(dups.map((d) => [d.file, d.cell, d.key, d.params])).toEqual([
      ['gia-thinh-2025.xlsx', 'E6', 'duplicate.cccd.file', { row: 5, sheet: 'DS hộ', file: 'so-ho-2025.xlsx', cell: 'E5' }],
      ['gia-thinh-2025.xlsx', 'C9', 'duplicate.household.file', { row: 8, sheet: 'DS hộ', file: 'so-ho-2025.xlsx', cell: 'C8' }],
    ]);
    expect(dups[1].message).toBe('Trùng hộ (họ tên, năm sinh, thôn) với ô C8, trang "DS hộ" của tệp "so-ho-2025.xlsx".');
  });
});

describe('a file whose former commune is not known', () => {
  const extra = workbook('bo-sung.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ BỔ SUNG NĂM 2025'], [
    { code: 'X1', name: 'Mai Văn Long', born: 1980, village: 'Thôn 1', size: 3, poor: true },
    { code: 'X2', name: 'Mai Thị Nga', born: 1985, village: 'Thôn Phú An', size: 2 },
    { code: 'X3', name: 'Mai Văn Lộc', born: 1986, village: 'Thôn 3', size: 2 },
  ]);
  const a = run([...WORKBOOKS, extra]);

  test('is a doubt asking the clerk, with its figures in the whole commune and apart in the breakdown', () => {
    const d = a.doubts.filter((x) => x.code === 'formerCommune.unknown');
    expect(d.map((x) => [x.file, x.params.candidates])).toEqual([['bo-sung.xlsx', '']]);
    expect(doubtText(d[0])).toBe('Chưa rõ tệp "bo-sung.xlsx" là sổ của xã cũ nào (Gia Hòa, Gia Thịnh, Gia Phú): số liệu của tệp vẫn tính vào toàn xã nhưng không chia theo xã cũ, và thôn trùng tên giữa các xã cũ chưa đọc được. Hãy ghi tên tệp vào hồ sơ xã: formerCommunes › files.');
    expect(a.summary.households!.total).toBe(16);
    const unknown = a.formerCommunes!.find((c) => c.name === null)!;
    expect([unknown.files, unknown.households!.total]).toEqual([['bo-sung.xlsx'], 3]);
  });

  test('a village name two former communes read differently is not guessed; one only one of them had is read', () => {
    const h = a.summary.households!;
    expect(h.byVillage.find((v) => v.village === 'Thôn 2')!.total).toBe(6); // Thôn 3 → Thôn 2 (only Gia Thịnh had one)
    expect(h.byVillage.find((v) => v.village === 'Thôn Phú An')!.total).toBe(4);
    const unread = issues(a).filter((i) => i.file === 'bo-sung.xlsx' && i.code === 'value.enum.village');
    expect(unread.map((i) => i.cell)).toEqual(['F5']);
  });
});

describe('a file named for two former communes is asked about, with both named', () => {
  test('candidates are named in the doubt', () => {
    const wb = workbook('gia-hoa-gia-thinh.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ NĂM 2025'], [{ code: 'Y1', name: 'Lý Văn Tâm', born: 1979, village: 'Thôn 2', size: 3 }]);
    const a = run([wb]);
    const d = a.doubts.find((x) => x.code === 'formerCommune.unknown')!;
    expect(d.params.candidates).toBe('Gia Hòa, Gia Thịnh');
    expect(doubtText(d)).toContain('; tên tệp hoặc tiêu đề nhắc đến Gia Hòa, Gia Thịnh:');
  });
});

describe('a new commune that took a former commune\'s name', () => {
  // Hòa Thịnh renamed Gia Hòa: every title says "UBND XÃ GIA HÒA", which is no evidence of the former Gia Hòa.
  const profile = { ...PROFILE, commune: 'Gia Hòa', formerCommunes: PROFILE.formerCommunes!.map((c) => ({ name: c.name, villages: c.villages })) };
  const files = [
    workbook('so-ho-a.xlsx', ['UBND XÃ GIA HÒA', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], [{ code: 'Z1', name: 'Lâm Văn Tú', born: 1970, village: 'Thôn 2', size: 3 }]),
    workbook('C:\\so\\gia-thinh.xlsx', ['UBND XÃ GIA HÒA', 'DANH SÁCH HỘ XÃ GIA THỊNH CŨ NĂM 2025'], [{ code: 'Z2', name: 'Lâm Văn Tài', born: 1971, village: 'Thôn 1', size: 3 }]),
  ];
  const a = analyse(files, { profile, today: new Date(2026, 0, 10) });

  test('its name in a title or file name tells nothing: asked; another former commune named is read', () => {
    expect(a.doubts.filter((d) => d.code === 'formerCommune.unknown').map((d) => d.file)).toEqual(['so-ho-a.xlsx']);
    expect(a.formerCommunes!.map((c) => [c.name, c.files])).toEqual([['Gia Hòa', []], ['Gia Thịnh', ['C:\\so\\gia-thinh.xlsx']], ['Gia Phú', []], [null, ['so-ho-a.xlsx']]]);
  });

  test('a file listed in the profile by its path is that former commune\'s', () => {
    const listed = { ...profile, formerCommunes: profile.formerCommunes.map((c) => (c.name === 'Gia Hòa' ? { ...c, files: ['D:\\Sổ sách\\SO-HO-A.xlsx'] } : c)) };
    const b = analyse(files, { profile: listed, today: new Date(2026, 0, 10) });
    expect(b.formerCommunes!.map((c) => [c.name, c.files, c.from])).toEqual([['Gia Hòa', ['so-ho-a.xlsx'], ['profile']], ['Gia Thịnh', ['C:\\so\\gia-thinh.xlsx'], ['fileName']], ['Gia Phú', [], []]]);
    expect(b.doubts.filter((d) => d.code === 'formerCommune.unknown')).toEqual([]);
  });
});
