// Award data rows → typed records, with what cannot be read reported at its cell.
import type { Grid } from '../../grid';
import type { RegisterLayout } from '../../layout/detect';
import type { SectionContext } from '../../layout/rowText';
import { issueAt, type Issue } from '../../rules/issue';
import { fold } from '../../text/normalize';
import { readDate, type DateRead } from '../../values/dates';
import { readMoney } from '../../values/numbers';
import { splitDecision } from '../../values/decision';
import { has, makeReader, rawOf, refOf, textOf, valueOf, type RowReader } from '../cells';
import { readAuthority } from './authorities';
import { readForm, type FormName } from './forms';
import { inferRecipientKind } from './recipients';
import type { AwardRecord } from './schema';

function readKind(rd: RowReader, r: number): AwardRecord['recipientKind'] {
  const t = textOf(rd, r, 'recipientKind', 'info', false);
  if (t === null) return null;
  const f = fold(t);
  if (/^(tap the|tt|don vi|to chuc)\b/.test(f)) return 'collective';
  if (/^(ca nhan|cn)\b/.test(f)) return 'individual';
  if (/^(ho gia dinh|hgd|gia dinh|ho)\b/.test(f)) return 'household';
  rd.issues.push(issueAt('value.enum.recipientKind', 'error', refOf(rd, r, 'recipientKind'), 'recipientKind', 'recipientKind.unknown', rawOf(rd, r, 'recipientKind'), { value: t }));
  return null;
}

function takeDate(rd: RowReader, r: number, field: string, d: DateRead, rec: AwardRecord): void {
  if (d.kind === 'impossible') {
    rd.issues.push(issueAt('award.decision.date', 'error', refOf(rd, r, field), field, 'decision.impossibleDate', rawOf(rd, r, field), { value: d.text }));
    return;
  }
  rec.decisionDate = valueOf(rd, r, field, d, false, 'date.type');
}

function readForms(rd: RowReader, r: number, rec: AwardRecord): void {
  const t = textOf(rd, r, 'form', 'warning', false);
  rec.formText = t;
  if (t === null) {
    if (rawOf(rd, r, 'form') === null || typeof rawOf(rd, r, 'form') === 'string') rd.issues.push(issueAt('value.required', 'error', refOf(rd, r, 'form'), 'form', 'value.required', null, { field: 'form' }));
    return;
  }
  const form = readForm(t);
  if (!form) {
    rd.issues.push(issueAt('value.enum.form', 'error', refOf(rd, r, 'form'), 'form', 'form.unknown', rawOf(rd, r, 'form'), { value: t }));
    return;
  }
  rec.form = form.form;
  rec.primeMinister = !!form.primeMinister;
  if (form.variant) rd.issues.push(issueAt('value.alias.form', 'info', refOf(rd, r, 'form'), 'form', 'form.alias', rawOf(rd, r, 'form'), { value: t, canonical: form.form }, form.form, true));
  // "Giấy khen của Chủ tịch UBND xã": the form cell also names who gave it.
  if (!rec.authorityText && form.rest && /\b(chu tich|ubnd|uy ban|thu tuong|bo|dang uy|so)\b/.test(form.rest)) rec.authorityText = form.rest;
}

/** Reads every data row of an awards register, with the context its section rows give. */
export function readAwards(grid: Grid, layout: RegisterLayout, issues: Issue[]): AwardRecord[] {
  const rd = makeReader(grid, layout.columns, issues);
  const records: AwardRecord[] = [];
  let ctx: SectionContext = { major: true };
  for (const b of layout.body) {
    if (b.type === 'section') {
      ctx = b.context.major ? { ...b.context } : { ...ctx, ...b.context, major: ctx.major };
      continue;
    }
    if (b.type !== 'data') continue;
    const r = b.r;
    const rec: AwardRecord = {
      sheet: grid.sheet,
      row: r + grid.originRow,
      recipientName: has(rd, 'recipientName') ? textOf(rd, r, 'recipientName') : null,
      recipientKind: has(rd, 'recipientKind') ? readKind(rd, r) : null,
      position: has(rd, 'position') ? textOf(rd, r, 'position', 'info') : null,
      form: null,
      formText: null,
      primeMinister: false,
      authorityText: has(rd, 'authority') ? textOf(rd, r, 'authority') : null,
      level: null,
      authorityKind: 'unknown',
      levelBlock: ctx.levelBlock ?? null,
      party: !!ctx.party,
      decisionNo: null,
      decisionDate: null,
      decisionFrom: has(rd, 'decision') && !has(rd, 'decisionNo') ? 'combined' : 'columns',
      amount: null,
    };
    rec.recipientKind ??= ctx.recipientKind ?? null;
    if (has(rd, 'recipientName') && rec.recipientName === null && typeof (rawOf(rd, r, 'recipientName') ?? '') === 'string') {
      issues.push(issueAt('value.required', 'error', refOf(rd, r, 'recipientName'), 'recipientName', 'value.required', null, { field: 'recipientName' }));
    }
    if (has(rd, 'form')) readForms(rd, r, rec);
    rec.recipientKind ??= inferRecipientKind(rec.recipientName, rec.form as FormName | null, rec.position);
    if (rec.authorityText) {
      const a = readAuthority(rec.authorityText);
      rec.level = a.level;
      rec.authorityKind = a.kind;
      if (a.kind === 'party') rec.party = true;
    }
    if (has(rd, 'decisionNo')) rec.decisionNo = textOf(rd, r, 'decisionNo', 'info');
    if (has(rd, 'decisionDate')) takeDate(rd, r, 'decisionDate', readDate(rawOf(rd, r, 'decisionDate')), rec);
    if (has(rd, 'decision') && (!has(rd, 'decisionNo') || !has(rd, 'decisionDate'))) readCombined(rd, r, rec);
    if (has(rd, 'amount')) rec.amount = valueOf(rd, r, 'amount', readMoney(rawOf(rd, r, 'amount')), false, 'amount.type');
    if (has(rd, 'field')) textOf(rd, r, 'field', 'info');
    if (has(rd, 'note')) textOf(rd, r, 'note', 'info');
    records.push(rec);
  }
  return records;
}

/** "215/QĐ-UBND ngày 20/12/2023" in one cell: both parts are read from it. */
function readCombined(rd: RowReader, r: number, rec: AwardRecord): void {
  const raw = rawOf(rd, r, 'decision');
  if (raw instanceof Date) {
    if (!rec.decisionDate) takeDate(rd, r, 'decision', readDate(raw), rec);
    return;
  }
  const t = textOf(rd, r, 'decision', 'info');
  if (t === null) return;
  const parts = splitDecision(t);
  if (!rec.decisionNo) rec.decisionNo = parts.no;
  if (!rec.decisionDate && parts.date) takeDate(rd, r, 'decision', parts.date, rec);
}
