// Validation off the UI thread: the core is pure, so it runs here unchanged and reports progress.
import { runAnalysis } from './runAnalysis';
import type { AnalyseRequest, WorkerMessage } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<AnalyseRequest>) => void) | null; postMessage: (m: WorkerMessage) => void };
scope.onmessage = (e) => void runAnalysis(e.data, (m) => scope.postMessage(m));
