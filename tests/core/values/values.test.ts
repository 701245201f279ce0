import { readNumber, readInteger, readMoney } from '../../../src/core/values/numbers';
import { parseNumberText } from '../../../src/core/text/numbers';
import { readMark } from '../../../src/core/values/marks';
import { readDate, parseDateText } from '../../../src/core/values/dates';
import { readDecisionNo, splitDecision } from '../../../src/core/values/decision';
import { percent } from '../../../src/core/summary/rates';

describe('numbers as clerks store them', () => {
  test.each([
    ['4', 4], [' 4 ', 4], ['1.412', 1412], ['1,412', 1412], ['2,5', 2.5], ['19760', 19760], ['-2', -2],
  ])('"%s" reads as %p', (text, n) => expect(parseNumberText(text)).toBe(n));
  test('text that is no number is unreadable, an empty cell is empty, an Excel error is kept apart', () => {
    expect(readNumber('ba').kind).toBe('invalid');
    expect(readNumber('  ').kind).toBe('empty');
    expect(readNumber({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
  });
  test('a size written with its unit word is still the number', () => {
    expect(readInteger('4 người')).toEqual({ kind: 'ok', value: 4 });
  });
  test.each([
    [500000, 500000], ['500.000', 500000], ['500.000 đ', 500000], ['1.440.000đ', 1440000], ['1,5 triệu', 1500000], ['7,7 triệu đồng', 7700000], ['500,000', 500000],
  ])('money %p reads as %p đồng', (v, n) => expect(readMoney(v)).toEqual({ kind: 'ok', value: n }));
});

describe('marks', () => {
  test.each(['x', 'X', '1', '✓', '√', 'có', 'Có', 'Đạt', 'Công nhận'])('"%s" is true', (v) => expect(readMark(v)).toEqual({ kind: 'ok', value: true }));
  test.each(['', '0', '-', 'không', 'Không đạt', 'Chưa đạt'])('"%s" is false', (v) => expect(readMark(v)).toEqual({ kind: 'ok', value: false }));
  test('a mark that means nothing is unreadable', () => expect(readMark('??').kind).toBe('invalid'));
  test('an empty cell is false', () => expect(readMark(null)).toEqual({ kind: 'ok', value: false }));
});

describe('dates', () => {
  test('day-first text, date cells and "ngày … tháng … năm …" are read', () => {
    expect(parseDateText('15/12/2023')).toEqual({ kind: 'ok', value: { y: 2023, m: 12, d: 15 } });
    expect(parseDateText('ngày 5 tháng 6 năm 2023')).toEqual({ kind: 'ok', value: { y: 2023, m: 6, d: 5 } });
    expect(readDate(new Date(Date.UTC(2023, 11, 20)))).toEqual({ kind: 'ok', value: { y: 2023, m: 12, d: 20 } });
  });
  test('dates that do not exist are told apart from text that is no date', () => {
    expect(parseDateText('31/02/2023').kind).toBe('impossible');
    expect(parseDateText('29/02/2023').kind).toBe('impossible');
    expect(parseDateText('29/02/2024').kind).toBe('ok');
    expect(parseDateText('abc').kind).toBe('invalid');
  });
  test('month-first order is read only when the day above 12 makes it unambiguous', () => {
    expect(parseDateText('12/25/2023')).toEqual({ kind: 'ok', value: { y: 2023, m: 12, d: 25 } });
    expect(parseDateText('05/06/2023')).toEqual({ kind: 'ok', value: { y: 2023, m: 6, d: 5 } });
  });
});

describe('decision numbers', () => {
  test.each(['215/QĐ-UBND', '06/2024/QĐ-UBND', '3303/QĐ-CT', '7345/QĐ-BCA', '45-QĐ/ĐU', '58-QĐ/HĐTN', 'Số: 215/QĐ-UBND'])('"%s" is well formed', (n) => expect(readDecisionNo(n).kind).toBe('ok'));
  test('a number without its running number or without its issuer is malformed', () => {
    expect(readDecisionNo('/QĐ-UBND').kind).toBe('missing-number');
    expect(readDecisionNo('236/QĐ-').kind).toBe('missing-issuer');
    expect(readDecisionNo('quyết định khen').kind).toBe('malformed');
  });
  test('a combined cell gives both the number and the date', () => {
    const s = splitDecision('215/QĐ-UBND ngày 20/12/2023');
    expect(s.no).toBe('215/QĐ-UBND');
    expect(s.date).toEqual({ kind: 'ok', value: { y: 2023, m: 12, d: 20 } });
  });
  test('who signed, written after the date, is not part of the date', () => {
    const s = splitDecision('Số 215/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND xã');
    expect(s.no).toBe('Số 215/QĐ-UBND');
    expect(s.date).toEqual({ kind: 'ok', value: { y: 2024, m: 12, d: 20 } });
  });
});

describe('rates', () => {
  test('are rounded half up in whole numbers, so a rate and its count never disagree', () => {
    expect(percent(31, 1412, 2)).toBe(2.2);
    expect(percent(1139, 1216, 1)).toBe(93.7);
    expect(percent(143, 1412, 2)).toBe(10.13);
    expect(percent(1, 8, 1)).toBe(12.5);
    expect(percent(1, 16, 2)).toBe(6.25);
  });
  test('have no value over a base of zero, never NaN', () => expect(percent(0, 0, 2)).toBeNull());
});
