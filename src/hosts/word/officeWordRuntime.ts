/// <reference types="office-js" />
// What the Word adapter needs from the Office.js runtime: the batch runner, requirement-set checks, the document
// settings, and a way to count round trips.
import { countBatchSyncs, isSetSupported, officeSettings, type CountedBatchRun } from '../officeShared';

/** The one form of `Word.run` the adapter uses; `Word.run` itself and test fakes both fit. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

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

export { officeSettings };

/** A run that counts every `context.sync()` its batches make: tests and the bench check the round trips. */
export type CountedWordRun = CountedBatchRun<Word.RequestContext>;

export function countWordSyncs(run: WordRun): CountedWordRun {
  return countBatchSyncs<Word.RequestContext>(run);
}
