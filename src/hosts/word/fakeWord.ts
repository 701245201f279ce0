// An in-memory Word document for unit tests, the end-to-end browser tests and the page opened outside Office. It
// behaves like the Office.js adapter where the pane relies on it: sections go where the adapter puts them (after
// our control or table the cursor is in, into an empty paragraph, after the cursor's paragraph otherwise), each in
// a control tagged `baocao:<id>`, formatted with the same looks (sectionLayout.ts), tables laid out as WordApi 1.3
// does (spans recorded, not merged); fingerprints are kept in its settings exactly as the adapter keeps them.
import type { ReportSection } from '../../core/report/model';
import { editState, recordWrites, type WrittenControl } from './fingerprint';
import { locateParagraph } from './paragraphLookup';
import { isOurTag, tagOf, TAG_PREFIX, type SectionControl, type UpdateMode, type UpdateResult, type WordPort, type WordReport, type WordSettings } from './port';
import type { ReportTable, TableSlot } from '../../core/check/types';
import { layoutSection, type LaidBlock } from './sectionLayout';
import { letterFromPreceding, letterSections, sectionForControl, type PrecedingParagraph } from './sectionLetters';
import { columnPoints, type GridRowKind, type GridSpan } from './tableGrid';
import { CELL_LOOK, FONT, TEXT_WIDTH_PT, type ParagraphLook } from './wordFormat';
import { parseWordSettings, persist, readFingerprints, writeFingerprints, WORD_SETTINGS_KEY, type SettingsStore } from './wordSettings';

export interface FakeRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Font name and size set on the run; null where the clerk's formatting applies. */
  font: string | null;
  size: number | null;
}

export interface FakeParagraph {
  kind: 'paragraph';
  runs: FakeRun[];
  /** The formatting the add-in set; null for the clerk's own paragraphs. */
  look: ParagraphLook | null;
  /** A clerk's paragraph in a heading style: its outline level (0 = Heading 1). The add-in's take theirs from `look`. */
  outlineLevel?: number | null;
}

export interface FakeTable {
  kind: 'table';
  /** One paragraph per cell, row by row. */
  rows: FakeParagraph[][];
  rowKinds: GridRowKind[];
  headerRows: number;
  /** Spans the model asked for; WordApi 1.3 leaves them as separate cells (the label in the first). */
  spans: GridSpan[];
  /** Cells merged in the document (a table the clerk made, or a .docx opened outside Office), as Word holds them:
   *  the slots a merge covers to the right are no cells (no paragraph), those it covers below are cells that
   *  continue the merge (an empty paragraph each). `rows` stays a full grid. */
  merged?: GridSpan[];
  borders: boolean;
  /** Column widths in points. */
  widths: number[];
}

export interface FakeControl {
  kind: 'control';
  id: number;
  tag: string;
  title: string;
  locked: boolean;
  children: FakeBlock[];
}

export type FakeBlock = FakeParagraph | FakeTable | FakeControl;

/** A paragraph of the clerk's, with the document's own formatting; with `outlineLevel`, in a heading style. */
export function clerkParagraph(text: string, outlineLevel: number | null = null): FakeParagraph {
  const p: FakeParagraph = { kind: 'paragraph', runs: text ? [{ text, bold: false, italic: false, font: null, size: null }] : [], look: null };
  return outlineLevel === null ? p : { ...p, outlineLevel };
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** The outline level a paragraph's heading style gives it, as Word's OOXML would show it; null for body text. */
function outlineLevelOf(p: FakeParagraph): number | null {
  const style = p.look ? HEADING_STYLE.exec(p.look.style) : null;
  return style ? Number(style[1]) - 1 : p.outlineLevel ?? null;
}

export function paragraphText(p: FakeParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** The merge holding slot (r, c) of a table, if any. */
function mergeAt(t: FakeTable, r: number, c: number): GridSpan | undefined {
  return t.merged?.find((m) => r >= m.row && r < m.row + m.rowSpan && c >= m.column && c < m.column + m.colSpan);
}

/** The cells of a table that are paragraphs of the document: all but the slots a merge covers to the right. */
function tableParagraphs(t: FakeTable): FakeParagraph[] {
  return t.rows.flatMap((row, r) => row.filter((_, c) => (mergeAt(t, r, c)?.column ?? c) === c));
}

/** The document's paragraphs in reading order: table cells row by row, controls' content in place. */
function flatten(blocks: FakeBlock[]): FakeParagraph[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? tableParagraphs(b) : flatten(b.children)));
}

