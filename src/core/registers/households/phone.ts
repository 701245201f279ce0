// Vietnamese phone numbers: 10-digit mobiles, 11-digit landlines (02…), old 11-digit mobiles with their new form.

const OLD_PREFIX: Record<string, string> = {
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038', '0169': '039',
  '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078', '0123': '083', '0124': '084', '0125': '085',
  '0127': '081', '0129': '082', '0186': '056', '0188': '058', '0199': '059',
};

export type PhoneProblem = { key: 'phone.invalid' } | { key: 'phone.old' | 'phone.lostZero'; fixed: string };

/** The problem with a phone number (or several in one cell: "0912…, 0987…"), or null when each is valid. */
export function phoneProblem(raw: string, wasNumber: boolean): PhoneProblem | null {
  const parts = raw.split(/\s*[,;/]\s*|\s+-\s+/).filter(Boolean);
  if (parts.length > 1) return parts.map((p) => onePhoneProblem(p, false)).find((p) => p !== null) ?? null;
  return onePhoneProblem(raw, wasNumber);
}

function onePhoneProblem(raw: string, wasNumber: boolean): PhoneProblem | null {
  let s = raw.replace(/[\s.()-]/g, '');
  if (s.startsWith('+84')) s = `0${s.slice(3)}`;
  else if (/^84\d{9,10}$/.test(s)) s = `0${s.slice(2)}`;
  if (!/^\d+$/.test(s)) return { key: 'phone.invalid' };
  if (/^0[35789]\d{8}$/.test(s) || /^02\d{8,9}$/.test(s)) return null;
  if (wasNumber && /^[35789]\d{8}$/.test(s)) return { key: 'phone.lostZero', fixed: `0${s}` };
  const old = OLD_PREFIX[s.slice(0, 4)];
  if (old && s.length === 11) return { key: 'phone.old', fixed: old + s.slice(4) };
  return { key: 'phone.invalid' };
}
