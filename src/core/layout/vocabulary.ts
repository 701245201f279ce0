// How header cells are matched to fields: by the words a header contains, folded (no case, diacritics, punctuation).

/** A header cell's words, folded: the group header above it (top) and its own sub-header (sub), if any. */
export class HeaderWords {
  readonly full: string;
  private readonly padded: string;
  constructor(readonly top: string, readonly sub: string) {
    this.full = sub && sub !== top ? `${top} ${sub}`.trim() : top;
    this.padded = ` ${this.full} `;
  }
  /** The header contains this phrase as whole words. */
  has(phrase: string): boolean {
    return this.padded.includes(` ${phrase} `);
  }
  /** The whole header is exactly this phrase. */
  is(phrase: string): boolean {
    return this.full === phrase;
  }
  /** The sub-header (the row under a group header) is exactly this phrase. */
  subIs(phrase: string): boolean {
    return this.sub === phrase;
  }
  hasAny(...phrases: string[]): boolean {
    return phrases.some((p) => this.has(p));
  }
}

/** One field's recognition rule; rules are tried in order and the first match wins. */
export interface FieldRule<F extends string> {
  field: F | 'ignored';
  match: (h: HeaderWords) => boolean;
}

/** What a register kind needs from the header to be recognised as that kind. */
export interface Vocabulary<F extends string> {
  kind: 'households' | 'persons' | 'awards';
  rules: FieldRule<F>[];
  /** True when the mapped fields are enough to call the table a register of this kind. */
  accepts: (fields: Set<string>) => boolean;
}

/** Maps one header cell to a field, or null when no rule matches. */
export function matchField<F extends string>(vocab: Vocabulary<F>, h: HeaderWords): F | 'ignored' | null {
  if (!h.full) return null;
  for (const rule of vocab.rules) if (rule.match(h)) return rule.field;
  return null;
}
