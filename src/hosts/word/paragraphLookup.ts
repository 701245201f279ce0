// Finding the paragraph a report-check finding points at, in a document the clerk may have edited since the check.

/** `index` when its text is still `expected` (or nothing is expected); otherwise the nearest paragraph with that text
 *  (ties go to the earlier one); null when there is none. Texts are compared without surrounding whitespace. */
export function locateParagraph(texts: string[], index: number, expected?: string): number | null {
  const inRange = Number.isInteger(index) && index >= 0 && index < texts.length;
  if (expected === undefined) return inRange ? index : null;
  const want = expected.trim();
  if (inRange && texts[index].trim() === want) return index;
  let best: number | null = null;
  texts.forEach((t, i) => {
    if (t.trim() !== want) return;
    if (best === null || Math.abs(i - index) < Math.abs(best - index)) best = i;
  });
  return best;
}
