// What the analysis is unsure of, in words: what it did and what the clerk can confirm.
import type { Doubt } from '../core/doubts';
import type { Lang } from './messages';
import { fieldLabel, kindName } from './fields';
import { MAX_QUOTED, quotedValue } from '../core/text/display';

const TEXT: Record<Doubt['code'], [vi: string, en: string]> = {
  'village.implausible': [
    'Trang "{sheet}": cột {column} có {distinct} giá trị khác nhau như "{examples}" — giống tỉnh, thành phố, nước ngoài hoặc địa chỉ đường phố hơn là thôn của xã, nên không dùng để chia theo thôn. Nếu đúng là cột thôn, hãy chọn lại cột thôn (--map "{sheet}!village={column}" hoặc nút Sửa cột).',
    'Sheet "{sheet}": column {column} has {distinct} different values such as "{examples}" — more like provinces, cities, countries or street addresses than the commune\'s villages, so it is not used to split by village. If it is the village column, choose it again (--map "{sheet}!village={column}" or Correct columns).',
  ],
  'kind.uncertain': [
    'Trang "{sheet}" được đọc là {kind}, nhưng cũng có thể là {other}; hãy xem lại cách đọc cột và sửa nếu cần (--map, nút Sửa cột).',
    'Sheet "{sheet}" was read as a {kind}, but it could also be a {other}; please check the column mapping and correct it if needed (--map, Correct columns).',
  ],
  'figure.partial': [
    'Cột {figureName} chỉ có ở một số trang; trang "{sheets}" không có nên số liệu này của toàn xã để trống (không phải số 0). Hãy bổ sung cột đó hoặc chỉ định cột (--map, nút Sửa cột).',
    'Only some sheets have a {figureName} column; "{sheets}" has none, so the commune\'s figures for it are left blank (not 0). Add the column or map it (--map, Correct columns).',
  ],
  'join.partial': [
    'Danh sách nhân khẩu "{sheet}" được ghép với danh sách hộ "{households}" theo mã hộ: {matched} hộ khớp; {unmatched} hộ của danh sách nhân khẩu không có trong danh sách hộ nên không được tính; {withoutMembers} hộ của danh sách hộ không có nhân khẩu nào nên chưa có số nhân khẩu. Hãy kiểm tra mã hộ.',
    'Member list "{sheet}" was joined to household list "{households}" by household code: {matched} households match; {unmatched} households of the member list are not in the household list and are left out; {withoutMembers} listed households have no members, so their persons are unknown. Please check the codes.',
  ],
  'column.contradicted': [
    'Trang "{sheet}": cột {column} có tiêu đề giống "{fieldName}" nhưng giá trị không phải (ví dụ "{examples}"), nên không dùng. Nếu đúng là cột đó, hãy chỉ định lại (--map "{sheet}!{field}={column}" hoặc nút Sửa cột).',
    'Sheet "{sheet}": column {column} is headed like "{fieldName}" but its values are not (e.g. "{examples}"), so it is not used. If it is that column, map it again (--map "{sheet}!{field}={column}" or Correct columns).',
  ],
  'awards.otherYears': [
    'Trang "{sheet}" ghi khen thưởng của nhiều năm ({years}): chỉ tính {kept} khen thưởng của năm {year} (và khen thưởng chưa ghi ngày), bỏ qua {left} khen thưởng của các năm khác. Nếu năm báo cáo không phải {year}, hãy chọn lại năm (hồ sơ xã).',
    'Sheet "{sheet}" records awards of several years ({years}): only the {kept} awards of {year} (and undated ones) are counted, {left} of other years are left out. If the report year is not {year}, set it in the commune profile.',
  ],
  'year.guessed': [
    'Sổ không ghi năm (không có ở dòng tiêu đề, ngày quyết định hay ngày ký): năm báo cáo {year} chỉ được đoán từ {fromName}. Hãy xác nhận hoặc chọn lại năm (hồ sơ xã: --profile, hoặc ô Năm trong khung).',
    'The registers state no year (not in the titles, decision dates or signing dates): the report year {year} is only guessed from {fromName}. Confirm it or set the year (commune profile: --profile, or the Year box in the pane).',
  ],
  'formerCommune.unknown': [
    'Chưa rõ tệp "{file}" là sổ của xã cũ nào ({communes}){candidatesText}: số liệu của tệp vẫn tính vào toàn xã nhưng không chia theo xã cũ, và thôn trùng tên giữa các xã cũ chưa đọc được. Hãy ghi tên tệp vào hồ sơ xã: formerCommunes › files.',
    'It is not known which former commune file "{file}" belongs to ({communes}){candidatesText}: its figures count in the whole commune but not by former commune, and village names that several former communes share are not read. Write the file name in the commune profile: formerCommunes › files.',
  ],
  'sheet.earlierYear': [
    'Trang "{sheet}" là sổ năm {year} (theo tên trang hoặc tiêu đề) và {shared}/{households} hộ của trang có trong trang "{alongside}", nên không tính vào số liệu năm {current} (tránh đếm hai lần){compareText}. Nếu đó là sổ của năm nay, hãy sửa năm trong tên trang hoặc tiêu đề.',
    'Sheet "{sheet}" is the register of {year} (by its name or title) and {shared} of its {households} households are in sheet "{alongside}", so it is not counted in {current} (no household counted twice){compareText}. If it is this year\'s register, correct the year in its name or title.',
  ],
  'list.filtered': [
    'Mọi hộ trong danh sách ({total} hộ) đều thuộc diện nghèo, cận nghèo hoặc mức sống trung bình: đây là danh sách lọc, không phải toàn bộ hộ của xã, nên không tính tỷ lệ trên tổng số hộ toàn xã. Hãy mở thêm sổ hộ gia đình của cả xã để có tỷ lệ.',
    'Every household listed ({total}) is poor, near-poor or of average standard: a filtered list, not all the commune\'s households, so no rate over the commune is computed. Open the commune\'s full household register too for the rates.',
  ],
  'figure.implausible': [
    'Số hộ đạt Gia đình văn hóa ({achieved}) nhiều hơn số hộ đăng ký ({registered}){where}: tỷ lệ trên 100% không thể đúng; hãy kiểm tra cột Đăng ký và Đạt.',
    'More households achieved Gia đình văn hóa ({achieved}) than registered ({registered}){where}: a rate over 100% cannot be right; check the registered and achieved columns.',
  ],
};


