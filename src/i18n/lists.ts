// Long lists inside a message (villages, files) are cut to their first few and "và n thôn khác": a message that
// repeats a commune's thirty villages on every line pushes what the clerk came for out of sight.
import type { Lang } from './messages';
import type { MessageParams } from '../core/rules/issue';

export type ListNoun = 'village' | 'file' | 'section' | 'sheet';

const OTHERS: Record<Lang, Record<ListNoun, string>> = {
  vi: { village: 'và {n} thôn khác', file: 'và {n} tệp khác', section: 'và {n} mục khác', sheet: 'và {n} trang khác' },
  en: { village: 'and {n} other villages', file: 'and {n} other files', section: 'and {n} other sections', sheet: 'and {n} other sheets' },
};

/** How many names a shortened list keeps. */
const LIST_KEEP = 3;

/** "A, B, C và 5 thôn khác"; a list of up to keep + 1 names is given whole (cutting one name saves nothing). */
export function shortList(items: readonly string[], noun: ListNoun, lang: Lang, keep = LIST_KEEP): string {
  if (items.length <= keep + 1) return items.join(', ');
  return `${items.slice(0, keep).join(', ')} ${OTHERS[lang][noun].replace('{n}', String(items.length - keep))}`;
}

/** Message parameters that hold a list of names (the core joins them with ", "), with their noun. */
const LIST_PARAMS: Record<string, ListNoun> = { villages: 'village', files: 'file' };

/** The parameters with every list parameter shortened, for a message shown where space is short (the panes). */
export function withShortLists(params: MessageParams, lang: Lang): MessageParams {
  const out: MessageParams = { ...params };
  for (const [name, noun] of Object.entries(LIST_PARAMS)) {
    const v = params[name];
    if (typeof v === 'string' && v) out[name] = shortList(v.split(', '), noun, lang);
  }
  return out;
}
