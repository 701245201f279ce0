// Who received an award when no column or section says whether it was a collective or a person: the name tells
// ("Trường Tiểu học An Hòa", "Chi bộ thôn An Lạc" are collectives; "Nguyễn Văn An" is a person), and so do
// forms given to one kind only.
import { fold } from '../../text/normalize';
import { RECIPIENTS, type FormName, type RecipientKind } from './forms';

const COLLECTIVE_START = /^(tap the|thon|xom|lang|ban|ap|to dan pho|to nhan dan|to san xuat|to hoa giai|khu dan cu|khu pho|truong|tram|cong an|hoi|chi hoi|doan (thanh nien|tncs|xa|thi tran|phuong|co so|tn)|chi doan|lien doi|chi bo|dang bo|dang uy|doi|nhom|khoi|lop|luc luong|hop tac xa|htx|cong ty|van phong|benh vien|trung tam|phong|uy ban|ubnd|mat tran|mttq|cau lac bo|clb|co quan|don vi|nha van hoa|bo chi huy)\b/;
const HOUSEHOLD_START = /^(ho gia dinh|ho ong|ho ba|gia dinh)\b/;

/** Common family names: a name starting with one and of 2–5 words is a person's. */
const SURNAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'dinh', 'mai',
  'dao', 'trinh', 'luong', 'ta', 'doan', 'ha', 'lam', 'cao', 'chu', 'to', 'kieu', 'la', 'nghiem', 'dam', 'quach', 'trieu', 'vuong',
  'thai', 'tang', 'luu', 'phung', 'khuat', 'au', 'giang', 'hua', 'mac', 'nong', 'lo', 'luc', 'tong', 'van', 'khong', 'dieu', 'lai',
  'thach', 'quan', 'ong', 'bach', 'cu', 'diep', 'dong', 'han', 'hong', 'kim', 'lieu', 'man', 'ninh', 'on', 'phi', 'sam', 'thieu', 'ton', 'u', 'vi', 'xa',
]);

/** The recipient kind a name or a one-kind form implies, or null when neither tells. */
export function inferRecipientKind(name: string | null, form: FormName | null, position: string | null): RecipientKind | null {
  const kinds = form ? RECIPIENTS[form] : undefined;
  if (kinds && kinds.length === 1) return kinds[0];
  if (name) {
    const f = fold(name);
    if (HOUSEHOLD_START.test(f)) return 'household';
    // Collective names first: "Đoàn Thanh niên" is a collective although Đoàn is also a family name.
    if (COLLECTIVE_START.test(f)) return 'collective';
    const words = f.split(' ');
    if (SURNAMES.has(words[0]) && words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(name.trim())) return 'individual';
  }
  return position ? 'individual' : null;
}

/** The recipient kind a kind cell names: "Tập thể", "CN", "Hộ gia đình", or the codes TAPTHE / CANHAN / HOGIADINH. */
export function readRecipientKind(text: string): RecipientKind | null {
  const f = fold(text);
  if (/^(tap the|tapthe|tt|don vi|to chuc)\b/.test(f)) return 'collective';
  if (/^(ca nhan|canhan|cn)\b/.test(f)) return 'individual';
  if (/^(ho gia dinh|hogiadinh|hgd|gia dinh|ho)\b/.test(f)) return 'household';
  return null;
}