function tablesIn(blocks: FakeBlock[]): FakeTable[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'control' ? tablesIn(b.children) : []));
}

/** A table as the report check reads it: each slot with its merge's top-left cell, that cell's text and paragraph. */
function reportTable(t: FakeTable, index: Map<FakeParagraph, number>): ReportTable {
  const grid = t.rows.map((row, r) =>
    row.map((_, c): TableSlot => {
      const m = mergeAt(t, r, c);
      const [or, oc] = m ? [m.row, m.column] : [r, c];
      const cell = t.rows[or][oc];
      return { text: paragraphText(cell), paragraph: index.get(cell) ?? -1, row: or, column: oc };
    }),
  );
  const own = tableParagraphs(t).map((p) => index.get(p) ?? -1);
  return { grid, start: own[0] ?? 0, end: (own[own.length - 1] ?? -1) + 1 };
}

/**
 * A document's blocks from a report read from a .docx (the page outside Office opening a report): paragraphs as
 * the clerk's, in their heading styles' levels (`outlineLevel`, by paragraph), each outermost table as a table with
 * its merged cells, its cells' text in the merges' first cells.
 */
export function blocksOfReport(paragraphs: readonly string[], tables: readonly ReportTable[], outlineLevel: ReadonlyArray<number | null> = []): FakeBlock[] {
  const outer = tables.filter((t) => !tables.some((o) => o !== t && o.start <= t.start && o.end >= t.end) && t.grid.length > 0);
  const blocks: FakeBlock[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const t = outer.find((x) => x.start === i && x.end > i);
    if (!t) {
      blocks.push(clerkParagraph(paragraphs[i], outlineLevel[i] ?? null));
      i++;
      continue;
    }
    const merged: GridSpan[] = [];
    t.grid.forEach((row, r) =>
      row.forEach((slot, c) => {
        if (slot.row !== r || slot.column !== c) return;
        let colSpan = 1;
        while (row[c + colSpan]?.row === r && row[c + colSpan]?.column === c) colSpan++;
        let rowSpan = 1;
        while (t.grid[r + rowSpan]?.[c]?.row === r && t.grid[r + rowSpan][c].column === c) rowSpan++;
        if (colSpan > 1 || rowSpan > 1) merged.push({ row: r, column: c, rowSpan, colSpan });
      }),
    );
    const width = t.grid[0].length;
    blocks.push({
      kind: 'table',
      rows: t.grid.map((row, r) => row.map((slot, c) => clerkParagraph(slot.row === r && slot.column === c ? slot.text : ''))),
      rowKinds: t.grid.map(() => 'data'),
      headerRows: 0,
      spans: [],
      merged,
      borders: true,
      widths: new Array(width).fill(Math.round((TEXT_WIDTH_PT / Math.max(width, 1)) * 10) / 10),
    });
    i = t.end;
  }
  return blocks;
}

function blockText(b: FakeBlock): string {
  if (b.kind === 'paragraph') return paragraphText(b);
  if (b.kind === 'table') return b.rows.map((r) => r.map(paragraphText).join('\t')).join('\n');
  return b.children.map(blockText).join('\n');
}

/** Controls in document order, nested ones after their parent. */
function allControls(blocks: FakeBlock[]): FakeControl[] {
  return blocks.flatMap((b) => (b.kind === 'control' ? [b, ...allControls(b.children)] : []));
}

/** Block-level positions from the body down to the block holding `target`; `inCell` when that block is a table. */
interface Place {
  chain: Array<{ container: FakeBlock[]; index: number }>;
  inCell: boolean;
}

