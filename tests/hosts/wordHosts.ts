/// <reference types="office-js" />
// The two Word hosts the "nothing lost" tests run against, each over its own copy of the clerk's document: the
// in-memory fake, and the Office.js adapter over the mock document with an office-addin-mock request context and
// settings store. Each host also plays the clerk: moving the cursor, typing next to a section, editing inside one.
import { OfficeMockObject } from 'office-addin-mock';
import { FakeWord, clerkParagraph, type FakeBlock, type FakeControl, type FakeParagraph, type FakeTable } from '../../src/hosts/word/fakeWord';
import { OfficeWord, type WordRun } from '../../src/hosts/word/officeWord';
import type { WordPort } from '../../src/hosts/word/port';
import type { SettingsStore } from '../../src/hosts/word/wordSettings';
import { clerkFakeDocument, clerkMockDocument, type Spot } from './clerkDocument';
import { MParagraph, MRun, MTable, controlsOf, documentApi, type Doc } from './mockWordModel';
import { snapshotFakeBlocks, snapshotFakeDoc, snapshotMockDoc, snapshotMockNodes, type DocSnap } from './snapshot';

export interface WordHost {
  port: WordPort;
  /** The whole document; with 'tag' the add-in's controls stand as their tag only. */
  snapshot(ours?: 'full' | 'tag'): DocSnap;
  /** The caret at the end of one of the clerk's paragraphs. */
  cursorAt(spot: Spot): void;
  /** The clerk types a paragraph of their own just before or after the first control tagged `tag`. */
  clerkTypesNextTo(tag: string, where: 'before' | 'after', text: string): void;
  /** The clerk rewrites the text of the first paragraph inside the control, keeping its formatting. */
  clerkEditsParagraph(tag: string, text: string): void;
  /** The clerk changes one table cell inside the control. */
  clerkEditsTableCell(tag: string, row: number, column: number, text: string): void;
  /** The clerk adds a line of their own at the end of the control (typing on inside it). */
  clerkTypesInside(tag: string, text: string): void;
  /** The whole snapshot of the first control tagged `tag`. */
  controlSnapshot(tag: string): unknown;
  /** The same document opened again: a new port over what the file holds (content and document settings). */
  reopen(): WordPort;
}

function fakeControl(w: FakeWord, tag: string): FakeControl {
  const cc = w.controls().find((c) => c.tag === tag);
  if (!cc) throw new Error(`no control ${tag}`);
  return cc;
}

/** The list holding a block, searched through controls. */
function fakeContainer(blocks: FakeBlock[], target: FakeBlock): FakeBlock[] | null {
  if (blocks.includes(target)) return blocks;
  for (const b of blocks) if (b.kind === 'control') {
    const found = fakeContainer(b.children, target);
    if (found) return found;
  }
  return null;
}

const retext = (p: FakeParagraph, text: string) => {
  p.runs = [{ ...(p.runs[0] ?? { bold: false, italic: false, font: null, size: null }), text }];
};

export function fakeWordHost(): WordHost {
  const { body, spots } = clerkFakeDocument();
  const w = new FakeWord(body);
  const firstParagraph = (cc: FakeControl) => {
    const p = cc.children.find((b): b is FakeParagraph => b.kind === 'paragraph');
    if (!p) throw new Error(`no paragraph in ${cc.tag}`);
    return p;
  };
  return {
    port: w,
    snapshot: (ours = 'full') => snapshotFakeDoc(w, ours),
    cursorAt: (spot) => {
      w.cursor = spots[spot];
      w.cursorAtStart = false;
    },
    clerkTypesNextTo: (tag, where, text) => {
      const cc = fakeControl(w, tag);
      const list = fakeContainer(w.body, cc);
      if (!list) throw new Error('control outside the document');
      list.splice(list.indexOf(cc) + (where === 'after' ? 1 : 0), 0, clerkParagraph(text));
    },
    clerkEditsParagraph: (tag, text) => retext(firstParagraph(fakeControl(w, tag)), text),
    clerkEditsTableCell: (tag, row, column, text) => {
      const t = fakeControl(w, tag).children.find((b): b is FakeTable => b.kind === 'table');
      if (!t) throw new Error(`no table in ${tag}`);
      retext(t.rows[row][column], text);
    },
    clerkTypesInside: (tag, text) => void fakeControl(w, tag).children.push(clerkParagraph(text)),
    controlSnapshot: (tag) => snapshotFakeBlocks([fakeControl(w, tag)])[0],
    // The fake keeps the document and its settings in memory: opening it again is the same object.
    reopen: () => w,
  };
}

/** Word.run over the mock document: an office-addin-mock request context whose sync completes the queued loads. */
function mockRun(doc: Doc): WordRun {
  return async (batch) => {
    doc.generation++;
    doc.pending = [];
    const context = new OfficeMockObject({ document: {} });
    context.document = documentApi(doc);
    const mockSync = context.sync.bind(context);
    context.sync = async () => {
      await mockSync();
      doc.flush();
    };
    return batch(context as unknown as Word.RequestContext);
  };
}

/** Document settings (Office.context.document.settings) as an office-addin-mock object. */
function mockSettings(): SettingsStore {
  const values = new Map<string, unknown>();
  const mock = new OfficeMockObject({
    get: (k: string) => structuredClone(values.get(k)),
    set: (k: string, v: unknown) => void values.set(k, structuredClone(v)),
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
  });
  return mock as unknown as SettingsStore;
}

export function mockWordHost(): WordHost & { doc: Doc } {
  const { doc, spots } = clerkMockDocument();
  const settings = mockSettings();
  const port = () => new OfficeWord(mockRun(doc), { settings, mergeCells: false });
  const control = (tag: string) => {
    const cc = controlsOf(doc.body).find((c) => c.tagValue === tag);
    if (!cc) throw new Error(`no control ${tag}`);
    return cc;
  };
  const retextMock = (p: MParagraph, text: string) => {
    const run = new MRun(text);
    Object.assign(run.font, p.runs[0]?.font ?? {});
    p.runs = [run];
  };
  return {
    doc,
    port: port(),
    snapshot: (ours = 'full') => snapshotMockDoc(doc, ours),
    cursorAt: (spot) => {
      doc.cursor = spots[spot];
    },
    clerkTypesNextTo: (tag, where, text) => doc.insertNear(control(tag), new MParagraph(doc, text), where === 'after' ? 'After' : 'Before'),
    clerkEditsParagraph: (tag, text) => {
      const p = control(tag).children.find((n): n is MParagraph => n instanceof MParagraph);
      if (!p) throw new Error(`no paragraph in ${tag}`);
      retextMock(p, text);
    },
    clerkEditsTableCell: (tag, row, column, text) => {
      const t = control(tag).children.find((n): n is MTable => n instanceof MTable);
      if (!t) throw new Error(`no table in ${tag}`);
      retextMock(t.cells[row][column].body.paragraph, text);
    },
    clerkTypesInside: (tag, text) => void control(tag).children.push(new MParagraph(doc, text)),
    controlSnapshot: (tag) => snapshotMockNodes([control(tag)])[0],
    reopen: port,
  };
}

export const WORD_HOSTS: Array<[string, () => WordHost]> = [
  ['the in-memory fake', fakeWordHost],
  ['the Office.js adapter', mockWordHost],
];
