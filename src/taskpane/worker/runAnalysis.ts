// What the worker runs (analyse.worker.ts): reads picked files with the browser readers, each loaded only when a
// file needs it, then analyses. Only the worker imports this module, so exceljs and SheetJS are bundled once, in the
// worker's chunks; the page runs analysisRun.ts itself when no worker can start. Tests call it directly.
import type { WorkbookInput } from '../../core/analyse';
import { analyseWorkbooks, compareWithSummary, readFailure } from './analysisRun';
import type { AnalyseRequest, WorkerMessage, WorkerRequest, XlsxFile } from './protocol';

/** Reads picked workbook files (.xlsx, .xls, .ods, .csv, HTML saved as .xls) with the browser readers. */
async function readFiles(files: XlsxFile[], progress: (done: number) => void): Promise<WorkbookInput[]> {
  const { readWorkbookBytes } = await import('../../io/workbookBytes');
  const out: WorkbookInput[] = [];
  for (const f of files) {
    out.push(await readWorkbookBytes(f.bytes, f.name));
    progress(out.length);
  }
  return out;
}

/** Answers one request: reads files into workbooks, or reads (when given files) and analyses. */
export async function runRequest(req: WorkerRequest, post: (m: WorkerMessage) => void): Promise<void> {
  if (req.type === 'compare-summary') return compareWithSummary(req, post);
  if (req.type !== 'read') return runAnalysis(req, post);
  try {
    const workbooks = await readFiles(req.files, (done) => post({ id: req.id, type: 'progress', stage: 'reading', done, total: req.files.length }));
    post({ id: req.id, type: 'workbooks', workbooks });
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
  }
}

export async function runAnalysis(req: AnalyseRequest, post: (m: WorkerMessage) => void): Promise<void> {
  let workbooks: WorkbookInput[];
  try {
    workbooks = req.files ? await readFiles(req.files, (done) => post({ id: req.id, type: 'progress', stage: 'reading', done, total: req.files?.length ?? 0 })) : req.workbook ? [req.workbook] : [];
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
    return;
  }
  analyseWorkbooks(workbooks, req, post);
}