function placeOf(blocks: FakeBlock[], target: FakeParagraph): Place | null {
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index];
    const here = { container: blocks, index };
    if (b === target) return { chain: [here], inCell: false };
    if (b.kind === 'table' && b.rows.some((r) => r.includes(target))) return { chain: [here], inCell: true };
    if (b.kind === 'control') {
      const inner = placeOf(b.children, target);
      if (inner) return { chain: [here, ...inner.chain], inCell: inner.inCell };
    }
  }
  return null;
}

/** Document settings kept in memory; `saved` is what a saved file would hold. */
export class MemorySettings implements SettingsStore {
  values: Record<string, unknown> = {};
  saved: Record<string, unknown> = {};
  get(name: string): unknown {
    return this.values[name] === undefined ? undefined : structuredClone(this.values[name]);
  }
  set(name: string, value: unknown): void {
    this.values[name] = structuredClone(value);
  }
  saveAsync(callback?: (result: { status: unknown }) => void): void {
    this.saved = structuredClone(this.values);
    callback?.({ status: 'succeeded' });
  }
}

export class FakeWord implements WordPort {
  body: FakeBlock[];
  /** The paragraph the cursor is in. */
  cursor: FakeParagraph;
  /** The caret is at the start of the cursor's paragraph (where an insert leaves it), not at its end. */
  cursorAtStart = false;
  /** Index (into readParagraphs) of the paragraph last selected for a finding. */
  selected: number | null = null;
  readonly settings = new MemorySettings();
  /** Every call made, for tests that check what the pane asked. */
  calls: string[] = [];
  private nextId = 1;

  constructor(body: FakeBlock[] | string[] = [''], private readonly onChange?: () => void) {
    this.body = [];
    this.cursor = this.load(body);
  }

  /** Puts another document in place of this one (the page outside Office opening a report .docx). */
  open(body: FakeBlock[] | string[]): void {
    this.cursor = this.load(body);
    this.changed();
  }

  private load(body: FakeBlock[] | string[]): FakeParagraph {
    this.body = body.map((b) => (typeof b === 'string' ? clerkParagraph(b) : b));
    // Word's body always ends with a paragraph outside any table or control.
    if (this.body[this.body.length - 1]?.kind !== 'paragraph') this.body.push(clerkParagraph(''));
    return flatten(this.body)[0];
  }

  private changed(): void {
    this.onChange?.();
  }

  // Inspection helpers for tests and the pane outside Office.

  paragraphs(): FakeParagraph[] {
    return flatten(this.body);
  }

  controls(): FakeControl[] {
    return allControls(this.body);
  }

  /** Text of the first control with this tag (paragraphs on lines, table cells tab-separated), or null. */
  textOf(tag: string): string | null {
    const cc = this.controls().find((c) => c.tag === tag);
    return cc ? blockText(cc) : null;
  }

  /** A clerk's edit: the control's content becomes these lines, keeping its first paragraph's formatting. */
  editControl(tag: string, newText: string): void {
    const cc = this.controls().find((c) => c.tag === tag);
    if (!cc) throw new Error(`no control tagged ${tag}`);
    const first = flatten(cc.children)[0];
    const look = first?.look ?? null;
    const font = first?.runs[0] ?? { font: null, size: null };
    const hadCursor = flatten(cc.children).includes(this.cursor);
    cc.children = newText.split('\n').map((t) => ({ kind: 'paragraph', look, runs: t ? [{ text: t, bold: false, italic: false, font: font.font, size: font.size }] : [] }));
    if (hadCursor) this.cursor = flatten(cc.children)[0];
    this.changed();
  }

  moveCursorToEnd(): void {
    const all = this.paragraphs();
    this.cursor = all[all.length - 1];
    this.cursorAtStart = false;
    this.changed();
  }

  /** Puts the cursor at the end of paragraph `index` (readParagraphs order): the next insert goes after it. */
  moveCursorAfterParagraph(index: number): void {
    const p = this.paragraphs()[index];
    if (!p) throw new Error(`no paragraph ${index}`);
    this.cursor = p;
    this.cursorAtStart = false;
    this.changed();
  }

  // The port.

  async insertSection(section: ReportSection): Promise<void> {
    await this.insertSections([section]);
  }

