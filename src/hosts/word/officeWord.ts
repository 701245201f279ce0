/// <reference types="office-js" />
// The Word port over Office.js (WordApi 1.3). Each method is one user action and one Word.run: queue the reads,
// sync, decide, queue every write (a whole report, tables included) and the read-back of what was written, sync.
// Sync counts are tested (tests/hosts/wordAdapter.test.ts) and do not grow with rows, paragraphs or sections.
import type { ReportSection } from '../../core/report/model';
import { editState, recordWrites, type WrittenControl } from './fingerprint';
import { queueBlocks, type RenderOptions } from './officeWordRender';
import { mergeCellsSupported, officeSettings, type WordRun } from './officeWordRuntime';
import { locateParagraph } from './paragraphLookup';
import { isOurTag, tagOf, TAG_PREFIX, type SectionControl, type UpdateMode, type UpdateResult, type WordPort, type WordReport, type WordSettings } from './port';
import { reportOfBodyOoxml } from './bodyOoxml';
import { layoutSection } from './sectionLayout';
import { controlLines, letterFromPreceding, letterSections, sectionForControl, type PrecedingParagraph } from './sectionLetters';
import { parseWordSettings, persist, readFingerprints, writeFingerprints, WORD_SETTINGS_KEY, type SettingsStore } from './wordSettings';

export { wordApiSupported, mergeCellsSupported, countWordSyncs } from './officeWordRuntime';
export type { CountedWordRun, WordRun } from './officeWordRuntime';

export interface OfficeWordOptions {
  /** Where settings and fingerprints are kept; default Office.context.document.settings. */
  settings?: SettingsStore;
  /** Merge table spans; default: when the host has Table.mergeCells. */
  mergeCells?: boolean;
}

export class OfficeWord implements WordPort {
  constructor(
    private readonly runBatch?: WordRun,
    private readonly options: OfficeWordOptions = {},
  ) {}

