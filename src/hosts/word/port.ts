// The pane's view of Word: a small interface of our own with two implementations, the Office.js adapter
// (officeWord.ts) and an in-memory document (fakeWord.ts) for tests, end-to-end runs and the page outside Office.
// No component calls Office.js directly.
import type { CommuneProfile } from '../../core/profile';
import type { ConfirmedProfile } from '../confirmedProfile';
import type { ReportSection, SectionId } from '../../core/report/model';
import type { ReportTable } from '../../core/check/types';

/** Tags of the add-in's content controls: `baocao:<section id>`, the same tags the .docx renderer writes. */
export const TAG_PREFIX = 'baocao:';

export function tagOf(id: SectionId | string): string {
  return `${TAG_PREFIX}${id}`;
}

export function isOurTag(tag: string | null | undefined): tag is string {
  return typeof tag === 'string' && tag.startsWith(TAG_PREFIX) && tag.length > TAG_PREFIX.length;
}

/** One `baocao:*` content control found in the document. */
export interface SectionControl {
  tag: string;
  /** The tag without its prefix; normally a SectionId, but a document can carry tags of a newer version. */
  sectionId: string;
  /** The control's title (the section's short title when the add-in wrote it). */
  title: string;
  /** The control's plain text as the host reports it (for display: separators differ between hosts). */
  text: string;
  /** The add-in knows what it wrote into this control (a fingerprint is kept for its tag in the document). */
  tracked: boolean;
  /** Tracked, and the text is no longer any text the add-in wrote under this tag: the clerk changed it. */
  edited: boolean;
  /** The control cannot be edited (locked by the clerk or a template): a refresh leaves it alone. */
  locked: boolean;
}

/** The open document as the report check reads it. */
export interface WordReport {
  paragraphs: string[];
  tables: ReportTable[];
  /** Per paragraph, the outline level its Word heading style gives it (0 = Heading 1), null for body text: the
   *  check reads headings by style as it does in a .docx (ParagraphLayout.outlineLevel). */
  outlineLevel: Array<number | null>;
}

/** How "Cập nhật tất cả" treats sections the clerk edited by hand: ask first, overwrite them, or leave them. */
export type UpdateMode = 'ask' | 'overwrite' | 'skip-edited';

export type UpdateResult =
  /** The document has no `baocao:*` control. */
  | { kind: 'none' }
  /** Mode 'ask' and these controls were edited by hand: nothing was written. */
  | { kind: 'edited'; edited: SectionControl[] }
  /** The tags whose controls were written. */
  | { kind: 'updated'; tags: string[] };

/** What the Word pane remembers in the document (Office document settings, saved with the file). */
export interface WordSettings {
  /** The commune profile used for the report. */
  profile?: CommuneProfile;
  /** The report year and villages the clerk confirmed in the pane without a full profile (a profile wins). */
  confirmed?: ConfirmedProfile;
  /** The sections the clerk chose last time, in report order. */
  sections?: SectionId[];
  /** Insert sections that have no data as an italic note saying why. */
  showOmitted?: boolean;
  /** A commune formed from former communes: the poverty section states each former commune's figures too. */
  byFormerCommune?: boolean;
}

/**
 * Everything the Word pane asks of its host. Each call is one user action and one Word.run; the number of
 * round trips is fixed (tests/hosts/wordAdapter.test.ts) and never grows with rows or paragraphs.
 *
 * Fingerprints: when the add-in writes a control it keeps a hash of the control's text (as Word reports it right
 * after the write, whitespace folded) in the document settings under FINGERPRINT_KEY, as a set of hashes per tag
 * (see fingerprint.ts). listSections hashes each control's current text and compares: no fingerprint for the tag
 * means untracked (e.g. a .docx made by the CLI); a hash outside the set means the clerk edited the control.
 */
export interface WordPort {
  /**
   * Inserts the section at the cursor inside a block content control tagged `baocao:<id>`, formatted explicitly
   * (Times New Roman 14 pt, justified, first-line indent…) whatever the document's styles are, with built-in style
   * identifiers only and text inserted as text (never HTML, OOXML or fields). A section without data is inserted
   * as an italic note saying why. The cursor ends up after the inserted control.
   */
  insertSection(section: ReportSection): Promise<void>;
  /** Inserts several sections one after the other at the cursor, in the same single round trip as one. */
  insertSections(sections: ReportSection[]): Promise<void>;
  /** Every content control tagged `baocao:*`, in document order, with whether its text changed since it was written. */
  listSections(): Promise<SectionControl[]>;
  /**
   * Replaces the content of every control tagged with these sections' ids (all controls with that tag, except
   * locked ones), touching nothing outside them; returns the tags updated.
   */
  refreshSections(sections: ReportSection[]): Promise<string[]>;
  /**
   * "Cập nhật tất cả" in one Word.run of one read and one write sync: lists the `baocao:*` controls and, unless some
   * were edited by hand and `mode` is 'ask' (nothing is then written: the pane asks), replaces the content of the
   * controls of these sections (locked ones left alone; with 'skip-edited', the edited sections too). A section
   * without a control is not inserted.
   */
  updateSections(sections: ReportSection[], mode: UpdateMode): Promise<UpdateResult>;
  /** The text of the body's paragraphs in order, table cells and content controls included, for the report check. */
  readParagraphs(): Promise<string[]>;
  /**
   * What the report check reads, in one read: the paragraphs (as readParagraphs), their heading levels from their
   * styles, and the document's tables as grids, merged cells honoured, each slot naming its cell's first paragraph (an index into those paragraphs, so
   * selectParagraph selects the cell).
   */
  readReport(): Promise<WordReport>;
  /**
   * Selects paragraph `index` (an index into readParagraphs) for a report-check finding. With `expected`, the
   * paragraph's text at check time, a document edited since is tolerated: the nearest paragraph with that text is
   * selected. False when no such paragraph is there any more.
   */
  selectParagraph(index: number, expected?: string): Promise<boolean>;
  /** Profile and other pane settings remembered in the document. */
  loadSettings(): Promise<WordSettings>;
  saveSettings(settings: WordSettings): Promise<void>;
}
