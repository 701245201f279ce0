// A report section as the paragraphs and tables Word is given, each with its look: the one place that decides
// how a block becomes Word content, shared by the Office.js adapter and the in-memory document so they agree.
import type { Block, ReportSection, Run } from '../../core/report/model';
import { BODY_LOOK, CAPTION_LOOK, headingLook, literal, type ParagraphLook } from './wordFormat';
import { tableGrid, type TableGrid } from './tableGrid';

export interface LaidParagraph {
  kind: 'paragraph';
  look: ParagraphLook;
  /** Non-empty runs, text made literal, emphasis already combined with the look's. */
  runs: Run[];
}

export interface LaidTable {
  kind: 'table';
  grid: TableGrid;
}

export type LaidBlock = LaidParagraph | LaidTable;

function laid(look: ParagraphLook, runs: Run[]): LaidParagraph {
  return {
    kind: 'paragraph',
    look,
    runs: runs
      .map((r) => ({ text: literal(r.text), bold: look.bold || !!r.bold, italic: look.italic || !!r.italic }))
      .filter((r) => r.text !== ''),
  };
}

function blockContent(b: Block): LaidBlock[] {
  switch (b.type) {
    case 'heading':
      return [laid(headingLook(b.level), b.runs)];
    case 'paragraph': {
      const indent = b.indent ?? true;
      return [laid({ ...BODY_LOOK, alignment: b.align ?? 'justify', firstLineIndent: indent ? BODY_LOOK.firstLineIndent : 0 }, b.runs)];
    }
    case 'list':
      // Clerks write "-"/"+" items as ordinary indented paragraphs, not Word bullets (as the .docx renderer does).
      return b.items.map((item) => laid(BODY_LOOK, [{ text: `${b.marker} ` }, ...item]));
    case 'table':
      return [...(b.caption ? [laid(CAPTION_LOOK, b.caption)] : []), { kind: 'table', grid: tableGrid(b) }];
  }
}

/** The section's content; a section without data is an italic note saying why, so the clerk sees the reason in
 *  place and a later refresh with data fills the same control. */
export function layoutSection(section: ReportSection): LaidBlock[] {
  if (section.omitted !== undefined) return [laid({ ...BODY_LOOK, italic: true }, [{ text: `${section.title}: ${section.omitted}` }])];
  const blocks = section.blocks.flatMap(blockContent);
  // A control needs at least one paragraph; an empty section still gets one, so its tag stays in the document.
  return blocks.length ? blocks : [laid(BODY_LOOK, [])];
}

/** Plain text of a laid paragraph. */
export function laidText(p: LaidParagraph): string {
  return p.runs.map((r) => r.text).join('');
}
