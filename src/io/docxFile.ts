// The paragraphs of a .docx on disk (the CLI's check-report); the bytes are read by docxParagraphs.ts.
import { readInputFile } from './inputFile';
import { docxParagraphsOfBytes, unusableDocx } from './docxParagraphs';

/** The paragraphs of the .docx at `path`. Throws UnusableInputError (missing, not a regular file, too large, unreadable, not a .docx). */
export async function readDocxParagraphs(path: string): Promise<string[]> {
  const bytes = await readInputFile(path, () => unusableDocx('unreadable', path));
  return docxParagraphsOfBytes(bytes, path);
}
