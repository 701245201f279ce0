// The key figures of the summary, and the actions that take them further: the "Tổng hợp" sheet, and Word.
import type { ReactNode } from 'react';
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n/messages';
import { ALL_MEASURED } from '../../core/summary/households';
import { uiText } from '../../i18n/ui';
import { viRate } from '../../core/report/format';
import { viMoney, viNumber } from '../../core/text/numbers';
import type { PaneAnalysis } from './paneAnalysis';

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: '2px', marginBottom: tokens.spacingVerticalS },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  analysis: PaneAnalysis;
  lang: Lang;
  busy: boolean;
  onWriteSheet: () => void;
  onSendToWord: (() => void) | null;
  /** Shown under the figures, above the actions (a merged commune's figures by former commune). */
  children?: ReactNode;
}

export function SummaryPanel({ analysis, lang, busy, onWriteSheet, onSendToWord, children }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const h = analysis.summary.households;
  const w = analysis.summary.awards;
  const rows: Array<[string, string]> = [];
  if (h) {
    const m = h.measured ?? ALL_MEASURED;
    // A figure no column gives is "–" (no data), never 0.
    rows.push([`${h.total ? viNumber(h.total) : 0} ${t('households_')}`, m.persons ? `${viNumber(h.persons)} ${t('persons')}` : '–']);
    // A list of poor households only has no base for a rate: its counts alone.
    const share = (n: number) => (h.filtered ? viNumber(n) : `${viNumber(n)} (${viRate(n, h.total, 2) ?? '–'})`);
    rows.push([t('poor'), m.poverty ? share(h.poverty.poor) : '–']);
    rows.push([t('nearPoor'), m.poverty ? share(h.poverty.nearPoor) : '–']);
    rows.push([t('average'), m.average ? share(h.poverty.average) : '–']);
    rows.push([t('culturalFamily'), m.culturalFamily ? `${viNumber(h.culturalFamily.achieved)}/${viNumber(h.culturalFamily.registered)} (${viRate(h.culturalFamily.achieved, h.culturalFamily.registered, 1) ?? '–'})` : '–']);
    rows.push([t('learningFamily'), m.learningFamily ? viNumber(h.learningFamily) : '–']);
  }
  if (w) {
    rows.push([t('awardsTotal'), `${viNumber(w.total)}: ${viNumber(w.collective)} ${t('collective')}, ${viNumber(w.individual)} ${t('individual')}`]);
    rows.push([t('communeFund'), viMoney(w.amount.communeChair)]);
  }
  return (
    <div>
      <Text weight="semibold" block>{`${t('summary')} ${analysis.year}`}</Text>
      <div className={s.figures}>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <Caption1>{k}</Caption1>
            <Caption1 className={s.value}>{v}</Caption1>
          </div>
        ))}
      </div>
      {children}
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy} onClick={onWriteSheet}>{t('writeSummary')}</Button>
        {onSendToWord && <Button disabled={busy} onClick={onSendToWord}>{t('sendToWord')}</Button>}
      </div>
    </div>
  );
}
