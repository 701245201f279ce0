// The former communes as a clerk types them in a pane: parsed into the profile's fields, checked, written back.
import { assignTo, formerQuestions, mergerText, parseMergerText, withMerger } from '../../src/taskpane/merger/merger';
import { parseConfirmedProfile, type ConfirmedProfile } from '../../src/hosts/confirmedProfile';
import type { FormerCommuneSummary } from '../../src/core/formerCommunes';
import { mergerOf, settingsWithAssignment, settingsWithMerger } from '../../src/taskpane/word/wordMerger';
import { PROFILE } from '../core/merged/threeCommunes';

const ok = (text: string) => {
  const r = parseMergerText(text, 'vi');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r;
};
const problems = (text: string) => {
  const r = parseMergerText(text, 'vi');
  return r.ok ? [] : r.problems;
};

describe('parseMergerText', () => {
  test('one former commune a line, renames after an arrow, the new villages in order', () => {
    const r = ok('Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2\nXã Gia Thịnh: Thôn 1; Thôn 3 -> Thôn 2\n\n  Gia Phú (cũ) : Phú An=>Thôn Phú An, Phú Lợi ⇒ Thôn Phú Lợi  ');
    expect(r.merger.formerCommunes).toEqual([
      { name: 'Gia Hòa', villages: ['Thôn 1', 'Thôn 2'] },
      { name: 'Gia Thịnh', villages: ['Thôn 1', 'Thôn 3'] },
      { name: 'Gia Phú', villages: ['Phú An', 'Phú Lợi'] },
    ]);
    expect(r.merger.renamedVillages).toEqual([
      { from: 'Thôn 1', to: 'Thôn Hòa Bình', formerCommune: 'Gia Hòa' },
      { from: 'Thôn 3', to: 'Thôn 2', formerCommune: 'Gia Thịnh' },
      { from: 'Phú An', to: 'Thôn Phú An', formerCommune: 'Gia Phú' },
      { from: 'Phú Lợi', to: 'Thôn Phú Lợi', formerCommune: 'Gia Phú' },
    ]);
    expect(r.villages).toEqual(['Thôn Hòa Bình', 'Thôn 2', 'Thôn 1', 'Thôn Phú An', 'Thôn Phú Lợi']);
  });

  test('written back as the same lines, and read again to the same former communes', () => {
    const text = mergerText({ formerCommunes: PROFILE.formerCommunes!, renamedVillages: PROFILE.renamedVillages });
    expect(text).toBe('Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2\nGia Thịnh: Thôn 1, Thôn 3 → Thôn 2\nGia Phú: Phú An, Phú Lợi');
    // Files and sheets told earlier stay with their former commune when its line is edited.
    const r = parseMergerText(`${text}, Phú Mỹ`, 'vi', { formerCommunes: PROFILE.formerCommunes! });
    expect(r.ok && r.merger.formerCommunes.map((c) => [c.name, c.villages.length, c.files])).toEqual([['Gia Hòa', 2, ['so-ho-2025.xlsx']], ['Gia Thịnh', 2, undefined], ['Gia Phú', 3, undefined]]);
  });

  test('each mistake is one sentence naming its line', () => {
    expect(problems('Gia Hòa Thôn 1, Thôn 2\nGia Phú: Phú An')).toEqual(['Dòng 1: thiếu dấu hai chấm sau tên xã cũ (ví dụ "Gia Hòa: Thôn 1, Thôn 2").']);
    expect(problems('Gia Hòa: Thôn 1\n: Thôn 2\ngia hoà: Thôn 3\nGia Phú:  ,\nGia Lộc: Thôn 4 →, A → B → C')).toEqual([
      'Dòng 2: chưa ghi tên xã cũ trước dấu hai chấm.',
      'Dòng 3: xã cũ "gia hoà" đã ghi ở dòng 1.',
      'Dòng 4: xã cũ "Gia Phú" chưa có thôn nào.',
      'Dòng 5: "Thôn 4 →" không đọc được; thôn đổi tên ghi "tên cũ → tên mới".',
      'Dòng 5: "A → B → C" không đọc được; thôn đổi tên ghi "tên cũ → tên mới".',
    ]);
    expect(problems('Gia Hòa: Thôn 1')).toEqual(['Cần ít nhất hai xã cũ, mỗi xã một dòng.']);
    expect(problems('')).toEqual(['Cần ít nhất hai xã cũ, mỗi xã một dòng.']);
  });

  test('a village name two former communes keep is asked to be renamed; two renamed into one are one village', () => {
    expect(problems('Gia Hòa: Thôn 1, Thôn 2\nGia Thịnh: Thôn 1')).toEqual([
      'Thôn "Thôn 1" có ở cả các xã cũ Gia Hòa, Gia Thịnh mà chưa đổi tên: là các thôn khác nhau, hãy ghi tên mới, ví dụ "Thôn 1 → Thôn mới"; nếu đã nhập làm một, ghi cùng một tên mới cho mỗi xã cũ.',
    ]);
    expect(ok('Gia Hòa: Thôn 1 → Thôn Mới\nGia Thịnh: Thôn 1 → Thôn Mới').villages).toEqual(['Thôn Mới']);
    expect(ok('Gia Hòa: Thôn 1 → Thôn Hòa\nGia Thịnh: Thôn 1').villages).toEqual(['Thôn Hòa', 'Thôn 1']);
  });

  test('English words for an English pane', () => {
    const r = parseMergerText('Gia Hòa: Thôn 1', 'en');
    expect(r.ok ? [] : r.problems).toEqual(['At least two former communes are needed, one a line.']);
  });
});

