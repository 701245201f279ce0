// CCCD / số định danh cá nhân: 12 digits PPP G YY NNNNNN (DOMAIN.md §2).

export const PROVINCE_CODES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025', '026',
  '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048', '049', '051',
  '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075', '077', '079', '080',
  '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

export type CccdProblem =
  | { key: 'cccd.letter' }
  | { key: 'cccd.length'; digits: number }
  | { key: 'cccd.oldCmnd' }
  | { key: 'cccd.lostZero'; fixed: string }
  | { key: 'cccd.province'; code: string }
  | { key: 'cccd.gender'; digit: string }
  | { key: 'cccd.century'; digit: string }
  | { key: 'cccd.year'; digits: string };

/**
 * The first structural problem of a CCCD, checked against the head's gender and birth year when known; null when
 * it is sound. A number cell that lost its leading zero is reported with the 12-digit text as the repair.
 */
export function cccdProblem(raw: string, wasNumber: boolean, gender: 'male' | 'female' | null, birthYear: number | null): CccdProblem | null {
  const s = raw.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(s)) return { key: 'cccd.letter' };
  if (wasNumber && s.length === 11) return { key: 'cccd.lostZero', fixed: `0${s}` };
  if (s.length === 9) return { key: 'cccd.oldCmnd' };
  if (s.length !== 12) return { key: 'cccd.length', digits: s.length };
  const province = s.slice(0, 3);
  if (!PROVINCE_CODES.has(province)) return { key: 'cccd.province', code: province };
  const g = Number(s[3]);
  if (g > 5) return { key: 'cccd.century', digit: s[3] };
  const century = 1900 + Math.floor(g / 2) * 100;
  const female = g % 2 === 1;
  if (gender && (gender === 'female') !== female) return { key: 'cccd.gender', digit: s[3] };
  if (birthYear !== null && birthYear >= 1000 && birthYear <= 9999) {
    if (Math.floor(birthYear / 100) * 100 !== century) return { key: 'cccd.century', digit: s[3] };
    if (String(birthYear % 100).padStart(2, '0') !== s.slice(4, 6)) return { key: 'cccd.year', digits: s.slice(4, 6) };
  }
  return null;
}
