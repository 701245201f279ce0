// What the analysis is unsure of, in words: what it did and what the clerk can confirm.
import type { Doubt } from '../core/doubts';
import type { Lang } from './messages';

const TEXT: Record<Doubt['code'], [vi: string, en: string]> = {
  'village.implausible': [
    'Trang "{sheet}": cột {column} có {distinct} giá trị khác nhau như "{examples}" — giống tỉnh, thành phố, nước ngoài hoặc địa chỉ đường phố hơn là thôn của xã, nên không dùng để chia theo thôn. Nếu đúng là cột thôn, hãy chọn lại cột thôn (--map "{sheet}!village={column}" hoặc nút Sửa cột).',
    'Sheet "{sheet}": column {column} has {distinct} different values such as "{examples}" — more like provinces, cities, countries or street addresses than the commune\'s villages, so it is not used to split by village. If it is the village column, choose it again (--map "{sheet}!village={column}" or Correct columns).',
  ],
  'kind.uncertain': [
    'Trang "{sheet}": chưa chắc đây là {kind}; hãy xem lại cách đọc cột.',
    'Sheet "{sheet}": not sure this is a {kind}; please check the column mapping.',
  ],
  'figure.implausible': [
    'Số hộ đạt Gia đình văn hóa ({achieved}) nhiều hơn số hộ đăng ký ({registered}){where}: tỷ lệ trên 100% không thể đúng; hãy kiểm tra cột Đăng ký và Đạt.',
    'More households achieved Gia đình văn hóa ({achieved}) than registered ({registered}){where}: a rate over 100% cannot be right; check the registered and achieved columns.',
  ],
};

/** The doubt as one sentence for the clerk. */
export function doubtText(d: Doubt, lang: Lang = 'vi'): string {
  const template = TEXT[d.code][lang === 'vi' ? 0 : 1];
  const village = typeof d.params.village === 'string' && d.params.village ? d.params.village : '';
  const where = village ? (lang === 'vi' ? ` ở thôn ${village}` : ` in ${village}`) : '';
  const all: Record<string, string | number> = { ...d.params, sheet: d.sheet, where };
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(all[k] ?? ''));
}
