// The village inside an address ("Thôn 5, Xã Yên Lâm" → "Thôn 5"), and what does not look like a village at all.
import { cleanSpaces, fold, nfc } from './text/normalize';
import { memoByText } from './text/memo';

/** Parts of an address that name a commune or a larger unit, never the village. */
const ADMIN_PART = /^(xa|phuong|thi tran|tt|huyen|quan|thi xa|tx|tinh|thanh pho|tp|tp\.)\b|^(viet nam|vn)$/;
/** An area code ("THON05", "XOM_3"): the village word and its number. */
const AREA_CODE = /^(thon|xom|to|ap|ban|khu|tdp)[\s_.-]*0*(\d{1,3})$/i;
const AREA_WORD: Record<string, string> = { thon: 'Thôn', xom: 'Xóm', to: 'Tổ', ap: 'Ấp', ban: 'Bản', khu: 'Khu', tdp: 'Tổ dân phố' };

/** The parts of an address, in order: "Xóm 3 - Gia Trung" → ["Xóm 3", "Gia Trung"]. */
export function addressParts(text: string): string[] {
  return cleanSpaces(nfc(text))
    .split(/\s*[,;]\s*|\s+[-–]\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The parts that may name a village: commune, district and province parts dropped. */
export function villageCandidates(text: string): string[] {
  const parts = addressParts(text);
  const kept = parts.filter((p) => !ADMIN_PART.test(fold(p)));
  return kept.length ? kept : parts.slice(0, 1);
}

/**
 * The village an address names, as written: the first part that is not a commune, district or province
 * ("An Lạc, xã An Hòa" → "An Lạc"); an area code becomes its village ("THON05" → "Thôn 5"). A text without
 * separators is returned as it is.
 */
export const villageOfAddress = memoByText((text: string): string => {
  const code = AREA_CODE.exec(text.trim());
  if (code) return `${AREA_WORD[code[1].toLowerCase()] ?? code[1]} ${Number(code[2])}`;
  if (!/[,;]|\s[-–]\s/u.test(text)) return text;
  const parts = villageCandidates(text);
  // A house number first: "Số 3, Thôn 5" names the village next; "Số 3, đường Lê Lợi" is a street, no village.
  if (parts.length > 1 && /^(so\s*)?\d+[a-z]?(\/\d+)*$/.test(fold(parts[0]))) return /^(thon|xom|to|ap|ban|khu|lang)\b/.test(fold(parts[1])) ? parts[1] : text;
  // "Đội 5, Thôn 2", "Tổ 3, Thôn Đông": a team or group inside the village comes first; the village is named after.
  if (parts.length > 1 && SUB_UNIT.test(fold(parts[0]))) return parts.slice(1).find((p) => VILLAGE_WORD.test(fold(p))) ?? parts[0];
  return parts[0] ?? text;
});

const SUB_UNIT = /^(doi|to|cum|nhom|xom)\s+\S/;
const VILLAGE_WORD = /^(thon|lang|ban|ap|khu dan cu|to dan pho|xom)\s+\S/;

const PLACES = new Set(
  [
    'ha noi', 'ha giang', 'cao bang', 'bac kan', 'tuyen quang', 'lao cai', 'dien bien', 'lai chau', 'son la', 'yen bai', 'hoa binh',
    'thai nguyen', 'lang son', 'quang ninh', 'bac giang', 'phu tho', 'vinh phuc', 'bac ninh', 'hai duong', 'hai phong', 'hung yen',
    'thai binh', 'ha nam', 'nam dinh', 'ninh binh', 'thanh hoa', 'nghe an', 'ha tinh', 'quang binh', 'quang tri', 'thua thien hue', 'hue',
    'da nang', 'quang nam', 'quang ngai', 'binh dinh', 'phu yen', 'khanh hoa', 'ninh thuan', 'binh thuan', 'kon tum', 'gia lai',
    'dak lak', 'dak nong', 'lam dong', 'binh phuoc', 'tay ninh', 'binh duong', 'dong nai', 'ba ria vung tau', 'vung tau',
    'ho chi minh', 'tp ho chi minh', 'tp hcm', 'hcm', 'sai gon', 'long an', 'tien giang', 'ben tre', 'tra vinh', 'vinh long', 'dong thap',
    'an giang', 'kien giang', 'can tho', 'hau giang', 'soc trang', 'bac lieu', 'ca mau',
    'han quoc', 'nhat ban', 'dai loan', 'trung quoc', 'lao', 'campuchia', 'thai lan', 'malaysia', 'singapore', 'nga', 'duc', 'phap',
    'anh', 'my', 'hoa ky', 'uc', 'canada', 'ba lan', 'sec', 'rumani', 'angola', 'a rap xe ut', 'uae', 'dubai', 'nuoc ngoai',
  ],
);

/** A value that names a province, a city or a country, or a street address: not a village of a commune. */
export const looksLikePlaceOrStreet = memoByText((text: string): boolean => {
  const f = fold(text).replace(/^(tinh|thanh pho|tp|nuoc|quoc gia)\s+/, '');
  if (PLACES.has(f)) return true;
  return /^(so\s*)?\d+[a-z]?(\/\d+)*[\s,]+\S|^(duong|ngo|ngach|hem|kiet)\s+\S/.test(f);
});