const FIGURES: Record<string, [vi: string, en: string]> = {
  poverty: ['phân loại hộ nghèo, cận nghèo', 'poor and near-poor class'],
  average: ['hộ có mức sống trung bình', 'average living standard'],
  culturalFamily: ['Gia đình văn hóa', 'Gia đình văn hóa'],
  learningFamily: ['Gia đình học tập', 'Gia đình học tập'],
};

/**
 * Where a doubt is read: the CLI's words name its options (--map, --profile) beside the pane's buttons; the pane's
 * name only its buttons, so no option or field identifier reaches a clerk who never typed one.
 */
export type DoubtSurface = 'cli' | 'pane';

const PANE_HINTS: Array<[RegExp, [vi: string, en: string]]> = [
  [/--map "[^"]*" (hoặc|or) /g, ['', '']],
  [/--map, /g, ['', '']],
  [/hồ sơ xã: --profile, hoặc ô Năm trong khung/g, ['nút Chọn năm khác ở đầu khung', '']],
  [/commune profile: --profile, or the Year box in the pane/g, ['', 'the Another year box at the top of the pane']],
];

/** formerCommune.unknown for one sheet of a file whose other sheets are known (a workbook of several former communes). */
const FORMER_SHEET: [vi: string, en: string] = [
  'Chưa rõ trang "{sheet}" của tệp "{file}" là sổ của xã cũ nào ({communes}): số liệu của trang vẫn tính vào toàn xã nhưng không chia theo xã cũ, và thôn trùng tên giữa các xã cũ chưa đọc được. Hãy ghi tên trang vào hồ sơ xã: formerCommunes › sheets.',
  'It is not known which former commune sheet "{sheet}" of file "{file}" belongs to ({communes}): its figures count in the whole commune but not by former commune, and village names that several former communes share are not read. Write the sheet name in the commune profile: formerCommunes › sheets.',
];

/** The doubt as one sentence for the clerk. */
export function doubtText(d: Doubt, lang: Lang = 'vi', surface: DoubtSurface = 'cli'): string {
  const i = lang === 'vi' ? 0 : 1;
  let template = (d.code === 'formerCommune.unknown' && d.params.sheetOnly ? FORMER_SHEET : TEXT[d.code])[i];
  if (surface === 'pane') for (const [re, words] of PANE_HINTS) template = template.replace(re, words[i]);
  const village = typeof d.params.village === 'string' && d.params.village ? d.params.village : '';
  const where = village ? (lang === 'vi' ? ` ở thôn ${village}` : ` in ${village}`) : '';
  const kind = (k: string | number | undefined) => (typeof k === 'string' ? kindName(k, lang) : String(k ?? ''));
  const figure = typeof d.params.figure === 'string' ? FIGURES[d.params.figure]?.[i] ?? d.params.figure : '';
  const fieldName = typeof d.params.field === 'string' ? fieldLabel(d.params.field, lang) : '';
  const fromName = d.params.from === 'fileDate' ? (lang === 'vi' ? 'ngày lưu tệp' : "the file's saved date") : d.params.from === 'today' ? (lang === 'vi' ? 'ngày hôm nay' : "today's date") : '';
  const candidates = typeof d.params.candidates === 'string' && d.params.candidates ? d.params.candidates : '';
  const candidatesText = candidates ? (lang === 'vi' ? `; tên tệp hoặc tiêu đề nhắc đến ${candidates}` : `; its name or title mentions ${candidates}`) : '';
  const compareText = d.code === 'sheet.earlierYear' && d.params.year === Number(d.params.current) - 1 ? (lang === 'vi' ? '; được dùng làm sổ năm trước để so sánh' : '; it is used as last year\'s register for the comparison') : '';
  const all: Record<string, string | number> = { ...d.params, sheet: d.sheet, where, fromName, candidatesText, compareText, kind: kind(d.params.kind), other: kind(d.params.other), figureName: figure, fieldName };
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => {
    const v = all[k] ?? '';
    return typeof v === 'string' ? quotedValue(v, k === 'examples' || k === 'sheets' ? 3 * MAX_QUOTED : MAX_QUOTED) : String(v);
  });
}
