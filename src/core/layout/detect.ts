// Finds the register in a sheet: header, title rows, data rows, section rows, subtotal and total rows, footer.
import type { Grid } from '../grid';
import { columnLetter, isEmpty } from '../grid';
import { detectHeader, headerFromOverride, type HeaderMatch, type RegisterKind, type HeaderColumn } from './header';
import { isColumnNumberRow, isFooterText, totalKind, type SectionContext } from './rowText';
import { classifySection, hasFigure, IDENTITY_FIELDS, mergeSpans, nonEmptyCount, numberingCell, repeatsHeader, rowTexts } from './bodyRows';
import { confirmColumns, rowGrouping } from './content';
import { templateRowTest } from './templateRows';

/** One row of the table body, in sheet order. `r` is the 0-based grid row offset. */
export type BodyRow =
  | { type: 'data'; r: number }
  | { type: 'section'; r: number; text: string; context: SectionContext }
  | { type: 'subtotal' | 'total'; r: number; text: string; c: number };

/** Which rows and columns of a sheet were taken as what: the clerk can confirm or override it. */
export interface RegisterLayout {
  sheet: string;
  kind: RegisterKind;
  /** 1-based sheet row numbers. */
  headerRows: number[];
  titleRows: number[];
  titleText: string[];
  columnNumberRow?: number;
  /** field → 1-based sheet column number. */
  columns: Record<string, number>;
  headers: Array<{ column: string; text: string; field: string | null }>;
  body: BodyRow[];
  footerRows: number[];
  /** The header, or its column-number row, repeated inside the table (as clerks do at the top of each printed page). */
  repeatedHeaderRows: number[];
  dataRowCount: number;
  /** Columns let go because their values deny their header: field, column letter, values that denied it. */
  droppedColumns?: Array<{ field: string; column: string; examples: string[] }>;
  /** Another kind the header could also be read as, nearly as well: the kind is in doubt. */
  rival?: RegisterKind;
  /** Empty rows of a template (a pre-filled STT, formulas giving "" or #N/A, a lone "x"): neither data nor body rows. */
  templateRowCount: number;
  firstDataRow?: number;
  lastDataRow?: number;
}

/** A clerk's correction of what was detected: kind, header rows (1-based) and field → column letter or number. */
export interface LayoutOverride {
  kind?: RegisterKind;
  headerRows?: number[];
  columns?: Record<string, string | number>;
}

/** The kind an override's fields belong to, when nothing was detected. */
function guessKind(o: LayoutOverride): RegisterKind {
  const fields = Object.keys(o.columns ?? {});
  if (fields.some((f) => ['recipientName', 'form', 'authority', 'decisionNo', 'decision'].includes(f))) return 'awards';
  return fields.some((f) => ['personName', 'relation', 'householdNo'].includes(f)) ? 'persons' : 'households';
}

/** The columns an override sets (index in the grid), and the fields it sets aside ("" or 0: not used). */
function overrideColumns(o: Record<string, string | number>, originColumn: number): { set: Map<string, number>; unused: Set<string> } {
  const set = new Map<string, number>();
  const unused = new Set<string>();
  for (const [f, col] of Object.entries(o)) {
    const n = typeof col === 'number' ? col : col.toUpperCase().split('').reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
    if (n > 0) set.set(f, n - originColumn);
    else unused.add(f);
  }
  return { set, unused };
}

/** Finds the register in a grid; null when the sheet holds no household or awards register. */
export function detectLayout(grid: Grid, override?: LayoutOverride): RegisterLayout | null {
  let header: HeaderMatch | null = detectHeader(grid);
  if (override && (override.columns || override.headerRows || override.kind)) {
    const kind = override.kind ?? header?.kind ?? guessKind(override);
    const given = override.headerRows?.map((r) => r - grid.originRow);
    // What the words still tell, read without the kind's minimum: the override adds what they did not.
    const lenient = header && header.kind === kind && !given ? header : detectHeader(grid, kind, true, given);
    const rows = given ?? lenient?.rows ?? [0];
    const detected = lenient ? lenient.columns : new Map<string, number>();
    const chosen = overrideColumns(override.columns ?? {}, grid.originColumn);
    const columns = new Map([...detected, ...chosen.set].filter(([f]) => !chosen.unused.has(f)));
    header = headerFromOverride(grid, kind, rows, columns);
    if (header) {
      // What the words gave beside the clerk's choices is still checked against the values, as without an override.
      const dropped = confirmColumns(grid, header, new Set(chosen.set.keys()));
      if (dropped.length) header.dropped = dropped;
    }
  }
  else if (header) header = confirmedByValues(grid, header);
  if (!header) return null;
  return buildLayout(grid, header);
}

/**
 * The header's reading checked against the values under it: a household list whose rows repeat a household code is
 * a list of persons (and the reverse), and columns whose values deny their header word are let go.
 */
function confirmedByValues(grid: Grid, header: HeaderMatch): HeaderMatch {
  let h = header;
  const grouping = h.kind === 'awards' ? null : rowGrouping(grid, h);
  if (grouping && grouping !== h.kind) {
    const other = detectHeader(grid, grouping, true, h.rows);
    if (other) {
      const name = h.columns.get('headName');
      if (grouping === 'persons' && !other.columns.has('personName') && name !== undefined) other.columns.set('personName', name);
      h = other;
    }
  }
  const dropped = confirmColumns(grid, h);
  if (dropped.length) h.dropped = dropped;
  // "Mã thôn" / "Mã địa bàn" names the village only when no column names it in words.
  const code = h.columns.get('villageCode');
  if (code !== undefined && !h.columns.has('village')) {
    h.columns.set('village', code);
    for (const x of h.headers) if (x.c === code) x.field = 'village';
  }
  h.columns.delete('villageCode');
  return h;
}

