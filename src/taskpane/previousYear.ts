// Last year in the panes' words: the main changes ("Hộ nghèo: 48 → 42 (−6)"), where last year's figures came from
// and how households were matched. Plain functions over PreviousYearData (the Excel status card, both panes' card).
import type { PreviousYearData } from '../core/compare/previous';
import { MATCH_KEYS, type FigureChange, type FigureId, type RowRef } from '../core/compare';
import type { Lang } from '../i18n/messages';
import { uiNumber, uiText, type UiKey } from '../i18n/ui';
import { shortList } from '../i18n/lists';

const MAIN: Array<[FigureId, UiKey]> = [
  ['households', 'fig_households'], ['poor', 'fig_poor'], ['nearPoor', 'fig_nearPoor'],
  ['culturalFamilyAchieved', 'fig_culturalFamilyAchieved'], ['awards.total', 'fig_awards'],
];

/** A change with its sign: "+3", "−6" (minus sign), "0". */
export function signed(n: number, lang: Lang): string {
  return n > 0 ? `+${uiNumber(n, lang)}` : n < 0 ? `\u2212${uiNumber(-n, lang)}` : '0';
}

/** The main counts of both years, each "Hộ nghèo: 48 → 42 (−6)"; a figure either year lacks is left out. */
export function mainChanges(d: PreviousYearData, lang: Lang): string[] {
  const figures: FigureChange[] = [...(d.comparison.households ?? []), ...(d.comparison.awards ?? [])];
  return MAIN.flatMap(([id, key]) => {
    const f = figures.find((x) => x.id === id);
    if (!f || f.previous === null || f.current === null || f.change === null) return [];
    return [uiText(lang, 'statusChange', { label: uiText(lang, key), previous: uiNumber(f.previous, lang), current: uiNumber(f.current, lang), change: signed(f.change, lang) })];
  });
}

/** Last year's files, quoted and cut to three names. */
export function previousFiles(d: PreviousYearData, lang: Lang): string {
  return shortList(d.files.map((f) => `"${f}"`), 'file', lang);
}

/** How households were matched ("45 hộ … (40 theo mã hộ, 3 theo CCCD chủ hộ, …)") and what matched nothing; null
 *  when only the summaries were compared. */
export function matchingLines(d: PreviousYearData, lang: Lang): { matched: string; unmatched: string } | null {
  const m = d.comparison.movements;
  if (!d.matching || !m) return null;
  const by = MATCH_KEYS.filter((k) => d.matching?.matchedBy[k]).map((k) => uiText(lang, `previousBy_${k}`, { n: uiNumber(d.matching?.matchedBy[k] ?? 0, lang) }));
  return {
    matched: uiText(lang, 'previousMatched', { matched: uiNumber(m.matched, lang), by: by.join(', ') }),
    unmatched: uiText(lang, 'previousUnmatched', { added: uiNumber(m.newHouseholds, lang), removed: uiNumber(m.removedHouseholds, lang), ambiguous: uiNumber(m.ambiguous, lang) }),
  };
}

/** A row as the lists name it: file › sheet!row (village); never a name or a CCCD. */
export function rowPlace(r: RowRef): string {
  return `${r.file} › ${r.sheet}!${r.row}${r.village ? ` (${r.village})` : ''}`;
}
