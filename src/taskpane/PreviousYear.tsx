// Last year's registers in a pane: a button to open them (read in the worker), which files and which year, how the
// households were matched and the rows that matched nothing (listed, never guessed), and a button to drop them.

import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviousResult } from './excel/paneAnalysis';
import type { Lang } from '../i18n/messages';
import { uiNumber, uiText, type UiKey } from '../i18n/ui';
import { WORKBOOK_TYPES } from './fileTypes';
import { matchingLines, previousFiles, rowPlace } from './previousYear';
import { PickFilesButton } from './PickFilesButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '160px', overflowY: 'auto', overflowWrap: 'anywhere' },
});

interface Props {
  previous: PreviousResult | null | undefined;
  lang: Lang;
  busy: boolean;
  onOpen: (files: File[]) => void;
  /** Null when last year cannot be dropped here (it came with the figures sent from Excel). */
  onDrop: (() => void) | null;
}

export function PreviousYear({ previous, lang, busy, onOpen, onDrop }: Props) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  const d = previous?.ok ? previous.data : null;
  const matching = d ? matchingLines(d, lang) : null;
  const lists: Array<[UiKey, string[], number]> = d?.matching && d.comparison.movements
    ? [
        ['previousNew', d.matching.newHouseholds.map(rowPlace), d.comparison.movements.newHouseholds],
        ['previousRemoved', d.matching.removedHouseholds.map(rowPlace), d.comparison.movements.removedHouseholds],
        ['previousAmbiguous', d.matching.ambiguous.map((a) => `${rowPlace(a)} · ${a.year === 'current' ? d.comparison.year : d.year}`), d.comparison.movements.ambiguous],
      ]
    : [];
  return (
    <div className={s.root} data-testid="previous-year">
      {previous && <Text weight="semibold" size={200}>{t('previousTitle')}</Text>}
      {previous && !previous.ok && <Caption1 className={s.warning} data-testid="previous-problem">{previous.message}</Caption1>}
      {d && (
        <>
          <Caption1 data-testid="previous-file">{t('previousFile', { files: previousFiles(d, lang), year: d.year })}</Caption1>
          {d.yearAssumed && <Caption1 className={s.warning}>{t('previousYearAssumed', { year: d.year })}</Caption1>}
          {d.errors > 0 && <Caption1 className={s.warning}>{t('previousErrors', { n: uiNumber(d.errors, lang) })}</Caption1>}
          {matching ? (
            <>
              <Caption1 data-testid="previous-matched">{matching.matched}</Caption1>
              <Caption1 data-testid="previous-unmatched">{matching.unmatched}</Caption1>
              {lists.some(([, rows]) => rows.length) && (
                <details>
                  <summary><Caption1>{t('previousRows')}</Caption1></summary>
                  {lists.filter(([, rows]) => rows.length).map(([key, rows, total]) => (
                    <div key={key}>
                      <Caption1>{t(key)} ({uiNumber(total, lang)}):</Caption1>
                      <ul className={s.list}>
                        {rows.map((r) => <li key={r}><Caption1>{r}</Caption1></li>)}
                        {total > rows.length && <li><Caption1>{t('previousMoreRows', { n: uiNumber(total - rows.length, lang) })}</Caption1></li>}
                      </ul>
                    </div>
                  ))}
                </details>
              )}
            </>
          ) : (
            <Caption1 className={s.muted}>{t('previousNoMatching')}</Caption1>
          )}
        </>
      )}
      <div className={s.row}>
        <PickFilesButton label={t('openPrevious')} accept={WORKBOOK_TYPES} multiple testId="open-previous" size="small" disabled={busy} onFiles={onOpen} />
        {previous && onDrop && <Button size="small" appearance="subtle" disabled={busy} onClick={onDrop}>{t('dropPrevious')}</Button>}
        {/* Nothing loaded: one line, so the pane's next parts stay in sight. */}
        {!previous && <Caption1 className={s.muted}>{t('previousNone')}</Caption1>}
      </div>
    </div>
  );
}