  async insertSections(sections: ReportSection[]): Promise<void> {
    this.calls.push(`insertSections ${sections.map((s) => s.id).join(',')}`);
    if (!sections.length) return;
    // A cursor left in content that is gone (a test removed it) falls back to the end, as Word's would.
    if (!placeOf(this.body, this.cursor)) this.moveCursorToEnd();
    const place = placeOf(this.body, this.cursor);
    if (!place) throw new Error('cursor outside the document');
    const controlEntry = [...place.chain].reverse().find((e) => e.container[e.index].kind === 'control');
    const innermost = controlEntry && controlEntry.container[controlEntry.index];
    // Our control first (never a control inside ours), then a table (never a control inside a cell).
    const ours = innermost?.kind === 'control' && isOurTag(innermost.tag) ? innermost : null;
    const after = ours ? controlEntry : place.inCell ? place.chain[place.chain.length - 1] : null;
    const empty = paragraphText(this.cursor) === '';
    const lettered = letterSections(sections, letterFromPreceding(this.preceding(ours, !after && !empty && this.cursorAtStart)));
    const controls = lettered.map((s): FakeControl => ({ kind: 'control', id: this.nextId++, tag: tagOf(s.id), title: s.title, locked: false, children: this.render(layoutSection(s)) }));
    if (after) after.container.splice(after.index + 1, 0, ...controls);
    else {
      const { container, index } = place.chain[place.chain.length - 1];
      if (container === this.body && index === container.length - 1) {
        // The last paragraph stays last, outside any control: an empty one simply follows the sections.
        if (empty || this.cursorAtStart) container.splice(index, 0, ...controls);
        else container.splice(index + 1, 0, ...controls, clerkParagraph(''));
      } else if (empty) container.splice(index, 1, ...controls);
      else if (this.cursorAtStart) container.splice(index, 0, ...controls);
      else container.splice(index + 1, 0, ...controls);
    }
    // As the adapter does: the cursor ends up just after the last inserted control.
    const all = this.paragraphs();
    const lastInside = flatten(controls[controls.length - 1].children);
    this.cursor = all[all.indexOf(lastInside[lastInside.length - 1]) + 1] ?? all[all.length - 1];
    this.cursorAtStart = true;
    await this.remember(controls.map((c) => ({ tag: c.tag, text: blockText(c) })), 'insert');
    this.changed();
  }

  /** The paragraphs before the sections to insert: up to the end of our control the cursor is in (they go after it),
   *  else up to the cursor's paragraph, without it when they go before it. */
  private preceding(ours: FakeControl | null, beforeCursor: boolean): PrecedingParagraph[] {
    const all = this.paragraphs();
    const inTable = new Set(tablesIn(this.body).flatMap(tableParagraphs));
    const inside = ours ? flatten(ours.children) : [];
    const last = ours ? all.indexOf(inside[inside.length - 1]) : all.indexOf(this.cursor) - (beforeCursor ? 1 : 0);
    return all.slice(0, last + 1).map((p) => ({ text: paragraphText(p), inTable: inTable.has(p) }));
  }

  async listSections(): Promise<SectionControl[]> {
    this.calls.push('listSections');
    return this.sectionControls();
  }

  async updateSections(sections: ReportSection[], mode: UpdateMode): Promise<UpdateResult> {
    const controls = this.sectionControls();
    const edited = controls.filter((c) => c.edited);
    const skip = new Set(mode === 'skip-edited' ? edited.map((c) => c.tag) : []);
    const chosen = controls.length && !(mode === 'ask' && edited.length) ? sections.filter((s) => !skip.has(tagOf(s.id)) && controls.some((c) => c.tag === tagOf(s.id))) : [];
    this.calls.push(`updateSections ${mode}${chosen.length ? ` ${chosen.map((s) => s.id).join(',')}` : ''}`);
    if (!controls.length) return { kind: 'none' };
    if (mode === 'ask' && edited.length) return { kind: 'edited', edited };
    return { kind: 'updated', tags: await this.writeSections(chosen) };
  }

