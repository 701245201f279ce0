// Validation off the UI thread: the core is pure, so it runs here unchanged and reports progress.
import { runRequest } from './runAnalysis';
import type { WorkerMessage, WorkerRequest } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage: (m: WorkerMessage) => void };
scope.onmessage = (e) => void runRequest(e.data, (m) => scope.postMessage(m));
