// Runs an analysis (or a read of picked files) in a Web Worker when the page can start one, else in the page after
// yielding to paint once.
import type { WorkbookInput } from '../../core/analyse';
import type { AnalyseRequest, WorkerMessage, WorkerRequest, XlsxFile } from './protocol';
import type { PaneAnalysis } from '../excel/paneAnalysis';
import { runRequest } from './runAnalysis';

export type Progress = (done: number, total: number, stage?: 'reading' | 'validating') => void;

let worker: Worker | null | undefined;
let nextId = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./analyse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

type Answer = Exclude<WorkerMessage, { type: 'progress' } | { type: 'error' }>;

function request(req: WorkerRequest, onProgress: Progress): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const handle = (m: WorkerMessage) => {
      if (m.id !== req.id) return;
      if (m.type === 'progress') onProgress(m.done, m.total, m.stage);
      else if (m.type === 'error') reject(new Error(m.message));
      else resolve(m);
    };
    const w = getWorker();
    if (!w) {
      setTimeout(() => void runRequest(req, handle), 0);
      return;
    }
    const listener = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.id !== req.id) return;
      handle(e.data);
      if (e.data.type !== 'progress') w.removeEventListener('message', listener);
    };
    w.addEventListener('message', listener);
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
