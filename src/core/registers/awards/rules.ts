// Rules over one award record: authority, recipient, decision and money (DOMAIN.md §3, §4).
import { issueAt, type CellRef, type Issue } from '../../rules/issue';
import type { CellValue } from '../../grid';
import { readDecisionNo } from '../../values/decision';
import { isoDate } from '../../values/dates';
import type { AwardRecord } from './schema';
import { RECIPIENTS, FORMS, type FormName } from './forms';
import type { AuthorityKind } from './authorities';
import { MAX_AWARD_AMOUNT, permittedForms, tableAmount, type MoneyKey, type Period } from './law';

export interface AwardCells {
  ref(rec: AwardRecord, field: string): CellRef;
  raw(rec: AwardRecord, field: string): CellValue;
  has(field: string): boolean;
}

export interface AwardRuleContext {
  year: number;
  cells: AwardCells;
  baseSalary?: Array<Period<number>>;
}

const STATE_KINDS = new Set<AuthorityKind>(['chair_xa', 'chair_huyen', 'chair_tinh', 'department_head', 'unit_head', 'minister', 'prime_minister']);

function authorityRule(rec: AwardRecord, ctx: AwardRuleContext, out: Issue[]): boolean {
  if (!rec.form || !rec.decisionDate || !STATE_KINDS.has(rec.authorityKind as AuthorityKind)) return false;
  const allowed = permittedForms(rec.authorityKind as AuthorityKind, rec.decisionDate);
  if (!allowed || allowed.includes(rec.form as FormName)) return false;
  const field = ctx.cells.has('form') ? 'form' : 'authority';
  out.push(issueAt('award.authority', 'error', ctx.cells.ref(rec, field), field, 'award.authorityForm', ctx.cells.raw(rec, field), { form: rec.form, authority: rec.authorityText ?? '' }));
  return true;
}

function recipientRule(rec: AwardRecord, ctx: AwardRuleContext, out: Issue[]): void {
  if (!rec.form || !rec.recipientKind) return;
  const allowed = RECIPIENTS[rec.form as FormName];
  if (!allowed || allowed.includes(rec.recipientKind)) return;
  const field = ctx.cells.has('form') ? 'form' : 'recipientKind';
  out.push(issueAt('award.recipient', 'error', ctx.cells.ref(rec, field), field, `award.recipient.${rec.recipientKind}`, ctx.cells.raw(rec, field), { form: rec.form }));
}

function decisionRule(rec: AwardRecord, ctx: AwardRuleContext, out: Issue[]): void {
  const noField = ctx.cells.has('decisionNo') ? 'decisionNo' : 'decision';
  if (rec.decisionNo) {
    const d = readDecisionNo(rec.decisionNo);
    if (d.kind === 'missing-number' || d.kind === 'missing-issuer' || d.kind === 'malformed') {
      out.push(issueAt('award.decision.number', 'error', ctx.cells.ref(rec, noField), noField, `decision.${d.kind}`, ctx.cells.raw(rec, noField), { value: d.text }));
    }
  }
  if (rec.decisionDate && rec.decisionDate.y !== ctx.year) {
    const field = ctx.cells.has('decisionDate') ? 'decisionDate' : 'decision';
    out.push(issueAt('award.decision.year', 'error', ctx.cells.ref(rec, field), field, 'decision.outsideYear', ctx.cells.raw(rec, field), { date: isoDate(rec.decisionDate), year: ctx.year }));
  }
}

function moneyKey(rec: AwardRecord): MoneyKey | null {
  if (!rec.form) return null;
  if (rec.form === FORMS.GK) return rec.authorityKind === 'chair_xa' ? 'Giấy khen (Chủ tịch UBND xã)' : 'Giấy khen';
  if (rec.form === FORMS.BK) return rec.primeMinister || rec.authorityKind === 'prime_minister' ? 'Bằng khen Thủ tướng' : 'Bằng khen';
  if (rec.form === FORMS.CTD) return rec.authorityKind === 'chair_tinh' ? 'Cờ thi đua UBND tỉnh' : null;
  return rec.form as MoneyKey;
}

function amountRule(rec: AwardRecord, ctx: AwardRuleContext, out: Issue[]): void {
  if (rec.amount === null || !ctx.cells.has('amount')) return;
  const at = ctx.cells.ref(rec, 'amount');
  const raw = ctx.cells.raw(rec, 'amount');
  if (rec.amount < 0) {
    out.push(issueAt('value.range', 'error', at, 'amount', 'amount.negative', raw, { value: rec.amount }));
    return;
  }
  if (rec.amount > MAX_AWARD_AMOUNT) {
    out.push(issueAt('value.range', 'error', at, 'amount', 'amount.absurd', raw, { value: rec.amount, max: MAX_AWARD_AMOUNT }));
    return;
  }
  // Only state forms with a known multiple are compared; Party and mass-organisation awards follow their own rules.
  if (rec.amount === 0 || !rec.decisionDate || !STATE_KINDS.has(rec.authorityKind as AuthorityKind) || rec.party) return;
  const key = moneyKey(rec);
  if (!key) return;
  const expected = tableAmount(key, rec.recipientKind === 'collective', rec.decisionDate, ctx.baseSalary);
  if (expected === undefined || expected === rec.amount) return;
  // Communes, units and enterprises often pay their own amounts from their own funds: a note, not a warning.
  const severity = rec.authorityKind === 'chair_xa' || rec.authorityKind === 'unit_head' ? 'info' : 'warning';
  out.push(issueAt('award.amount', severity, at, 'amount', 'amount.table', raw, { value: rec.amount, expected }, expected));
}

/** Every single-record rule of the awards register. */
export function awardRules(rec: AwardRecord, ctx: AwardRuleContext, out: Issue[]): void {
  const authorityFlagged = authorityRule(rec, ctx, out);
  recipientRule(rec, ctx, out);
  decisionRule(rec, ctx, out);
  if (!authorityFlagged) amountRule(rec, ctx, out);
  if (ctx.cells.has('authority') && rec.authorityText && rec.level === null && !rec.party) {
    // An authority the tables do not know (a company, a national association) is no error in the data: a note.
    out.push(issueAt('value.enum.authority', 'info', ctx.cells.ref(rec, 'authority'), 'authority', 'authority.unknown', ctx.cells.raw(rec, 'authority'), { value: rec.authorityText }));
  }
}
