// The report year and the villages, when the analysis inferred them, at the top of a pane with one click to confirm
// or change (saved in the commune profile in the document's settings by the pane). Shared by both panes.
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/messages';
import { uiText, type UiKey } from '../i18n/ui';
import { shortList } from '../i18n/lists';
import { parseVillageLines, yearChoices, type VillageQuestion, type YearQuestion } from './askProfile';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  select: { minWidth: '9em' },
  edit: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS, width: '100%' },
});

export interface Confirmation {
  year?: number;
  villages?: string[];
}

interface Props {
  lang: Lang;
  year: YearQuestion | null;
  villages: VillageQuestion | null;
  busy: boolean;
  onConfirm: (c: Confirmation) => void;
  /** What the year changes, said by the analysis (e.g. awards of other years left out): told here, once, in place
   *  of the bare "the dates are of …" sentence. */
  yearDetail?: string;
}

export function AskProfile({ lang, year, villages, busy, onConfirm, yearDetail }: Props) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  const [editing, setEditing] = useState<string | null>(null);
  if (!year && !villages) return null;
  const fromText = (from: string) => t(`from_${from}` as UiKey);
  return (
    <>
      {year && (
        <MessageBar intent={year.guessed || year.outside ? 'warning' : 'info'} layout="multiline" data-testid="ask-year">
          <MessageBarBody>
            <MessageBarTitle>{t('askYear', { year: year.year })}</MessageBarTitle>
            {[
              year.from ? t(year.guessed ? 'yearGuess' : 'yearFrom', { from: fromText(year.from) }) : t('yearKept'),
              yearDetail ?? (year.outside ? t('yearOutside', { year: year.year, years: year.outside.join(', ') }) : ''),
            ].filter(Boolean).join(' ')}
            <div className={s.actions}>
              {year.from && (
                <Button size="small" appearance="primary" disabled={busy} onClick={() => onConfirm({ year: year.year })}>
                  {`${t('confirm')}, ${year.year}`}
                </Button>
              )}
              <Select
                size="small"
                className={s.select}
                aria-label={t('changeYear')}
                value=""
                disabled={busy}
                onChange={(_e, d) => d.value && onConfirm({ year: Number(d.value) })}
              >
                <option value="">{t('changeYear')}</option>
                {yearChoices(year).filter((y) => y !== year.year).map((y) => <option key={y} value={y}>{y}</option>)}
              </Select>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {villages && (
        <MessageBar intent="info" layout="multiline" data-testid="ask-villages">
          <MessageBarBody>
            <MessageBarTitle>{t('askVillages', { n: villages.villages.length, list: shortList(villages.villages, 'village', lang) })}</MessageBarTitle>
            {t('villagesFrom')}
            {editing === null ? (
              <div className={s.actions}>
                <Button size="small" appearance="primary" disabled={busy} onClick={() => onConfirm({ villages: villages.villages })}>{t('confirm')}</Button>
                <Button size="small" disabled={busy} onClick={() => setEditing(villages.villages.join('\n'))}>{t('changeVillages')}</Button>
              </div>
            ) : (
              <div className={s.edit}>
                <Textarea aria-label={t('villagesList')} value={editing} rows={Math.min(8, villages.villages.length + 1)} onChange={(_e, d) => setEditing(d.value)} />
                <div className={s.actions}>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy || parseVillageLines(editing).length === 0}
                    onClick={() => {
                      onConfirm({ villages: parseVillageLines(editing) });
                      setEditing(null);
                    }}
                  >
                    {t('saveVillages')}
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => setEditing(null)}>{t('cancel')}</Button>
                </div>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
