import { shortList, withShortLists } from '../../src/i18n/lists';
import { renderMessage } from '../../src/i18n/messages';

const villages = (n: number) => Array.from({ length: n }, (_v, i) => `Thôn ${i + 1}`);

describe('long lists in messages are shortened', () => {
  test('up to four names are given whole; more keep three and count the rest', () => {
    expect(shortList([], 'village', 'vi')).toBe('');
    expect(shortList(villages(1), 'village', 'vi')).toBe('Thôn 1');
    expect(shortList(villages(4), 'village', 'vi')).toBe('Thôn 1, Thôn 2, Thôn 3, Thôn 4');
    expect(shortList(villages(5), 'village', 'vi')).toBe('Thôn 1, Thôn 2, Thôn 3 và 2 thôn khác');
    expect(shortList(villages(30), 'village', 'en')).toBe('Thôn 1, Thôn 2, Thôn 3 and 27 other villages');
    expect(shortList(['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xls', 'f.ods'], 'file', 'vi')).toBe('a.xlsx, b.xlsx, c.xlsx và 3 tệp khác');
  });

  test('the village list of an unknown-village message is shortened, the value and other parameters are kept', () => {
    const params = { value: 'Thôn Mới', villages: villages(12).join(', '), n: 12 };
    const short = withShortLists(params, 'vi');
    expect(short).toEqual({ value: 'Thôn Mới', villages: 'Thôn 1, Thôn 2, Thôn 3 và 9 thôn khác', n: 12 });
    const text = renderMessage('village.unknown', short, 'vi');
    expect(text).toContain('"Thôn Mới"');
    expect(text).toContain('và 9 thôn khác');
    expect(text).not.toContain('Thôn 12');
    // The parameters given are not changed.
    expect(params.villages).toContain('Thôn 12');
  });
});
