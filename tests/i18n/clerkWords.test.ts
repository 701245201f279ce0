// The clerk's words everywhere: every Vietnamese text a pane shows — issue messages, rule titles and explanations,
// doubts, field names, the pane's own words — rendered with sample values shaped as the core makes them (field
// identifiers, class identifiers, village lists), and searched for what a clerk should never read: an identifier
// (camelCase, a dotted code), a CLI option, or an English word.
import { messageKeys, renderMessage } from '../../src/i18n/messages';
import { RULE_FAMILIES, ruleExplanation, ruleTitle } from '../../src/i18n/rules';
import { doubtText } from '../../src/i18n/doubts';
import { FIELD_IDS, fieldLabel, kindName } from '../../src/i18n/fields';
import { UI_KEYS, uiText } from '../../src/i18n/ui';
import type { Doubt, DoubtCode } from '../../src/core/doubts';
import type { MessageParams } from '../../src/core/rules/issue';

/** Words of English (or of the code) that have no place in a Vietnamese sentence for the clerk. */
const ENGLISH = ['poor', 'near', 'average', 'village', 'villages', 'household', 'households', 'persons', 'award', 'awards', 'field', 'error', 'warning', 'info', 'null', 'undefined', 'true', 'false', 'NaN', 'object', 'the', 'and', 'of', 'is', 'not', 'sheet', 'column', 'row', 'registered', 'achieved', 'title', 'today', 'data', 'file', 'fileDate'];

/** What in a text looks like an identifier, code, option or English word; empty when it reads as the clerk's words. */
export function identifierTokens(text: string): string[] {
  const out: string[] = [];
  // Quoted sample values ("…") are the clerk's own cell text: not searched.
  const words = text.replace(/"[^"]*"/g, ' ');
  for (const m of words.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g)) out.push(m[0]);
  // Dotted codes; a file's name with its extension is the clerk's own.
  for (const m of words.matchAll(/\b[a-z]+(?:\.(?!(?:xlsx|xls|ods|csv|docx|html)\b)[a-z][A-Za-z]*)+\b/g)) out.push(m[0]);
  for (const m of words.matchAll(/(?:^|[\s(])(--[a-z][a-z-]*)/g)) out.push(m[1]);
  for (const m of words.matchAll(/\{\w+\}/g)) out.push(m[0]);
  const english = new Set(ENGLISH.map((w) => w.toLowerCase()));
  for (const m of words.matchAll(/[A-Za-z]+/g)) if (english.has(m[0].toLowerCase()) && m[0] !== m[0].toUpperCase()) out.push(m[0]);
  return out;
}

const VILLAGES = 'An Lạc, An Phú, Đông Hải, Tây Sơn, Bắc Hà, Nam Thịnh, Phú Lộc, Vĩnh Khang, Hòa Bình';

/** Parameters as the core makes them: identifiers where the core puts identifiers. */
function messageParams(field: string): MessageParams {
  return {
    value: 'Thôn 5', villages: VILLAGES, canonical: 'Thôn Đông', error: '#N/A', field, age: 12, year: 2023, digits: 11, code: '099', digit: 3,
    classes: 'poor, nearPoor, average', codes: '1, 2, 3', authority: 'Chủ tịch UBND xã', form: 'Giấy khen', date: '12/12/2022', max: 50_000_000,
    expected: 300_000, written: 120, computed: 121, row: 15, count: 2, previous: 14, village: 'An Lạc',
  };
}

function doubt(code: DoubtCode, field = 'village'): Doubt {
  return {
    code, file: 'So ho.xlsx', sheet: 'Danh sách hộ', field,
    params: { column: 'G', distinct: 45, examples: 'Hà Nội; Quận 1; Nhật Bản', kind: 'households', other: 'awards', figure: 'poverty', sheets: 'Thôn Đông', households: 'Danh sách hộ', matched: 120, unmatched: 3, withoutMembers: 2, field, years: '2022, 2023', kept: 40, left: 5, year: 2023, total: 210, from: 'today', village: 'An Lạc', achieved: 130, registered: 120 },
  };
}

