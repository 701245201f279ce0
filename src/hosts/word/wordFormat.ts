// The report's look in Word, as numbers Word's API takes (points), matching the .docx renderer (src/io/docx.ts):
// Times New Roman 14 pt, justified, 1,27 cm first-line indent, 6 pt before and after, tables in 12 pt. Every
// paragraph the add-in writes carries these explicitly, so the clerk's own styles (often a Normal style with other
// fonts or indents) change nothing; styles are named by Word's built-in identifiers, which do not depend on the
// language of Word ("Normal" is "Normal" in a Vietnamese Word too, where its display name is different).
import type { Align } from '../../core/report/model';

export const FONT = 'Times New Roman';
export const BLACK = '#000000';
export const BODY_PT = 14;
export const TABLE_PT = 12;
/** 1,27 cm = 0.5 in = 36 pt exactly. */
export const FIRST_LINE_PT = 36;
export const SPACING_PT = 6;
/** Word's lineSpacing is in points where 12 means one line: 1.15 lines as in the .docx (276/240). */
export const BODY_LINE_SPACING = 13.8;
export const CELL_LINE_SPACING = 12;
/** Text width of an ND 30 page (A4 less 30 mm and 20 mm margins = 160 mm): WordApi 1.3 cannot read the page setup,
 *  so tables are sized for the page the report is meant for. */
export const TEXT_WIDTH_PT = 453.5;

/** Built-in style identifiers the add-in uses (values of Word.BuiltInStyleName, called Word.Style before 1.5). */
export type BuiltInStyle = 'Normal' | 'Heading1' | 'Heading2' | 'Heading3' | 'NoSpacing' | 'TableGrid';

/** A paragraph's formatting, set explicitly on every paragraph written. */
export interface ParagraphLook {
  style: Exclude<BuiltInStyle, 'TableGrid'>;
  alignment: Align;
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  size: number;
  /** Emphasis forced on every run (headings and captions are bold whatever their runs say). */
  bold: boolean;
  italic: boolean;
}

export const BODY_LOOK: ParagraphLook = {
  style: 'Normal', alignment: 'justify', firstLineIndent: FIRST_LINE_PT, spaceBefore: SPACING_PT, spaceAfter: SPACING_PT,
  lineSpacing: BODY_LINE_SPACING, size: BODY_PT, bold: false, italic: false,
};

/** Headings take the built-in heading styles for Word's navigation pane and keep-with-next; everything visible
 *  (font, size, colour, indent, spacing) is then set directly, so the style's own look never shows. */
export function headingLook(level: 1 | 2 | 3): ParagraphLook {
  return { ...BODY_LOOK, style: level === 1 ? 'Heading1' : level === 2 ? 'Heading2' : 'Heading3', bold: true };
}

export const CAPTION_LOOK: ParagraphLook = { ...BODY_LOOK, alignment: 'center', firstLineIndent: 0, bold: true };

/** Table cells: the No Spacing style (no indent or spacing of the clerk's Normal style reaches the cells) in 12 pt. */
export const CELL_LOOK: ParagraphLook = {
  style: 'NoSpacing', alignment: 'left', firstLineIndent: 0, spaceBefore: 0, spaceAfter: 0,
  lineSpacing: CELL_LINE_SPACING, size: TABLE_PT, bold: false, italic: false,
};

/** Text as inserted: line breaks inside a value (an Excel cell typed with Alt+Enter) become spaces, so one model
 *  paragraph is one Word paragraph and the report check's paragraph indexes line up with the document's. */
export function literal(text: string): string {
  return text.replace(/[\r\n\v\f\u2028\u2029]+/g, ' ');
}
