// What the words of a non-data row say: a block heading, a subtotal or total, a footer line, column numbers.
import { fold, lowerClean, cleanSpaces, nfc, isAscii } from '../text/normalize';

/** Context a section row gives to the rows under it. */
export interface SectionContext {
  village?: string;
  recipientKind?: 'collective' | 'individual' | 'household';
  /** Level block of an awards register: 'xa' for the commune, 'higher' for "cấp trên". */
  levelBlock?: 'xa' | 'huyen' | 'tinh' | 'trung_uong' | 'higher';
  /** Party committee awards block ("Đảng ủy xã khen thưởng"). */
  party?: boolean;
  /** Poverty class block of a household list ("I. HỘ NGHÈO", "II. HỘ CẬN NGHÈO"). */
  poverty?: 'poor' | 'nearPoor' | 'average';
  /** Major blocks (village, level) reset the running block of subtotals; minor ones (recipient kind) do not. */
  major: boolean;
}

const NUMBERING = /^\s*(?:[IVXLCDM]+|\d{1,3}|[A-ZĐa-zđ])\s*[.):\-–]\s*/u;
const VILLAGE_PREFIX = /^(?:thôn|xóm|làng|bản|ấp|tổ dân phố|khu dân cư|khu phố|khu|tdp|tổ|buôn|plei|sóc)\s+/iu;

/** Strips "II. " / "1) " / "A- " numbering from a heading. */
export function stripNumbering(text: string): string {
  return cleanSpaces(text).replace(NUMBERING, '');
}

export function hasNumbering(text: string): boolean {
  return NUMBERING.test(text) && /^\s*(?:[IVXLCDM]+|\d{1,3}|[A-ZĐ])\s*[.):]/u.test(text);
}

/** Upper-case headings ("THÔN ĐÔNG HẢI") become title case ("Đông Hải") for display. */
export function titleCase(text: string): string {
  const t = nfc(cleanSpaces(text));
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase());
}

