// Runs an analysis (or a read of picked files) in a Web Worker. Where no worker can start — no Worker at all, or one
// whose script fails to load (a WebView without module workers) — an analysis of a workbook already read runs in the
// page instead, after yielding to paint once. Reading files needs the worker: the workbook readers (exceljs, SheetJS)
// are bundled into the worker's chunks only, so that the pane ships one copy of each.
import type { WorkbookInput } from '../../core/analyse';
import type { AnalyseRequest, CompareSummaryRequest, WorkerMessage, WorkerRequest, XlsxFile } from './protocol';
import type { PaneAnalysis, PreviousResult } from '../excel/paneAnalysis';
import { analyseWorkbooks, compareWithSummary } from './analysisRun';

export type Progress = (done: number, total: number, stage?: 'reading' | 'validating') => void;

/** Said when files must be read and no worker runs. */
export const NO_WORKER_MESSAGE =
  'Trình duyệt này không chạy được tác vụ nền (Web Worker) nên không đọc được tệp ở đây. Hãy dùng Excel/Word hoặc Chrome, Edge, Firefox, Safari bản mới.';

type Handle = (m: WorkerMessage) => void;

let worker: Worker | null | undefined;
/** Whether the worker has answered once: an error before that means its script could not load. */
let workerAnswered = false;
const pending = new Map<number, { req: WorkerRequest; handle: Handle }>();
let nextId = 1;

/** The page's own run, without a worker: analysis of a workbook already read; files cannot be read here. */
function runInPage(req: WorkerRequest, handle: Handle): void {
  setTimeout(() => {
    if (req.type === 'read' || (req.type !== 'compare-summary' && req.files)) handle({ id: req.id, type: 'error', message: NO_WORKER_MESSAGE });
    else if (req.type === 'compare-summary') compareWithSummary(req, handle);
    else analyseWorkbooks(req.workbook ? [req.workbook] : [], req, handle);
  }, 0);
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  let w: Worker;
  try {
    if (typeof Worker === 'undefined') return (worker = null);
    w = new Worker(new URL('./analyse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  w.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
    workerAnswered = true;
    const p = pending.get(e.data.id);
    if (!p) return;
    if (e.data.type !== 'progress') pending.delete(e.data.id);
    p.handle(e.data);
  });
  w.addEventListener('error', (e) => {
    if (workerAnswered) return;
    // The worker's script did not load: give it up, and run what was asked of it in the page.
    e.preventDefault();
    w.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) runInPage(p.req, p.handle);
  });
  return (worker = w);
}

type Answer = Exclude<WorkerMessage, { type: 'progress' } | { type: 'error' }>;

function request(req: WorkerRequest, onProgress: Progress): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const handle: Handle = (m) => {
      if (m.id !== req.id) return;
      if (m.type === 'progress') onProgress(m.done, m.total, m.stage);
      else if (m.type === 'error') reject(new Error(m.message));
      else resolve(m);
    };
    const w = getWorker();
    if (!w) {
      runInPage(req, handle);
      return;
    }
    pending.set(req.id, { req, handle });
    w.postMessage(req);
  });
}

/** Analyses a workbook, reporting progress; resolves with what the pane shows. */
export async function analyseInBackground(req: Omit<AnalyseRequest, 'id'>, onProgress: Progress): Promise<PaneAnalysis> {
  const m = await request({ ...req, id: nextId++ }, onProgress);
  if (m.type !== 'result') throw new Error(`unexpected answer ${m.type}`);
  return m.result;
}

/** Reads the clerk's files (.xlsx, .xls, .ods, .csv, HTML) into workbooks, off the page's thread. */
export async function readInBackground(files: XlsxFile[], onProgress: Progress): Promise<WorkbookInput[]> {
  const m = await request({ id: nextId++, type: 'read', files }, onProgress);
  if (m.type !== 'workbooks') throw new Error(`unexpected answer ${m.type}`);
  return m.workbooks;
}

/** Compares last year's workbooks (already read) with this year's summary only. */
export async function compareSummaryInBackground(req: Omit<CompareSummaryRequest, 'id' | 'type'>): Promise<PreviousResult> {
  const m = await request({ ...req, id: nextId++, type: 'compare-summary' }, () => undefined);
  if (m.type !== 'previous') throw new Error(`unexpected answer ${m.type}`);
  return m.result;
}
