// The analysis of workbooks already read: what the worker runs after reading files, and what the page runs itself
// when no worker can start (analysisClient.ts). It reads no files, so the page's bundle carries no workbook reader:
// exceljs and SheetJS are loaded by the worker alone (runAnalysis.ts).
import { analyse, type WorkbookInput } from '../../core/analyse';
import { toPaneAnalysis } from '../excel/paneAnalysis';
import type { AnalyseRequest, WorkerMessage } from './protocol';

const READ_PROBLEMS: Record<string, string> = {
  'not-xlsx': 'không phải là sổ Excel (.xlsx)',
  encrypted: 'được đặt mật khẩu: hãy bỏ mật khẩu trong Excel rồi thử lại',
  unreadable: 'bị hỏng hoặc không đọc được',
};

/** What went wrong, for the clerk: a file that cannot be read is named with the reason. */
export function readFailure(e: unknown): string {
  const problem = e instanceof Error && 'problem' in e ? String((e as { problem: unknown }).problem) : '';
  const file = e instanceof Error && 'file' in e ? String((e as { file: unknown }).file) : '';
  return READ_PROBLEMS[problem] ? `Tệp "${file}" ${READ_PROBLEMS[problem]}.` : e instanceof Error ? e.message : String(e);
}

/** Analyses the workbooks and posts the result (or the error) for request `req`. */
export function analyseWorkbooks(workbooks: WorkbookInput[], req: AnalyseRequest, post: (m: WorkerMessage) => void): void {
  try {
    const a = analyse(workbooks, {
      overrides: req.overrides,
      profile: req.profile,
      confirmed: req.confirmed,
      today: new Date(req.today),
      onProgress: (done, total) => post({ id: req.id, type: 'progress', done, total }),
    });
    post({ id: req.id, type: 'result', result: toPaneAnalysis(a, req.lang) });
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
  }
}