const part = (name: string | null, sheets: Array<[string, string]>): FormerCommuneSummary => ({ name, files: [...new Set(sheets.map(([f]) => f))], sheets: sheets.map(([file, sheet]) => ({ file, sheet })), from: [] });

describe('which sheet or file is whose: the questions and the answers', () => {
  const by = [part('Gia Hòa', [['a.xlsx', 'S1']]), part('Gia Phú', []), part(null, [['a.xlsx', 'S2'], ['b.xlsx', 'DS hộ'], ['b.xlsx', 'Nhân khẩu']])];

  test('the Excel pane asks each sheet; the Word pane a file none of whose sheets is known, or the sheets of one partly known', () => {
    expect(formerQuestions(by, true)).toEqual([{ file: 'a.xlsx', sheet: 'S2' }, { file: 'b.xlsx', sheet: 'DS hộ' }, { file: 'b.xlsx', sheet: 'Nhân khẩu' }]);
    expect(formerQuestions(by, false)).toEqual([{ file: 'a.xlsx', sheet: 'S2' }, { file: 'b.xlsx' }]);
    expect(formerQuestions(by.slice(0, 2), true)).toEqual([]);
    expect(formerQuestions(undefined, false)).toEqual([]);
  });

  test('an answer moves the sheet or file to the chosen former commune, from any other', () => {
    const m = { formerCommunes: [{ name: 'Gia Hòa', villages: ['Thôn 1'], sheets: ['S2'] }, { name: 'Gia Phú', villages: ['Phú An'], files: ['b.xlsx'] }] };
    expect(assignTo(m, { file: 'a.xlsx', sheet: 's2' }, 'Gia Phú').formerCommunes).toEqual([
      { name: 'Gia Hòa', villages: ['Thôn 1'] },
      { name: 'Gia Phú', villages: ['Phú An'], files: ['b.xlsx'], sheets: ['s2'] },
    ]);
    expect(assignTo(m, { file: 'B.xlsx' }, 'Gia Hòa').formerCommunes).toEqual([
      { name: 'Gia Hòa', villages: ['Thôn 1'], files: ['B.xlsx'], sheets: ['S2'] },
      { name: 'Gia Phú', villages: ['Phú An'] },
    ]);
  });
});

