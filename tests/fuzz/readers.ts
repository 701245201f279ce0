// Reads workbook bytes the two ways the product does — the CLI's reader (Node) and the pane's (the worker's "read"
// request, browser readers) — and holds each outcome to the rule: workbooks, or one typed error worded for the clerk.
import type { WorkbookInput } from '../../src/core/analyse';
import { readWorkbookBuffer } from '../../src/io/xlsx';
import { runRequest } from '../../src/taskpane/worker/runAnalysis';
import type { WorkerMessage } from '../../src/taskpane/worker/protocol';
import { expectClerkMessage, expectUnusable } from './outcome';

export interface ReadOutcomes {
  /** The CLI's reading: the workbook, or null when it refused the file (with a typed error). */
  cli: WorkbookInput | null;
  /** The pane's reading: the workbook, or null when it refused the file (with a worded message). */
  pane: WorkbookInput | null;
}

/** The CLI's reader: a workbook, or null after checking the error is typed and worded. */
export async function readForCli(bytes: Uint8Array, file: string): Promise<WorkbookInput | null> {
  try {
    return await readWorkbookBuffer(bytes, file);
  } catch (e) {
    expectUnusable(e, `CLI reader on ${file}`);
    return null;
  }
}

/** The pane's worker: a workbook, or null after checking its message is one Vietnamese line. */
export async function readForPane(bytes: Uint8Array, file: string): Promise<WorkbookInput | null> {
  const messages: WorkerMessage[] = [];
  const copy = bytes.slice().buffer;
  await runRequest({ id: 1, type: 'read', files: [{ name: file, bytes: copy }] }, (m) => messages.push(m));
  const last = messages[messages.length - 1];
  if (last?.type === 'workbooks') return last.workbooks[0] ?? null;
  if (last?.type !== 'error') throw new Error(`pane reader on ${file}: no answer (${JSON.stringify(messages.map((m) => m.type))})`);
  expectClerkMessage(last.message, `pane reader on ${file}`);
  return null;
}

export async function readEverywhere(bytes: Uint8Array, file: string): Promise<ReadOutcomes> {
  return { cli: await readForCli(bytes, file), pane: await readForPane(bytes, file) };
}
