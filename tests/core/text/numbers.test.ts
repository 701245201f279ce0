import { awardCount, localNumber, messageNumber, parseNumberText, parseVi, viDecimal, viMoney, viNumber, viPercent } from '../../../src/core/text/numbers';

describe('vi-VN numbers: one module formats', () => {
  test('thousands take "." and decimals ","', () => {
    expect(viNumber(1412)).toBe('1.412');
    expect(viNumber(19760000)).toBe('19.760.000');
    expect(viNumber(999)).toBe('999');
    expect(viNumber(-1412)).toBe('-1.412');
    expect(viDecimal(2.2, 2)).toBe('2,20');
    expect(viDecimal(1234.5, 1)).toBe('1.234,5');
    expect(viDecimal(1412, 0)).toBe('1.412');
  });
  test('a negative value keeps its sign below one, and a value rounding to zero has none', () => {
    expect(viDecimal(-0.5, 1)).toBe('-0,5');
    expect(viDecimal(-0.28, 2)).toBe('-0,28');
    expect(viDecimal(-0.001, 1)).toBe('0,0');
    expect(viNumber(-0.2)).toBe('0');
  });
  test('percentages have no space before % and a dash when there is no base', () => {
    expect(viPercent(93.67, 1)).toBe('93,7%');
    expect(viPercent(2.2, 2)).toBe('2,20%');
    expect(viPercent(null, 1)).toBe('–');
  });
  test('money in triệu đồng from a million, in đồng below', () => {
    expect(viMoney(7700000)).toBe('7,7 triệu đồng');
    expect(viMoney(7560000)).toBe('7,56 triệu đồng');
    expect(viMoney(12000000)).toBe('12 triệu đồng');
    expect(viMoney(1_000_000_000)).toBe('1.000 triệu đồng');
    expect(viMoney(500000)).toBe('500.000 đồng');
  });
  test('award counts below ten take a leading zero', () => {
    expect(awardCount(1)).toBe('01');
    expect(awardCount(15)).toBe('15');
    expect(awardCount(1200)).toBe('1.200');
  });
  test('the pane groups in its own language', () => {
    expect(localNumber(200000, 'vi')).toBe('200.000');
    expect(localNumber(200000, 'en')).toBe('200,000');
  });
  test('messages quote years and row numbers as they are, large figures grouped, decimals unrounded', () => {
    expect(messageNumber(1985, 'vi')).toBe('1985');
    expect(messageNumber(7700000, 'vi')).toBe('7.700.000');
    expect(messageNumber(7700000, 'en')).toBe('7,700,000');
    expect(messageNumber(12.5, 'vi')).toBe('12,5');
    expect(messageNumber(12.5, 'en')).toBe('12.5');
  });
});

describe('vi-VN numbers: one module parses', () => {
  test('figures written in a report keep the precision they were written with', () => {
    expect(parseVi('1.412')).toEqual({ value: 1412, decimals: 0 });
    expect(parseVi('93,7')).toEqual({ value: 93.7, decimals: 1 });
    expect(parseVi('07')).toEqual({ value: 7, decimals: 0 });
  });
  test('what is formatted parses back to the same value', () => {
    for (const x of [0, 7, 1412, 19760000, 2.25, 1234.5, 99.99]) {
      const d = Number.isInteger(x) ? 0 : 2;
      expect(parseVi(viDecimal(x, d)).value).toBeCloseTo(x, 6);
      expect(parseNumberText(viDecimal(x, d))).toBeCloseTo(x, 6);
    }
  });
  test('number text in a cell, vi-VN or en-US', () => {
    expect(parseNumberText('1.412')).toBe(1412);
    expect(parseNumberText('1,412')).toBe(1412);
    expect(parseNumberText(' 2,5 ')).toBe(2.5);
    expect(parseNumberText('-3')).toBe(-3);
    expect(parseNumberText('1.234.567,5')).toBe(1234567.5);
    expect(parseNumberText('hai')).toBeNull();
  });
});

describe('no other module formats numbers', () => {
  test('thousands grouping and decimal commas appear only in core/text/numbers.ts', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readdirSync, readFileSync } = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { join } = require('node:path') as typeof import('node:path');
    const root = join(__dirname, '../../../src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    // Grouping by threes, a number formatter, or a decimal point swapped for a comma (dates may use toLocaleString).
    const formatting = /\(\\d\{3\}\)\+|Intl\.NumberFormat|\.replace\('\.', ','\)|\.toFixed\(\w+\)\.replace/;
    const offenders = files.filter((f) => !f.endsWith(join('core', 'text', 'numbers.ts')) && formatting.test(readFileSync(join(root, f), 'utf8')));
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
