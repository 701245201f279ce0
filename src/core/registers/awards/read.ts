// Award data rows → typed records, with what cannot be read reported at its cell.
import { columnNumber, type Grid } from '../../grid';
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
import { inferRecipientKind, readRecipientKind } from './recipients';
import { decodeColumns, type Decoding, type FieldReads } from './codedColumns';
import type { CodeTables } from '../codeTables';
import type { AwardRecord } from './schema';

function readKind(rd: RowReader, r: number, dec: Decoding): AwardRecord['recipientKind'] {
  const t = textOf(rd, r, 'recipientKind', 'info', false);
  if (t === null) return null;
  const kind = readRecipientKind(dec.label('recipientKind', rawOf(rd, r, 'recipientKind')) ?? t);
  if (kind || dec.unexplained('recipientKind')) return kind;
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

function readForms(rd: RowReader, r: number, rec: AwardRecord, dec: Decoding): void {
  // Awards software keeps "Hình thức khen thưởng" and "Danh hiệu" side by side and fills one of them.
  const field = rawOf(rd, r, 'form') === null && has(rd, 'formOther') && rawOf(rd, r, 'formOther') !== null ? 'formOther' : 'form';
  const t = textOf(rd, r, field, 'warning', false);
  rec.formText = t;
  if (t === null) {
    if (rawOf(rd, r, 'form') === null || typeof rawOf(rd, r, 'form') === 'string') rd.issues.push(issueAt('value.required', 'error', refOf(rd, r, 'form'), 'form', 'value.required', null, { field: 'form' }));
    return;
  }
  // A code ("1") reads as its label in the code tables; the code itself is no variant spelling to correct.
  const label = dec.label('form', rawOf(rd, r, 'form'));
  if (label !== null) rec.formText = label;
  const form = readForm(label ?? t);
  if (!form) {
    if (dec.unexplained('form')) return;
    rd.issues.push(issueAt('value.enum.form', 'error', refOf(rd, r, 'form'), 'form', 'form.unknown', rawOf(rd, r, 'form'), { value: t }));
    return;
  }
  rec.form = form.form;
  rec.primeMinister = !!form.primeMinister;
  if (form.variant && label === null) rd.issues.push(issueAt('value.alias.form', 'info', refOf(rd, r, 'form'), 'form', 'form.alias', rawOf(rd, r, 'form'), { value: t, canonical: form.form }, form.form, true));
  // "Giấy khen của Chủ tịch UBND xã": the form cell also names who gave it.
  if (!rec.authorityText && form.rest && /\b(chu tich|ubnd|uy ban|thu tuong|bo|dang uy|so)\b/.test(form.rest)) rec.authorityText = form.rest;
}

/** What makes sense as each coded field's label: a form, a recipient kind, an authority of a known level or kind. */
const FIELD_READS: FieldReads = {
  form: (text) => readForm(text) !== null,
  recipientKind: (text) => readRecipientKind(text) !== null,
  authority: (text) => {
    const a = readAuthority(text);
    return a.level !== null || a.kind !== 'unknown';
  },
};

/** The authority cell's text; a code reads as its label, a code nothing explains as nothing. */
function readAuthorityText(rd: RowReader, r: number, dec: Decoding): string | null {
  const t = textOf(rd, r, 'authority');
  if (t === null) return null;
  return dec.label('authority', rawOf(rd, r, 'authority')) ?? (dec.unexplained('authority') ? null : t);
}

/**
 * Reads every data row of an awards register, with the context its section rows give. Coded forms, recipient
 * kinds and authorities ("1", "TAPTHE") read as their labels in the workbook's code tables (`findCodeTables`).
 */
/** A second form column ("Danh hiệu" beside "Hình thức khen thưởng"), which the header gave no field as the form was taken. */
function otherFormColumn(layout: RegisterLayout): number | null {
  const form = layout.columns.form;
  if (form === undefined) return null;
  const h = layout.headers.find((x) => x.field === null && /\b(danh hieu|hinh thuc)\b/.test(fold(x.text)));
  if (!h) return null;
  const c = columnNumber(h.column);
  return c === form ? null : c;
}

export function readAwards(grid: Grid, layout: RegisterLayout, issues: Issue[], codes?: CodeTables): AwardRecord[] {
  const other = otherFormColumn(layout);
  const rd = makeReader(grid, other === null ? layout.columns : { ...layout.columns, formOther: other }, issues);
  const dec = decodeColumns(rd, layout, FIELD_READS, issues, codes);
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
      recipientKind: has(rd, 'recipientKind') ? readKind(rd, r, dec) : null,
      position: has(rd, 'position') ? textOf(rd, r, 'position', 'info') : null,
      form: null,
      formText: null,
      primeMinister: false,
      authorityText: has(rd, 'authority') ? readAuthorityText(rd, r, dec) : null,
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
    if (has(rd, 'form')) readForms(rd, r, rec, dec);
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
