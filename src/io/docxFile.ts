// The paragraphs of a .docx on disk (the CLI's check-report); the bytes are read by docxParagraphs.ts.
import { readInputFile } from './inputFile';
import { docxParagraphsOfBytes, docxReportOfBytes, unusableDocx, type DocxReport } from './docxParagraphs';

/** The paragraphs of the .docx at `path`. Throws UnusableInputError (missing, not a regular file, too large, unreadable, not a .docx). */
export async function readDocxParagraphs(path: string): Promise<string[]> {
  const bytes = await readInputFile(path, () => unusableDocx('unreadable', path));
  return docxParagraphsOfBytes(bytes, path);
}

/** The paragraphs of the .docx at `path` with their tables and heading levels. Throws as readDocxParagraphs. */
export async function readDocxReport(path: string): Promise<DocxReport> {
  const bytes = await readInputFile(path, () => unusableDocx('unreadable', path));
  return docxReportOfBytes(bytes, path);
}
