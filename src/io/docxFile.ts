// The paragraphs of a .docx on disk (the CLI's check-report); the bytes are read by docxParagraphs.ts.
import { promises as fs } from 'fs';
import { unusable } from './errors';
import { docxParagraphsOfBytes, unusableDocx } from './docxParagraphs';

/** The paragraphs of the .docx at `path`. Throws UnusableInputError (missing, a folder, unreadable, not a .docx). */
export async function readDocxParagraphs(path: string): Promise<string[]> {
  const bytes = await fs.readFile(path).catch((e: unknown) => {
    const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
    throw code === 'ENOENT' || code === 'ENOTDIR' ? unusable('not-found', path) : unusableDocx(code === 'EISDIR' ? 'not-docx' : 'unreadable', path);
  });
  return docxParagraphsOfBytes(bytes, path);
}
