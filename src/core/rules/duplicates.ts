// The same household or the same award twice: reported once, on the later row, naming the earlier one.

/** A way to say two records are the same thing; null when the record lacks what the key needs. */
export type DuplicateKey<R> = (rec: R) => string | null;

/** Pairs (later, earlier, index of the key that matched) of records that repeat an earlier record. */
export function findDuplicates<R>(records: R[], keys: Array<DuplicateKey<R>>): Array<{ later: R; earlier: R; key: number }> {
  const seen = keys.map(() => new Map<string, R>());
  const out: Array<{ later: R; earlier: R; key: number }> = [];
  for (const rec of records) {
    let reported = false;
    keys.forEach((keyOf, k) => {
      const key = keyOf(rec);
      if (key === null) return;
      const earlier = seen[k].get(key);
      if (earlier && !reported) {
        out.push({ later: rec, earlier, key: k });
        reported = true;
      }
      if (!earlier) seen[k].set(key, rec);
    });
  }
  return out;
}
