// Where the CLI writes a file: never over one of its inputs, never over an existing file unless asked (--force),
// with the right extension, and all at once (a temporary file renamed into place, so a crash never leaves half a
// file). Every refusal is one Vietnamese line (a UsageError), never raw Node text.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from './profileFile';

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** The same file on disk: one path resolves to the other, or both name one inode (a hard link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([statOrNull(a), statOrNull(b)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return path.resolve(a) === path.resolve(b);
}

/** Refuses an output path the CLI must not write; resolves when writing there is safe. */
export async function checkOutputPath(output: string, inputs: readonly string[], options: { force: boolean; extension: string }): Promise<void> {
  const name = path.basename(output);
  if (!output.trim() || !name) throw new UsageError('Thiếu tên tệp kết quả sau -o, ví dụ: -o baocao.docx.');
  const target = await statOrNull(output);
  if (target?.isDirectory()) throw new UsageError(`"${output}" là một thư mục: hãy ghi cả tên tệp, ví dụ -o "${path.join(output, `baocao${options.extension}`)}".`);
  // An input first: the clerk's register is the one thing that must never be written over.
  for (const input of inputs) {
    if (await sameFile(input, output)) throw new UsageError(`Tệp kết quả "${name}" chính là tệp đầu vào "${path.basename(input)}": hãy chọn tên khác để không ghi đè lên sổ.`);
  }
  if (path.extname(name).toLowerCase() !== options.extension) throw new UsageError(`Tệp kết quả phải có đuôi ${options.extension}: "${name}" → "${path.basename(name, path.extname(name))}${options.extension}".`);
  const dir = path.dirname(path.resolve(output));
  const parent = await statOrNull(dir);
  if (!parent?.isDirectory()) throw new UsageError(`Không có thư mục "${path.dirname(output)}" để ghi "${name}": hãy tạo thư mục trước hoặc chọn chỗ khác.`);
  if (target && !options.force) throw new UsageError(`Tệp "${name}" đã có: thêm --force để ghi đè, hoặc chọn tên khác.`);
  if (target && !target.isFile()) throw new UsageError(`"${name}" không phải là một tệp thường: hãy chọn tên khác.`);
}

/** Writes `bytes` to a temporary file beside `output`, then renames it into place. */
export async function writeFileAtomically(output: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(output));
  const temp = path.join(dir, `.${path.basename(output)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, output);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'không có quyền ghi vào thư mục này' : code === 'ENOSPC' ? 'ổ đĩa đã đầy' : code === 'EROFS' ? 'ổ đĩa chỉ cho đọc' : 'lỗi khi ghi';
    throw new UsageError(`Không ghi được "${path.basename(output)}": ${why}. Tệp cũ (nếu có) vẫn còn nguyên.`);
  }
}
