// An in-memory Word document for unit tests, the end-to-end browser tests and the page opened outside Office. It
// behaves like the Office.js adapter where the pane relies on it: sections go where the adapter puts them (after
// our control or table the cursor is in, into an empty paragraph, after the cursor's paragraph otherwise), each in
// a control tagged `baocao:<id>`, formatted with the same looks (sectionLayout.ts), tables laid out as WordApi 1.3
// does (spans recorded, not merged); fingerprints are kept in its settings exactly as the adapter keeps them. The
// document's model is in fakeDocument.ts.
import type { ReportSection } from '../../core/report/model';
import { editState, recordWrites, type WrittenControl } from './fingerprint';
import { locateParagraph } from './paragraphLookup';
import { isOurTag, tagOf, TAG_PREFIX, type SectionControl, type UpdateMode, type UpdateResult, type WordPort, type WordReport, type WordSettings } from './port';
import { layoutSection, type LaidBlock } from './sectionLayout';
import { letterFromPreceding, letterSections, sectionForControl, type PrecedingParagraph } from './sectionLetters';
import { columnPoints } from './tableGrid';
import { CELL_LOOK, FONT, TEXT_WIDTH_PT } from './wordFormat';
import { allControls, blockText, clerkParagraph, flatten, outlineLevelOf, paragraphText, placeOf, reportTable, tableParagraphs, tablesIn, type FakeBlock, type FakeControl, type FakeParagraph } from './fakeDocument';

export { blocksOfReport, clerkParagraph, paragraphText } from './fakeDocument';
export type { FakeBlock, FakeControl, FakeParagraph, FakeRun, FakeTable } from './fakeDocument';
import { parseWordSettings, persist, readFingerprints, writeFingerprints, WORD_SETTINGS_KEY, type SettingsStore } from './wordSettings';

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
