// The analysis the worker runs; also called directly where no Worker is available (tests, old hosts).
import { analyse } from '../../core/analyse';
import { toPaneAnalysis } from '../excel/paneAnalysis';
import type { AnalyseRequest, WorkerMessage } from './protocol';

export function runAnalysis(req: AnalyseRequest, post: (m: WorkerMessage) => void): void {
  try {
    const a = analyse([req.workbook], {
      overrides: req.overrides,
      profile: req.profile,
      today: new Date(req.today),
      onProgress: (done, total) => post({ id: req.id, type: 'progress', done, total }),
    });
    post({ id: req.id, type: 'result', result: toPaneAnalysis(a, req.lang) });
  } catch (e) {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
