// Send to Word: the Excel pane leaves the report input in the add-in's own storage (localStorage of its origin),
// where the Word pane of the same add-in on the same computer picks it up. Nothing leaves the computer.
import type { ReportInput } from '../core/report/input';

export const HANDOVER_KEY = 'baocao:handover';

export interface Handover {
  /** ISO time it was sent. */
  at: string;
  /** The workbook it came from. */
  workbook: string;
  input: ReportInput;
}

/** Minimal storage, so tests and hosts without localStorage can pass their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function sendHandover(store: KeyValueStore, workbook: string, input: ReportInput, at = new Date()): Handover {
  const h: Handover = { at: at.toISOString(), workbook, input };
  store.setItem(HANDOVER_KEY, JSON.stringify(h));
  return h;
}

/** The last summary sent from Excel, or null when there is none (or it cannot be read). */
export function readHandover(store: KeyValueStore): Handover | null {
  try {
    const raw = store.getItem(HANDOVER_KEY);
    if (!raw) return null;
    const h = JSON.parse(raw) as Handover;
    return h && typeof h.at === 'string' && h.input && Array.isArray(h.input.awardItems) ? h : null;
  } catch {
    return null;
  }
}