/** The village a heading or title names ("Thôn An Lạc", "II. THÔN AN PHÚ", "DANH SÁCH HỘ … THÔN AN LẠC"). */
export function villageFromHeading(text: string, requirePrefix: boolean): string | null {
  const t = stripNumbering(nfc(text));
  const m = VILLAGE_PREFIX.exec(t);
  if (m) {
    const name = t.slice(m[0].length).replace(/[:,;].*$/, '').replace(/\(.*$/, '').trim();
    if (!name || /^(năm|theo)\b/iu.test(name)) return null;
    // "Thôn 1", "Tổ dân phố số 2": a number alone names nothing, so the heading keeps its word.
    return /^(số\s*)?\d+$/iu.test(name) ? titleCase(t.replace(/[:,;(].*$/, '').trim()) : titleCase(name);
  }
  return requirePrefix ? null : titleCase(t);
}

/** A village named inside a title row: "DANH SÁCH HỘ GIA ĐÌNH THÔN AN LẠC NĂM 2023" → "An Lạc". */
export function villageFromTitle(text: string): string | null {
  const t = nfc(cleanSpaces(text));
  // JS \b only knows ASCII letters: the end of the name is spelled out with whitespace instead.
  const m = /(?:^|\s)(?:thôn|xóm|làng|bản|ấp|tổ dân phố|khu dân cư)\s+(.+?)(?=\s*[,;(\-–]|\s+(?:năm|xã|phường|thị trấn|huyện|quận|tỉnh)(?=\s|$)|$)/iu.exec(t);
  if (!m) return null;
  const name = m[1].trim();
  if (!name || /^(năm|theo|\d)/iu.test(name)) return null;
  return titleCase(name);
}

/** The poverty class a block heading names ("I. HỘ NGHÈO", "2. Hộ cận nghèo năm 2024"), or null. */
export function povertyHeading(text: string): 'poor' | 'nearPoor' | 'average' | null {
  const f = fold(stripNumbering(text)).replace(/\s+(nam \d{4}|\(.*\))$/, '');
  if (/^(cac )?(ho )?can ngheo$/.test(f)) return 'nearPoor';
  if (/^(cac )?(ho )?ngheo$/.test(f)) return 'poor';
  if (/^(cac )?(ho )?(co )?muc song trung binh$/.test(f)) return 'average';
  return null;
}

/** Recipient-kind, level and party context of an awards block heading, or null if it is none of these. */
export function awardsHeading(text: string): SectionContext | null {
  const f = fold(stripNumbering(text));
  const ctx: SectionContext = { major: false };
  if (/\b(khen thuong|danh hieu|thi dua)\b/.test(f) || /\bcap tren\b/.test(f)) {
    ctx.major = true;
    if (/\bdang uy\b|\bchi bo\b|\bdang bo\b/.test(f)) {
      ctx.party = true;
      ctx.levelBlock = /\bhuyen\b/.test(f) ? 'huyen' : /\btinh\b/.test(f) ? 'tinh' : 'xa';
    } else if (/\bcap tren\b/.test(f)) ctx.levelBlock = 'higher';
    else if (/\b(thu tuong|chinh phu|trung uong|bo truong)\b/.test(f)) ctx.levelBlock = 'trung_uong';
    else if (/\btinh\b/.test(f)) ctx.levelBlock = 'tinh';
    else if (/\bhuyen\b/.test(f)) ctx.levelBlock = 'huyen';
    else if (/\bxa\b|\bphuong\b|\bthi tran\b/.test(f)) ctx.levelBlock = 'xa';
  }
  if (/\btap the\b/.test(f)) ctx.recipientKind = 'collective';
  else if (/\bca nhan\b/.test(f)) ctx.recipientKind = 'individual';
  else if (/\bho gia dinh\b|\bgia dinh\b/.test(f) && f.split(' ').length <= 4) ctx.recipientKind = 'household';
  if (ctx.recipientKind && !ctx.levelBlock) ctx.major = false;
  return ctx.recipientKind || ctx.levelBlock || ctx.party ? ctx : null;
}

/** 'total' for a grand total ("Tổng cộng", "Tổng số", "Toàn xã"), 'subtotal' for "Cộng …", else null. */
export function totalKind(text: string): 'total' | 'subtotal' | null {
  // Most rows are names: reject them before any cleaning.
  if (!/c[ộo]ng|t[ổo]ng|to[àa]n|C[ỘO]NG|T[ỔO]NG|TO[ÀA]N|Cộng|Tổng|Toàn|Cong|Tong|Toan/.test(text)) return null;
  const t = stripNumbering(lowerClean(text));
  if (/^(tổng cộng|tổng số|toàn xã|toàn phường|tổng|cộng toàn xã)(\s|$|:|\()/u.test(t)) return 'total';
  if (/^cộng(\s|$|:|\()/u.test(t)) return 'subtotal';
  // Without diacritics only when the clerk typed none: "Tống Công Năng" is a name, not "Tổng cộng".
  if (!isAscii(t)) return null;
  const f = fold(t);
  if (/^(tong cong|tong so|toan xa)(\s|$)/.test(f)) return 'total';
  if (/^cong(\s+(thon|xom|lang|ban|ap|to|khu|khoi|muc|phan)\b|\s*$|\s+\d)/.test(f)) return 'subtotal';
  return null;
}

/**
 * A count written in a subtotal's text: households ("Cộng (117 hộ)", "Cộng thôn Nam Thịnh: 207 hộ") or awards
 * ("Tổng cộng: 25 lượt"). JS \b knows only ASCII letters ("hộ" ends in one it does not): word ends are spelled out.
 */
export function countInText(text: string): number | null {
  const m = /(\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:hộ|lượt)(?![\p{L}\p{N}])/u.exec(nfc(text));
  return m ? Number(m[1].replace(/[.,]/g, '')) : null;
}

/** Money written in a total's text: "18.500.000 đồng", "18.500.000đ". */
export function moneyInText(text: string): number | null {
  const m = /(\d{1,3}(?:\.\d{3})+|\d{4,})\s*(?:đồng|đ)(?![\p{L}\p{N}])/u.exec(nfc(text));
  return m ? Number(m[1].replace(/\./g, '')) : null;
}

const FOOTER_WORDS = /^(nguoi lap\b.*|ghi chu\b.+|chu thich\b.+|chu giai\b.+|tm\s.*|kt\s.*|chu tich|pho chu tich|xac nhan\b.*|thu truong( don vi)?|ke toan( truong)?|can bo (lap|van hoa|thong ke)\b.*|thu ky|truong thon|nguoi ky|noi nhan)$/;
const PLACE_DATE = /(^|\s|,)ngày[\s\d.…_]*tháng[\s\d.…_]*năm\s*(\d{4}|[.…_]+)/u;

/** A footer line: place and date ("An Hòa, ngày 28 tháng 12 năm 2023", or left to fill "ngày … tháng … năm 2024"), signer titles ("NGƯỜI LẬP BIỂU", "TM. UBND XÃ"). */
export function isFooterText(text: string): boolean {
  if (text.length < 90 && PLACE_DATE.test(lowerClean(text))) return true;
  return FOOTER_WORDS.test(fold(text));
}

/** "(1)", "1", "(2)" … in sequence: the column-number row official forms put under the header. */
export function isColumnNumberRow(cells: Array<string | number>): boolean {
  if (cells.length < 3) return false;
  let prev = 0;
  for (const c of cells) {
    const m = /^\(?(\d{1,2})\)?$/.exec(String(c).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= prev) return false;
    prev = n;
  }
  return true;
}
