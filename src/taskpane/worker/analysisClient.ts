// Runs an analysis in a Web Worker when the page can start one, else in the page after yielding to paint once.
import type { AnalyseRequest, WorkerMessage } from './protocol';
import type { PaneAnalysis } from '../excel/paneAnalysis';
import { runAnalysis } from './runAnalysis';

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

/** Analyses a workbook, reporting progress; resolves with what the pane shows. */
export function analyseInBackground(req: Omit<AnalyseRequest, 'id'>, onProgress: Progress): Promise<PaneAnalysis> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const handle = (m: WorkerMessage) => {
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.done, m.total, m.stage);
      else if (m.type === 'result') resolve(m.result);
      else reject(new Error(m.message));
    };
    const w = getWorker();
    if (!w) {
      setTimeout(() => void runAnalysis({ ...req, id }, handle), 0);
      return;
    }
    const listener = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.id !== id) return;
      handle(e.data);
      if (e.data.type !== 'progress') w.removeEventListener('message', listener);
    };
    w.addEventListener('message', listener);
    w.postMessage({ ...req, id });
  });
}
