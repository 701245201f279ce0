/// <reference types="office-js" />
// What the Word adapter needs from the Office.js runtime: the batch runner, requirement-set checks, the document
// settings, and a way to count round trips.
import type { SettingsStore } from './wordSettings';

/** The one form of `Word.run` the adapter uses; `Word.run` itself and test fakes both fit. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

function isSetSupported(name: string, version: string): boolean {
  try {
    return officeGlobal()?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

/** The add-in needs WordApi 1.3 (paragraphs in tables, getByTag collections, built-in styles, table formatting):
 *  Word 2016 and later, Word on the web, Word for Mac and iPad. False outside Office. */
export function wordApiSupported(): boolean {
  return isSetSupported('WordApi', '1.3');
}

/** Table.mergeCells: WordApiDesktop 1.1, and WordApi 1.4 where it was made common. Without it the header spans stay
 *  as separate cells (the label in the first one), which is all WordApi 1.3 can do. */
export function mergeCellsSupported(): boolean {
  return isSetSupported('WordApi', '1.4') || isSetSupported('WordApiDesktop', '1.1');
}

/** The document's settings, or undefined outside Office (nothing is remembered then). */
export function officeSettings(): SettingsStore | undefined {
  return officeGlobal()?.context?.document?.settings;
}

/** A run that counts every `context.sync()` its batches make: tests and the bench check the round trips. */
export interface CountedWordRun {
  run: WordRun;
  /** Syncs since creation or the last reset. */
  count(): number;
  reset(): void;
}

export function countWordSyncs(run: WordRun): CountedWordRun {
  let n = 0;
  const counted: WordRun = (batch) =>
    run((context) => {
      const original = context.sync.bind(context);
      context.sync = <T>(passThroughValue?: T): Promise<T> => {
        n++;
        return original(passThroughValue);
      };
      return batch(context);
    });
  return { run: counted, count: () => n, reset: () => void (n = 0) };
}
