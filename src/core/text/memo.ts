// Registers repeat a handful of values (marks, villages, classes) thousands of times: read each distinct text once.

/** Wraps a pure function of a text so repeated texts are computed once; stops remembering past `limit` entries. */
export function memoByText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size < limit) cache.set(text, value);
    return value;
  };
}
