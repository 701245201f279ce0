// The former communes as a clerk types them in a pane: parsed into the profile's fields, checked, written back.
import { mergerText, parseMergerText } from '../../src/taskpane/merger';
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
