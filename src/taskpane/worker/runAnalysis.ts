// The analysis the worker runs; also called directly where no Worker is available (tests, old hosts).
import { analyse, type WorkbookInput } from '../../core/analyse';
import { toPaneAnalysis } from '../excel/paneAnalysis';
import type { AnalyseRequest, WorkerMessage, WorkerRequest, XlsxFile } from './protocol';

/** Reads picked workbook files (.xlsx, .xls, .ods, .csv, HTML saved as .xls) with the browser readers, each loaded
 *  only when a file needs it. */
async function readFiles(files: XlsxFile[], progress: (done: number) => void): Promise<WorkbookInput[]> {
  const { readWorkbookBytes } = await import('../../io/workbookBytes');
  const out: WorkbookInput[] = [];
  for (const f of files) {
    out.push(await readWorkbookBytes(f.bytes, f.name));
    progress(out.length);
  }
  return out;
}

const READ_PROBLEMS: Record<string, string> = {
  'not-xlsx': 'không phải là sổ Excel (.xlsx)',
  encrypted: 'được đặt mật khẩu: hãy bỏ mật khẩu trong Excel rồi thử lại',
  unreadable: 'bị hỏng hoặc không đọc được',
};

/** Answers one request: reads files into workbooks, or reads (when given files) and analyses. */
export async function runRequest(req: WorkerRequest, post: (m: WorkerMessage) => void): Promise<void> {
  if (req.type !== 'read') return runAnalysis(req, post);
  try {
    const workbooks = await readFiles(req.files, (done) => post({ id: req.id, type: 'progress', stage: 'reading', done, total: req.files.length }));
    post({ id: req.id, type: 'workbooks', workbooks });
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
  }
}

/** What went wrong, for the clerk: a file that cannot be read is named with the reason. */
function readFailure(e: unknown): string {
  const problem = e instanceof Error && 'problem' in e ? String((e as { problem: unknown }).problem) : '';
  const file = e instanceof Error && 'file' in e ? String((e as { file: unknown }).file) : '';
  return READ_PROBLEMS[problem] ? `Tệp "${file}" ${READ_PROBLEMS[problem]}.` : e instanceof Error ? e.message : String(e);
}

export async function runAnalysis(req: AnalyseRequest, post: (m: WorkerMessage) => void): Promise<void> {
  try {
    const workbooks = req.files ? await readFiles(req.files, (done) => post({ id: req.id, type: 'progress', stage: 'reading', done, total: req.files?.length ?? 0 })) : req.workbook ? [req.workbook] : [];
    const a = analyse(workbooks, {
      overrides: req.overrides,
      profile: req.profile,
      today: new Date(req.today),
      onProgress: (done, total) => post({ id: req.id, type: 'progress', done, total }),
    });
    post({ id: req.id, type: 'result', result: toPaneAnalysis(a, req.lang) });
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
  }
}
