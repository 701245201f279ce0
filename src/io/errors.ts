/**
 * Typed errors for input the product cannot use (missing, encrypted, damaged…). Callers show
 * `messageVi` to the clerk as-is: one polite sentence saying what is wrong and what to do, never a stack trace.
 */
import { localNumber } from '../core/text/numbers';

export type UnusableReason =
  | 'not-found'
  | 'not-xlsx'
  | 'encrypted'
  | 'truncated'
  | 'unreadable'
  | 'empty'
  | 'no-register'
  | 'not-file'
  | 'too-large';

/** Input the product cannot use: a typed error with a one-line Vietnamese message (and English). */
export class UnusableInputError extends Error {
  readonly reason: UnusableReason;
  /** The path or name the caller gave; messages use only its base name. */
  readonly file: string;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(reason: UnusableReason, file: string, messageVi: string, messageEn: string) {
    // The Vietnamese text is the primary message: it is what a clerk reads in the add-in or the CLI.
    super(messageVi);
    this.name = 'UnusableInputError';
    this.reason = reason;
    this.file = file;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

/** Last path segment; written by hand (not node:path) because the add-in bundle runs in a browser. */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  const last = parts[parts.length - 1];
  return last === '' ? file : last;
}

/** Reasons whose message names only the file ('too-large' also gives sizes: src/io/inputFile.ts). */
type Messages = Record<Exclude<UnusableReason, 'too-large'>, (name: string) => [vi: string, en: string]>;

const MESSAGES: Messages = {
  'not-found': (n) => [
    `Không tìm thấy tệp "${n}": hãy kiểm tra lại tên tệp và thư mục chứa tệp.`,
    `File "${n}" was not found: check the file name and the folder it is in.`,
  ],
  'not-xlsx': (n) => [
    `Tệp "${n}" không phải là sổ Excel (.xlsx, .xls) hay bảng tính .ods, .csv: hãy mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx).`,
    `File "${n}" is not an Excel workbook (.xlsx, .xls) or an .ods or .csv spreadsheet: open it in Excel and save it as an Excel Workbook (.xlsx).`,
  ],
  encrypted: (n) => [
    `Tệp "${n}" được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi thử lại.`,
    `File "${n}" is password-protected: open it in Excel, remove the password (File › Info › Protect Workbook) and try again.`,
  ],
  truncated: (n) => [
    `Tệp "${n}" bị hỏng hoặc chưa được sao chép đầy đủ: hãy lấy lại bản gốc của tệp (hoặc mở bằng Excel để sửa) rồi thử lại.`,
    `File "${n}" is damaged or incomplete: get the original copy again (or open it in Excel to repair it) and try again.`,
  ],
  unreadable: (n) => [
    `Không đọc được nội dung tệp "${n}": hãy mở bằng Excel, lưu lại (Tệp › Lưu thành… › Excel Workbook) rồi thử lại.`,
    `The contents of "${n}" could not be read: open it in Excel, save it again (File › Save As… › Excel Workbook) and try again.`,
  ],
  empty: (n) => [
    `Tệp "${n}" không có dữ liệu: hãy kiểm tra xem đã chọn đúng tệp sổ sách chưa.`,
    `File "${n}" contains no data: check that you chose the right register file.`,
  ],
  'not-file': (n) => [
    `"${n}" không phải là một tệp (là thư mục, thiết bị hoặc đường ống): hãy chọn đúng tệp sổ sách (.xlsx) hoặc tệp báo cáo (.docx).`,
    `"${n}" is not a file (a folder, a device or a pipe): choose the register (.xlsx) or report (.docx) file itself.`,
  ],
  'no-register': (n) => [
    `Không tìm thấy danh sách hộ gia đình hoặc danh sách khen thưởng trong tệp "${n}": hãy kiểm tra tệp có bảng với dòng tiêu đề cột (như "Họ và tên chủ hộ" hoặc "Hình thức khen thưởng").`,
    `No household or awards register was found in "${n}": check that the file has a table with a row of column headings (such as "Họ và tên chủ hộ" or "Hình thức khen thưởng").`,
  ],
};

/** Builds the typed error, with both messages naming the file's base name. */
export function unusable(reason: Exclude<UnusableReason, 'too-large'>, file: string): UnusableInputError {
  const [vi, en] = MESSAGES[reason](baseName(file));
  return new UnusableInputError(reason, file, vi, en);
}

export function isUnusableInputError(e: unknown): e is UnusableInputError {
  return e instanceof UnusableInputError;
}

/** The largest input read: a full-height register (1,048,575 rows) is about 60 MB as .xlsx, 150 MB as .csv. */
export const MAX_INPUT_BYTES = 256 * 2 ** 20;

const MB = (n: number, lang: 'vi' | 'en') => `${localNumber(Math.max(1, Math.round(n / 2 ** 20)), lang)} MB`;

/** An input larger than the product reads, with both sizes in the message. */
export function tooLarge(file: string, size: number, max = MAX_INPUT_BYTES): UnusableInputError {
  const name = baseName(file);
  return new UnusableInputError(
    'too-large',
    file,
    `Tệp "${name}" quá lớn (${MB(size, 'vi')}, tối đa ${MB(max, 'vi')}): đây không giống một sổ của xã; hãy kiểm tra đã chọn đúng tệp chưa, hoặc tách sổ thành nhiều tệp.`,
    `File "${name}" is too large (${MB(size, 'en')}, at most ${MB(max, 'en')}): it does not look like a commune register; check that you chose the right file, or split it into several files.`,
  );
}