  /** The global Word.run is looked up only when used, so the class can be built outside Office (tests). */
  private run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    return this.runBatch ? this.runBatch(batch) : Word.run(batch);
  }

  private store(): SettingsStore | undefined {
    return this.options.settings ?? officeSettings();
  }

  private renderOptions(): RenderOptions {
    return { mergeCells: this.options.mergeCells ?? mergeCellsSupported() };
  }

  async insertSection(section: ReportSection): Promise<void> {
    await this.insertSections([section]);
  }

  /**
   * Where the sections go, decided from one read of the cursor's surroundings:
   * - inside one of our controls: after that control (never a control inside a control);
   * - inside a table: after the table (never a control inside a cell);
   * - in an empty paragraph: that paragraph becomes the first control (the clerk's blank line is "filled");
   * - otherwise after the cursor's paragraph, so the clerk's paragraph is never split.
   * The document must end with a paragraph outside any control (where the clerk goes on typing): when the cursor is
   * in the last paragraph, the controls go before a paragraph that stays last.
   */
  async insertSections(sections: ReportSection[]): Promise<void> {
    if (!sections.length) return;
    const render = this.renderOptions();
    const written = await this.run(async (context) => {
      // The paragraphs before the cursor tell the inserted headings' letter. A host that cannot give them (expandTo
      // failing) costs the letter, never the insert: the read is then made again without them.
      let read = queueInsertRead(context, true);
      try {
        await context.sync();
      } catch {
        read = queueInsertRead(context, false);
        await context.sync();
      }
      const { anchor, parentControl, parentTable, atEnd, atStart, preceding } = read;

      const inOurs = !parentControl.isNullObject && isOurTag(parentControl.tag);
      const empty = anchor.text === '';
      // The cursor's own paragraph is before the sections unless they go before it.
      const beforeAnchor = !inOurs && parentTable.isNullObject && !empty && atStart.value === 'Equal';
      const lettered = letterSections(sections, preceding && letterFromPreceding(precedingOf(preceding, beforeAnchor, inOurs ? parentControl.text : null)));

      let seed: Word.Paragraph;
      if (inOurs) seed = parentControl.insertParagraph('', 'After');
      else if (!parentTable.isNullObject) seed = parentTable.insertParagraph('', 'After');
      else if (beforeAnchor) seed = anchor.insertParagraph('', 'Before');
      else if (atEnd.value === 'Equal') seed = (empty ? anchor : anchor.insertParagraph('', 'After')).insertParagraph('', 'Before');
      else seed = empty ? anchor : anchor.insertParagraph('', 'After');
      const controls: Word.ContentControl[] = [];
      for (const section of lettered) {
        const previous = controls[controls.length - 1];
        if (previous) seed = previous.insertParagraph('', 'After');
        controls.push(this.queueControl(seed, section, render));
      }
      // Like a paste: the cursor ends up after what was inserted, so the next insert follows it.
      controls[controls.length - 1].getRange('After').select('Start');
      await context.sync();
      return controls.map((cc, i): WrittenControl => ({ tag: tagOf(sections[i].id), text: cc.text }));
    });
    await this.remember(written, 'insert');
  }

  /** Wraps the seed paragraph in a new control, renders the section after it inside, then deletes the seed: the
   *  control then holds exactly the section, whatever formatting the seed had. */
  private queueControl(seed: Word.Paragraph, section: ReportSection, render: RenderOptions): Word.ContentControl {
    const cc = seed.insertContentControl();
    cc.tag = tagOf(section.id);
    cc.title = section.title;
    cc.appearance = 'BoundingBox';
    queueBlocks(cc, layoutSection(section), render);
    seed.delete();
    cc.load('text');
    return cc;
  }

  async listSections(): Promise<SectionControl[]> {
    const book = readFingerprints(this.store());
    return this.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load('tag,title,text,cannotEdit');
      await context.sync();
      return controls.items.filter((cc) => isOurTag(cc.tag)).map((cc) => sectionControl(book, cc));
    });
  }

  async updateSections(sections: ReportSection[], mode: UpdateMode): Promise<UpdateResult> {
    const book = readFingerprints(this.store());
    const render = this.renderOptions();
    type Outcome = { kind: 'none' } | { kind: 'edited'; edited: SectionControl[] } | { kind: 'written'; written: WrittenControl[] };
    const outcome = await this.run(async (context): Promise<Outcome> => {
      // The read: every control with its text (for the fingerprints) and whether it is locked.
      const all = context.document.contentControls;
      all.load('tag,title,text,cannotEdit');
      await context.sync();
      const ours = all.items.filter((cc) => isOurTag(cc.tag));
      if (!ours.length) return { kind: 'none' };
      const edited = ours.map((cc) => sectionControl(book, cc)).filter((c) => c.edited);
      if (mode === 'ask' && edited.length) return { kind: 'edited', edited };
      const skip = new Set(mode === 'skip-edited' ? edited.map((c) => c.tag) : []);
      // The write: the same controls, loaded above, refilled; their text read back for the fingerprints.
      const updated: Array<{ cc: Word.ContentControl; tag: string }> = [];
      for (const section of sections) {
        const tag = tagOf(section.id);
        const targets = skip.has(tag) ? [] : ours.filter((cc) => cc.tag === tag && !cc.cannotEdit);
        for (const cc of targets) {
          // Each control keeps the letter its heading shows now (cc.text was read above).
          queueRefill(cc, layoutSection(sectionForControl(section, cc.text)), render);
          updated.push({ cc, tag });
        }
      }
      if (!updated.length) return { kind: 'written', written: [] };
      await context.sync();
      return { kind: 'written', written: updated.map(({ cc, tag }) => ({ tag, text: cc.text })) };
    });
    if (outcome.kind !== 'written') return outcome;
    await this.remember(outcome.written, 'refresh');
    return { kind: 'updated', tags: [...new Set(outcome.written.map((w) => w.tag))] };
  }

  async refreshSections(sections: ReportSection[]): Promise<string[]> {
    if (!sections.length) return [];
    const render = this.renderOptions();
    const result = await this.run(async (context) => {
      const found = sections.map((s) => {
        const controls = context.document.contentControls.getByTag(tagOf(s.id));
        // Plain properties of each control: locked ones are left alone; the text shows the heading's letter.
        // eslint-disable-next-line office-addins/no-navigational-load
        controls.load('cannotEdit,text');
        return controls;
      });
      await context.sync();
      const updated: Array<{ cc: Word.ContentControl; tag: string }> = [];
      sections.forEach((section, i) => {
        for (const cc of found[i].items) {
          if (cc.cannotEdit) continue;
          queueRefill(cc, layoutSection(sectionForControl(section, cc.text)), render);
          updated.push({ cc, tag: tagOf(section.id) });
        }
      });
      if (!updated.length) return [];
      await context.sync();
      return updated.map(({ cc, tag }): WrittenControl => ({ tag, text: cc.text }));
    });
    await this.remember(result, 'refresh');
    return [...new Set(result.map((w) => w.tag))];
  }

  async readParagraphs(): Promise<string[]> {
    return this.run(async (context) => {
      // From WordApi 1.3 the body's paragraphs include those in tables (and, as always, in content controls).
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('text');
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
  }

  async readReport(): Promise<WordReport> {
    return this.run(async (context) => {
      // One sync: the paragraphs' text, and the body's OOXML for the tables' merged cells (the API has no spans) and
      // the heading levels of the paragraphs' styles (from its styles part, as in a .docx).
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('text');
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      const texts = paragraphs.items.map((p) => p.text);
      // A ClientResult's value is there after the sync; it has no load().
      // eslint-disable-next-line office-addins/load-object-before-read
      return { paragraphs: texts, ...reportOfBodyOoxml(ooxml.value, texts) };
    });
  }

  async selectParagraph(index: number, expected?: string): Promise<boolean> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('text');
      await context.sync();
      const at = locateParagraph(paragraphs.items.map((p) => p.text), index, expected);
      if (at === null) return false;
      paragraphs.items[at].select('Select');
      await context.sync();
      return true;
    });
  }

  async loadSettings(): Promise<WordSettings> {
    return parseWordSettings(this.store()?.get(WORD_SETTINGS_KEY));
  }

  async saveSettings(settings: WordSettings): Promise<void> {
    const store = this.store();
    if (!store) return;
    store.set(WORD_SETTINGS_KEY, settings);
    await persist(store);
  }

  private async remember(written: WrittenControl[], mode: 'insert' | 'refresh'): Promise<void> {
    if (!written.length) return;
    const store = this.store();
    await writeFingerprints(store, recordWrites(readFingerprints(store), written, mode));
  }
}