describe('the former communes kept in the pane\'s settings', () => {
  const r = parseMergerText('Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2\nGia Thịnh: Thôn 1, Thôn 3 → Thôn 2', 'vi');
  if (!r.ok) throw new Error(r.problems.join('\n'));

  test('saved with the new villages (confirmed ones kept when they hold them all), removed without touching the rest', () => {
    expect(withMerger<ConfirmedProfile>({ year: 2025 }, r.merger, r.villages)).toEqual({ year: 2025, villages: ['Thôn Hòa Bình', 'Thôn 2', 'Thôn 1'], ...r.merger });
    expect(withMerger({ villages: ['Thôn 1', 'Thôn 2', 'Thôn Hòa Bình', 'Thôn 4'] }, r.merger, r.villages).villages).toEqual(['Thôn 1', 'Thôn 2', 'Thôn Hòa Bình', 'Thôn 4']);
    expect(withMerger({ villages: ['Thôn 1'] }, r.merger, r.villages).villages).toEqual(['Thôn Hòa Bình', 'Thôn 2', 'Thôn 1']);
    expect(withMerger<ConfirmedProfile>({ year: 2025, villages: ['Thôn 1'], ...r.merger }, null, [])).toEqual({ year: 2025, villages: ['Thôn 1'] });
  });

  test('read back when they pass the profile\'s checks; a damaged merger is left out, the year kept', () => {
    const saved = withMerger<ConfirmedProfile>({ year: 2025 }, r.merger, r.villages);
    expect(parseConfirmedProfile(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(parseConfirmedProfile({ year: 2025, formerCommunes: [{ name: 'Gia Hòa', villages: ['Thôn 1'] }] })).toEqual({ year: 2025 });
    expect(parseConfirmedProfile({ year: 2025, formerCommunes: 'x', renamedVillages: 7 })).toEqual({ year: 2025 });
    expect(parseConfirmedProfile({ formerCommunes: [{ name: 'A', villages: ['Thôn 1'] }, { name: 'B', villages: ['Thôn 1'] }] })).toBeUndefined();
  });
});

describe('the Word pane keeps the former communes in the document', () => {
  const r = parseMergerText('Gia Hòa: Thôn 1 → Thôn Hòa Bình, Thôn 2\nGia Thịnh: Thôn 1, Thôn 3 → Thôn 2', 'vi');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  const profile = { commune: 'Hòa Thịnh', year: 2025, villages: ['Thôn Hòa Bình', 'Thôn 1', 'Thôn 2'] };

  test('in the full profile when there is one, checked by its rules; beside the confirmed year without one', () => {
    const withProfile = settingsWithMerger({ profile, sections: ['ho-ngheo'] }, r.merger, r.villages);
    expect(withProfile).toEqual({ ok: true, settings: { profile: { ...profile, ...r.merger }, sections: ['ho-ngheo'] } });
    const without = settingsWithMerger({ confirmed: { year: 2025 } }, r.merger, r.villages);
    expect(without.ok && without.settings.confirmed).toEqual({ year: 2025, villages: ['Thôn Hòa Bình', 'Thôn 2', 'Thôn 1'], ...r.merger });
    expect(without.ok && mergerOf(without.settings)).toEqual(r.merger);
    // Removed: the profile keeps the rest.
    const dropped = settingsWithMerger({ profile: { ...profile, ...r.merger } }, null, []);
    expect(dropped.ok && dropped.settings.profile).toEqual(profile);
  });

  test('a file told to be a former commune\'s is kept where the former communes are', () => {
    const s = settingsWithAssignment({ confirmed: { formerCommunes: r.merger.formerCommunes } }, { file: 'so-ho-a.xlsx' }, 'Gia Thịnh');
    expect(s.confirmed?.formerCommunes?.map((c) => c.files)).toEqual([undefined, ['so-ho-a.xlsx']]);
    expect(settingsWithAssignment({}, { file: 'x.xlsx' }, 'Gia Hòa')).toEqual({});
  });
});
