// Reading a clerk's input file from disk, bounded: it must be a regular file (not a folder, a FIFO that never ends or
// a device such as /dev/zero that never stops) and not larger than the product can read, checked before any byte is
// read. Node only: the pane gets its bytes from the browser's File objects (bounded by the same limit in src/taskpane/fileTypes.ts).
import { promises as fs } from 'fs';
import { MAX_INPUT_BYTES, UnusableInputError, tooLarge, unusable } from './errors';

export { MAX_INPUT_BYTES };

const notRegular = (path: string) => unusable('not-file', path);

/**
 * The bytes of the file at `path`, or an UnusableInputError: not found, not a regular file, too large, unreadable.
 * `readError` turns other read failures into the caller's own typed error (workbook or document wording).
 */
export async function readInputFile(path: string, readError: (code: unknown) => UnusableInputError, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  const codeOf = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined);
  const missing = (e: unknown) => ['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP'].includes(String(codeOf(e)));
  // lstat would refuse a symbolic link to a register; stat follows it to what it names, which is what is read.
  const stat = await fs.stat(path).catch((e: unknown) => {
    throw missing(e) ? unusable('not-found', path) : readError(codeOf(e));
  });
  // Checked again on the opened handle, so a path swapped between the two calls is caught too.
  if (!stat.isFile()) throw notRegular(path);
  if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
  const handle = await fs.open(path, 'r').catch((e: unknown) => {
    throw missing(e) ? unusable('not-found', path) : readError(codeOf(e));
  });
  try {
    const again = await handle.stat();
    if (!again.isFile()) throw notRegular(path);
    if (again.size > maxBytes) throw tooLarge(path, again.size, maxBytes);
    // Read at most maxBytes + 1: a file that grows while it is read is still bounded.
    const buffer = Buffer.alloc(Math.min(again.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > maxBytes) throw tooLarge(path, filled, maxBytes);
    return buffer.subarray(0, filled);
  } catch (e) {
    throw e instanceof UnusableInputError ? e : readError(codeOf(e));
  } finally {
    await handle.close();
  }
}