function buildLayout(grid: Grid, header: HeaderMatch): RegisterLayout {
  const { kind } = header;
  const lastHeader = header.rows[header.rows.length - 1];
  const colOf = (f: string) => header.columns.get(f);
  const nameCol = colOf(kind === 'households' ? 'headName' : kind === 'persons' ? 'personName' : 'recipientName');
  const figureCols = [...header.columns.entries()].filter(([f]) => f !== 'stt').map(([, c]) => c);
  // A row that names who it is about (an id, a gender, an award form) is a data row whatever its first words say.
  const identityCols = IDENTITY_FIELDS[kind].flatMap((f) => (header.columns.has(f) ? [header.columns.get(f) as number] : []));
  const titleRows: number[] = [];
  const titleText: string[] = [];
  for (let r = 0; r < header.rows[0]; r++) {
    const t = rowTexts(grid.values[r]);
    if (t.length) {
      titleRows.push(r + grid.originRow);
      titleText.push(t.map((x) => x.text).join(' '));
    }
  }
  const body: BodyRow[] = [];
  const footerRows: number[] = [];
  const repeatedHeaderRows: number[] = [];
  // The header's own cell texts, as written: a repeated header is a copy of them (exact look-ups keep this cheap).
  const headerWords = new Set(header.headers.flatMap((h) => h.text.split(' › ')).filter(Boolean));
  let columnNumberRow: number | undefined;
  let inFooter = false;
  let dataRowCount = 0;
  let templateRowCount = 0;
  const isTemplateRow = templateRowTest(header);
  const spans = mergeSpans(grid);
  const traces: number[] = [];
  // Traces before a heading or a total closed a block's template rows: they stay template rows.
  const dropTraces = () => {
    templateRowCount += traces.length;
    traces.length = 0;
  };
  const addData = (r: number) => {
    body.push({ type: 'data', r });
    dataRowCount++;
    if (firstData === undefined) firstData = r + grid.originRow;
    lastData = r + grid.originRow;
  };
  let firstData: number | undefined;
  let lastData: number | undefined;
  for (let r = lastHeader + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const count = nonEmptyCount(row);
    if (count === 0) continue;
    if (inFooter) {
      footerRows.push(r + grid.originRow);
      continue;
    }
    // Rows of more than four cells are never footers or headings: their first texts are enough.
    const texts = rowTexts(row, count <= 4 ? Infinity : 3);
    const cells = row.filter((v): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number');
    // The column-number row under the header, or repeated at a page top (a short run later may be a real row).
    if (cells.length === count && isColumnNumberRow(cells)) {
      if (r <= lastHeader + 2 && dataRowCount === 0 && columnNumberRow === undefined) {
        columnNumberRow = r + grid.originRow;
        continue;
      }
      if (cells.length >= 5) {
        repeatedHeaderRows.push(r + grid.originRow);
        continue;
      }
    }
    if (dataRowCount > 0 && count >= 3 && texts.length > 0 && headerWords.has(texts[0].text) && repeatsHeader(row, headerWords)) {
      repeatedHeaderRows.push(r + grid.originRow);
      continue;
    }
    const lead = texts.find((t) => t.c === nameCol) ?? texts[0];
    if (lead && count <= 4 && isFooterText(lead.text) && !hasFigure(row, figureCols)) {
      inFooter = true;
      footerRows.push(r + grid.originRow);
      continue;
    }
    const early = texts.slice(0, 3);
    const tot = early.map((t) => ({ t, k: totalKind(t.text) })).find((x) => x.k);
    if (tot && tot.k && !identityCols.some((c) => !isEmpty(row[c]))) {
      dropTraces();
      body.push({ type: tot.k, r, text: tot.t.text, c: tot.t.c });
      continue;
    }
    const numberCell = count === 2 ? numberingCell(row, texts) : null;
    if (count <= 2 && texts.length > 0 && (texts.length === count || numberCell !== null) && !hasFigure(row, figureCols.filter((c) => c !== numberCell?.c))) {
      const heading = texts[texts.length - 1].text;
      const ctx = classifySection(kind, heading, numberCell?.text ?? null, (spans.get(r) ?? 0) >= 3);
      if (ctx) {
        dropTraces();
        body.push({ type: 'section', r, text: texts.map((t) => t.text).join(' '), context: ctx });
        continue;
      }
    }
    const template = isTemplateRow(row);
    if (template === 'empty') {
      templateRowCount++;
      continue;
    }
    if (template === 'traces') {
      traces.push(r);
      continue;
    }
    // Rows with a tick or an error left between data rows are real rows that lost values: data, with their issues.
    for (const t of traces) addData(t);
    traces.length = 0;
    addData(r);
  }
  templateRowCount += traces.length;
  const columns: Record<string, number> = {};
  for (const [f, c] of header.columns) columns[f] = c + grid.originColumn;
  return {
    sheet: grid.sheet,
    kind,
    headerRows: header.rows.map((r) => r + grid.originRow),
    titleRows,
    titleText,
    columnNumberRow,
    columns,
    headers: header.headers.map((h: HeaderColumn) => ({ column: columnLetter(h.c + grid.originColumn), text: h.text, field: h.field })),
    body,
    footerRows,
    repeatedHeaderRows,
    dataRowCount,
    ...(header.rival ? { rival: header.rival.kind } : {}),
    ...(header.dropped ? { droppedColumns: header.dropped.map((d) => ({ field: d.field, column: columnLetter(d.c + grid.originColumn), examples: d.examples })) } : {}),
    templateRowCount,
    firstDataRow: firstData,
    lastDataRow: lastData,
  };
}