/** The reads an insert decides from, queued for one sync; with `preceding`, the text of the paragraphs from the
 *  body's start to the cursor's paragraph (included), for the headings' letter. */
function queueInsertRead(context: Word.RequestContext, withPreceding: boolean) {
  const anchor = context.document.getSelection().paragraphs.getLast();
  anchor.load('text');
  const parentControl = context.document.getSelection().parentContentControlOrNullObject;
  parentControl.load('tag,text');
  const parentTable = context.document.getSelection().parentTableOrNullObject;
  parentTable.load('rowCount');
  const atEnd = anchor.getRange('Whole').compareLocationWith(context.document.body.paragraphs.getLast().getRange('Whole'));
  // A caret at the very start of a paragraph (where the previous insert left it) puts the section before it.
  const atStart = context.document.getSelection().getRange('Start').compareLocationWith(anchor.getRange('Start'));
  let preceding: Word.ParagraphCollection | null = null;
  if (withPreceding) {
    preceding = anchor.getRange('Whole').expandTo(context.document.body.getRange('Start')).paragraphs;
    preceding.load('text,tableNestingLevel');
  }
  return { anchor, parentControl, parentTable, atEnd, atStart, preceding };
}

/** The paragraphs before the sections: those read up to the cursor's, without it when the sections go before it;
 *  inside our control (the sections go after it) its whole text, whose cells (tab-separated) are no headings. */
function precedingOf(read: Word.ParagraphCollection, beforeAnchor: boolean, controlText: string | null): PrecedingParagraph[] {
  const out = read.items.map((p): PrecedingParagraph => ({ text: p.text, inTable: p.tableNestingLevel > 0 }));
  if (beforeAnchor) out.pop();
  if (controlText !== null) out.push(...controlLines(controlText).map((text) => ({ text, inTable: text.includes('\t') })));
  return out;
}

/** One of our controls as the pane lists it, with whether the clerk edited it since the add-in wrote it. */
function sectionControl(book: ReturnType<typeof readFingerprints>, cc: Word.ContentControl): SectionControl {
  return { tag: cc.tag, sectionId: cc.tag.slice(TAG_PREFIX.length), title: cc.title, text: cc.text, locked: cc.cannotEdit, ...editState(book, cc.tag, cc.text) };
}

/** Queues a control's new content, and its text read back for the fingerprint. clear() leaves the control with one
 *  empty paragraph: the seed, deleted once the content is in. */
function queueRefill(cc: Word.ContentControl, blocks: ReturnType<typeof layoutSection>, render: RenderOptions): void {
  cc.clear();
  const seed = cc.paragraphs.getFirst();
  queueBlocks(cc, blocks, render);
  seed.delete();
  cc.load('text');
}
