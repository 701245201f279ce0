// Decision numbers ("215/QĐ-UBND", "06/2024/QĐ-UBND", "45-QĐ/ĐU") and combined cells ("215/QĐ-UBND ngày 20/12/2023").
import { cleanSpaces, nfc } from '../text/normalize';
import { parseDateText, type DateRead } from './dates';

const STATE = /^(?:số\s*[:.]?\s*)?(\d+[a-zđ]?)?\s*\/\s*(?:(\d{4})\s*\/\s*)?(qđkt|qdkt|qđ|qd|nq)\s*[-–]\s*([\p{L}\d.&]+(?:\s*[-–]\s*[\p{L}\d.&]+)*)?\s*\.?$/iu;
const PARTY = /^(?:số\s*[:.]?\s*)?(\d+[a-zđ]?)?\s*[-–]\s*(qđ|qd|nq)\s*\/\s*([\p{L}\d.&]+(?:\s*[-–]\s*[\p{L}\d.&]+)*)?\s*\.?$/iu;

export type DecisionNoRead =
  | { kind: 'ok'; text: string }
  | { kind: 'missing-number'; text: string }
  | { kind: 'missing-issuer'; text: string }
  | { kind: 'number-only'; text: string }
  | { kind: 'malformed'; text: string };

/** Checks a decision number's structure: a running number and an issuer are both required. */
export function readDecisionNo(raw: string | number): DecisionNoRead {
  const text = cleanSpaces(nfc(String(raw)));
  if (/^\d+$/.test(text)) return { kind: 'number-only', text };
  const m = STATE.exec(text) ?? PARTY.exec(text);
  if (!m) return { kind: 'malformed', text };
  const number = m[1];
  const issuer = m[m.length - 1];
  if (!number) return { kind: 'missing-number', text };
  if (!issuer) return { kind: 'missing-issuer', text };
  return { kind: 'ok', text };
}

/** Splits a combined cell "215/QĐ-UBND ngày 20/12/2023" into its number and its date. */
export function splitDecision(raw: string): { no: string | null; date: DateRead | null; dateText: string | null } {
  const text = cleanSpaces(nfc(raw));
  const m = /^(.*?)[,;]?\s*(?:ngày|ng\.|,)\s*(.+)$/iu.exec(text);
  if (m && /\d/.test(m[2])) {
    // "ngày 20/12/2024 của Chủ tịch UBND xã": who signed follows the date; it is not part of it.
    const dateText = m[2].replace(/\s+(?:của|do)\s.*$/iu, '').replace(/[.)]+$/, '').trim();
    return { no: m[1].replace(/^(?:qđ|quyết định)\s*(?:số)?\s*[:.]?\s*/iu, '').trim() || null, date: parseDateText(dateText), dateText };
  }
  const d = /^(.*?)\s+(\d{1,2}\/\d{1,2}\/\d{2,4})$/.exec(text);
  if (d) return { no: d[1].trim() || null, date: parseDateText(d[2]), dateText: d[2] };
  return { no: text.replace(/^(?:qđ|quyết định)\s*(?:số)?\s*[:.]?\s*/iu, '').trim() || null, date: null, dateText: null };
}
