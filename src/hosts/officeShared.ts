/// <reference types="office-js" />
// What both Office.js adapters need from the runtime: requirement-set checks, the document settings store, reading
// what was stored defensively, and a way to count round trips (context.sync) for tests and the bench.

function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/** Whether the host supports a requirement set (false outside Office, so callers fall back instead of throwing). */
export function isSetSupported(name: string, version: string): boolean {
  try {
    return officeGlobal()?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

/** The platform Office runs on ("OfficeOnline" for the web), or undefined outside Office. */
export function officePlatform(): string | undefined {
  const p = officeGlobal()?.context?.platform;
  return p === undefined ? undefined : String(p);
}

/** The part of Office.Settings the panes use; fakes and tests provide their own. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

/** The document's settings store, or undefined outside Office (nothing is remembered then). */
export function officeSettings(): SettingsStore | undefined {
  return officeGlobal()?.context?.document?.settings;
}

/** Persists the store in the document (settings live in memory until saveAsync). */
export function persistSettings(store: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'failed') reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
      else resolve();
    });
  });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored setting: an object, or its JSON from older saves; anything unreadable gives null. */
export function storedObject(raw: unknown): Record<string, unknown> | null {
  let v = raw;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  }
  return isRecord(v) ? v : null;
}

/** A batch runner of either host: `Excel.run`, `Word.run`, or a test fake. */
export type BatchRun<C extends { sync(): Promise<void> }> = <T>(batch: (context: C) => Promise<T>) => Promise<T>;

/** A run that counts every `context.sync()` its batches make. */
export interface CountedBatchRun<C extends { sync(): Promise<void> }> {
  run: BatchRun<C>;
  /** Syncs since creation or the last reset. */
  count(): number;
  reset(): void;
}

export function countBatchSyncs<C extends { sync(): Promise<void> }>(run: BatchRun<C>): CountedBatchRun<C> {
  let n = 0;
  const counted: BatchRun<C> = (batch) =>
    run((context) => {
      const original = context.sync.bind(context);
      context.sync = () => {
        n++;
        return original();
      };
      return batch(context);
    });
  return { run: counted, count: () => n, reset: () => void (n = 0) };
}