  private sectionControls(): SectionControl[] {
    const book = readFingerprints(this.settings);
    return this.controls()
      .filter((c) => isOurTag(c.tag))
      .map((c) => {
        const text = blockText(c);
        return { tag: c.tag, sectionId: c.tag.slice(TAG_PREFIX.length), title: c.title, text, locked: c.locked, ...editState(book, c.tag, text) };
      });
  }

  async refreshSections(sections: ReportSection[]): Promise<string[]> {
    this.calls.push(`refreshSections ${sections.map((s) => s.id).join(',')}`);
    return this.writeSections(sections);
  }

  private async writeSections(sections: ReportSection[]): Promise<string[]> {
    const written: WrittenControl[] = [];
    for (const s of sections) {
      const tag = tagOf(s.id);
      for (const cc of this.controls().filter((c) => c.tag === tag && !c.locked)) {
        const hadCursor = flatten(cc.children).includes(this.cursor);
        // Each control keeps the letter its heading shows now.
        cc.children = this.render(layoutSection(sectionForControl(s, blockText(cc))));
        if (hadCursor) this.cursor = flatten(cc.children)[0];
        written.push({ tag, text: blockText(cc) });
      }
    }
    await this.remember(written, 'refresh');
    if (written.length) this.changed();
    return [...new Set(written.map((w) => w.tag))];
  }

  async readParagraphs(): Promise<string[]> {
    this.calls.push('readParagraphs');
    return this.paragraphs().map(paragraphText);
  }

  async readReport(): Promise<WordReport> {
    this.calls.push('readReport');
    const all = this.paragraphs();
    const index = new Map(all.map((p, i) => [p, i] as const));
    return { paragraphs: all.map(paragraphText), tables: tablesIn(this.body).map((t) => reportTable(t, index)), outlineLevel: all.map(outlineLevelOf) };
  }

  async selectParagraph(index: number, expected?: string): Promise<boolean> {
    this.calls.push(`selectParagraph ${index}`);
    const all = this.paragraphs();
    const at = locateParagraph(all.map(paragraphText), index, expected);
    if (at === null) return false;
    this.selected = at;
    this.cursor = all[at];
    this.changed();
    return true;
  }

  async loadSettings(): Promise<WordSettings> {
    return parseWordSettings(this.settings.get(WORD_SETTINGS_KEY));
  }

  async saveSettings(settings: WordSettings): Promise<void> {
    this.calls.push('saveSettings');
    this.settings.set(WORD_SETTINGS_KEY, settings);
    await persist(this.settings);
  }

  private async remember(written: WrittenControl[], mode: 'insert' | 'refresh'): Promise<void> {
    if (written.length) await writeFingerprints(this.settings, recordWrites(readFingerprints(this.settings), written, mode));
  }

  /** The blocks as the adapter writes them: every run with the report font and size. */
  private render(blocks: LaidBlock[]): FakeBlock[] {
    return blocks.map((b): FakeBlock => {
      if (b.kind === 'paragraph') {
        return { kind: 'paragraph', look: b.look, runs: b.runs.map((r) => ({ text: r.text, bold: !!r.bold, italic: !!r.italic, font: FONT, size: b.look.size })) };
      }
      const g = b.grid;
      return {
        kind: 'table',
        rowKinds: g.rows.map((r) => r.kind),
        headerRows: g.headerRows,
        spans: g.spans.map((s) => ({ ...s })),
        borders: true,
        widths: columnPoints(g.widths, g.columnCount, TEXT_WIDTH_PT),
        rows: g.rows.map((row) => row.cells.map((c): FakeParagraph => {
          const rowBold = row.kind !== 'data';
          const runs = c.mixed ? c.runs.map((r) => ({ text: r.text, bold: rowBold || !!r.bold, italic: !!r.italic })) : c.text ? [{ text: c.text, bold: c.bold, italic: c.italic }] : [];
          return { kind: 'paragraph', look: { ...CELL_LOOK, alignment: c.align }, runs: runs.map((r) => ({ ...r, font: FONT, size: CELL_LOOK.size })) };
        })),
      };
    });
  }
}
