// Award forms (hình thức, danh hiệu): canonical names, the variants clerks write, and who may receive them (§3.1).
import { fold } from '../../text/normalize';

export type RecipientKind = 'collective' | 'individual' | 'household';

export const FORMS = {
  GK: 'Giấy khen',
  BK: 'Bằng khen',
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  CSTDTQ: 'Chiến sĩ thi đua toàn quốc',
  TTLDTT: 'Tập thể lao động tiên tiến',
  TTLDXS: 'Tập thể lao động xuất sắc',
  DVTT: 'Đơn vị tiên tiến',
  DVQT: 'Đơn vị quyết thắng',
  CTD: 'Cờ thi đua',
  GDVH: 'Gia đình văn hóa',
  TVH: 'Thôn văn hóa',
} as const;
export type FormName = (typeof FORMS)[keyof typeof FORMS];

/** Who may receive each form. */
export const RECIPIENTS: Record<FormName, RecipientKind[]> = {
  'Giấy khen': ['individual', 'collective', 'household'],
  'Bằng khen': ['individual', 'collective', 'household'],
  'Lao động tiên tiến': ['individual'],
  'Chiến sĩ thi đua cơ sở': ['individual'],
  'Chiến sĩ thi đua cấp tỉnh': ['individual'],
  'Chiến sĩ thi đua toàn quốc': ['individual'],
  'Tập thể lao động tiên tiến': ['collective'],
  'Tập thể lao động xuất sắc': ['collective'],
  'Đơn vị tiên tiến': ['collective'],
  'Đơn vị quyết thắng': ['collective'],
  'Cờ thi đua': ['collective'],
  'Gia đình văn hóa': ['household', 'individual'],
  'Thôn văn hóa': ['collective'],
};

/** Folded prefixes naming each form, most specific first ("tập thể lao động tiên tiến" before "lao động tiên tiến"). */
const VARIANTS: Array<[string, FormName]> = [
  ['tap the lao dong tien tien', FORMS.TTLDTT], ['ttldtt', FORMS.TTLDTT], ['tt ldtt', FORMS.TTLDTT],
  ['tap the lao dong xuat sac', FORMS.TTLDXS], ['ttldxs', FORMS.TTLDXS], ['tt ldxs', FORMS.TTLDXS],
  ['chien si thi dua toan quoc', FORMS.CSTDTQ], ['cstdtq', FORMS.CSTDTQ], ['cstd toan quoc', FORMS.CSTDTQ],
  ['chien si thi dua co so', FORMS.CSTDCS], ['cstdcs', FORMS.CSTDCS], ['cstd co so', FORMS.CSTDCS], ['cstd cs', FORMS.CSTDCS],
  ['chien si thi dua cap tinh', FORMS.CSTD_TINH], ['chien si thi dua cap bo', FORMS.CSTD_TINH], ['chien si thi dua tinh', FORMS.CSTD_TINH],
  ['cstd cap tinh', FORMS.CSTD_TINH], ['cstd tinh', FORMS.CSTD_TINH], ['cstdct', FORMS.CSTD_TINH], ['cstd cap bo', FORMS.CSTD_TINH],
  ['lao dong tien tien', FORMS.LDTT], ['ldtt', FORMS.LDTT], ['chien si tien tien', FORMS.LDTT], ['cstt', FORMS.LDTT],
  ['don vi tien tien', FORMS.DVTT], ['dvtt', FORMS.DVTT], ['don vi quyet thang', FORMS.DVQT], ['dvqt', FORMS.DVQT],
  ['co thi dua', FORMS.CTD], ['ctd', FORMS.CTD],
  ['giay khen', FORMS.GK], ['gk', FORMS.GK],
  ['bang khen', FORMS.BK], ['bkttg', FORMS.BK], ['bkct', FORMS.BK], ['bk', FORMS.BK],
  ['gia dinh van hoa', FORMS.GDVH], ['gdvh', FORMS.GDVH],
  ['thon van hoa', FORMS.TVH], ['lang van hoa', FORMS.TVH], ['xom van hoa', FORMS.TVH], ['ban van hoa', FORMS.TVH],
  ['to dan pho van hoa', FORMS.TVH], ['khu dan cu van hoa', FORMS.TVH], ['khu pho van hoa', FORMS.TVH],
];

export interface FormRead {
  form: FormName;
  /** True when the cell held exactly a variant (an abbreviation or spelling), not the canonical name. */
  variant: boolean;
  /** Words after the form name, e.g. "của Chủ tịch UBND xã" in "Giấy khen của Chủ tịch UBND xã". */
  rest: string;
  /** Bằng khen of the Prime Minister, written as BKTTg or "Bằng khen của Thủ tướng Chính phủ". */
  primeMinister?: boolean;
}

/** Recognises an award form in a cell's text; null when it is no known form. */
export function readForm(text: string): FormRead | null {
  // "Danh hiệu Lao động tiên tiến", "Tặng Giấy khen": the word before the form is not part of it.
  const f = fold(text).replace(/^(danh hieu|tang|tang thuong|hinh thuc)\s+/, '');
  for (const [variant, form] of VARIANTS) {
    if (f === variant || f.startsWith(`${variant} `)) {
      const rest = f.slice(variant.length).trim();
      const read: FormRead = { form, variant: fold(form) !== f && rest === '', rest };
      if (form === FORMS.BK && (variant === 'bkttg' || /\bthu tuong\b/.test(rest))) read.primeMinister = true;
      return read;
    }
  }
  return null;
}