const DOUBT_CODES: DoubtCode[] = ['village.implausible', 'kind.uncertain', 'figure.implausible', 'figure.partial', 'join.partial', 'column.contradicted', 'awards.otherYears', 'list.filtered', 'year.guessed'];

/** Sample values for the pane's own texts. */
const UI_PARAMS = { n: 3, done: '1.000', total: '2.262', sheet: 'Danh sách hộ', message: 'Tệp bị hỏng', what: 'năm báo cáo 2023', from: 'dòng tiêu đề', value: 2023, workbook: 'So ho.xlsx', at: '08:15 5/12/2026', files: 'So ho.xlsx', list: 'Dân số, Hộ nghèo', reason: 'chưa có số liệu', file: 'Bao cao.docx', households: '2.262', persons: '7.917', shown: 10, error: 1, warning: 2, info: 0, kind: 'sổ hộ gia đình', errors: 1, review: 302, year: 2023, years: '2023' };

describe("the clerk's words: no identifier, code or English word in a Vietnamese text", () => {
  test('the detector finds what it must (and passes plain Vietnamese)', () => {
    expect(identifierTokens('được đánh dấu ở nhiều loại cùng lúc (poor, nearPoor)')).toEqual(['nearPoor', 'poor']);
    expect(identifierTokens('cần ExcelApi 1.9')).toEqual(['ExcelApi']);
    expect(identifierTokens('Đã đọc: So ho.xlsx, Bao cao.docx.')).toEqual([]);
    expect(identifierTokens('xem value.enum.village')).toContain('value.enum.village');
    expect(identifierTokens('chọn lại cột (--map "Sổ!village=G")')).toEqual(['--map']);
    expect(identifierTokens('Thiếu village.')).toEqual(['village']);
    expect(identifierTokens('Hộ được đánh dấu ở nhiều loại cùng lúc (Hộ nghèo, Hộ cận nghèo); số CCCD, GĐVH, "An Lạc".')).toEqual([]);
  });

  test('every issue message, for every field the core can name', () => {
    const bad: string[] = [];
    for (const key of messageKeys('vi')) for (const field of FIELD_IDS) {
      const text = renderMessage(key, messageParams(field), 'vi', 'Nguyễn Văn An');
      const found = identifierTokens(text);
      if (found.length) bad.push(`${key} [${field}]: ${found.join(', ')} — ${text}`);
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  test('the conflict of classes names the classes as the clerk does', () => {
    expect(renderMessage('poverty.conflict', { classes: 'poor, nearPoor' }, 'vi')).toBe('Hộ được đánh dấu ở nhiều loại cùng lúc (Hộ nghèo, Hộ cận nghèo); mỗi hộ chỉ thuộc một loại.');
  });

  test('every rule title and explanation, field name and register kind', () => {
    const texts = [
      ...RULE_FAMILIES.flatMap((f) => [ruleTitle(f, 'vi'), ruleExplanation(f, 'vi')]),
      ...FIELD_IDS.map((f) => fieldLabel(f, 'vi')),
      ...['households', 'persons', 'awards'].map((k) => kindName(k, 'vi')),
    ];
    expect(texts.filter((t) => identifierTokens(t).length)).toEqual([]);
  });

  test('every doubt as the pane shows it', () => {
    const bad = DOUBT_CODES.flatMap((code) => FIELD_IDS.slice(0, 8).map((f) => doubtText(doubt(code, f), 'vi', 'pane'))).filter((t) => identifierTokens(t).length);
    expect(bad).toEqual([]);
    // The CLI keeps its options: they are what its user types.
    expect(doubtText(doubt('village.implausible'), 'vi', 'cli')).toContain('--map');
  });

  test("every one of the pane's own texts", () => {
    const bad = UI_KEYS.map((k) => [k, uiText('vi', k, UI_PARAMS)] as const).filter(([, t]) => identifierTokens(t).length).map(([k, t]) => `${k}: ${identifierTokens(t).join(', ')} — ${t}`);
    expect(bad).toEqual([]);
  });
});
