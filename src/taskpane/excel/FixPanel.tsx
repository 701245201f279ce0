// Safe fixes with checkboxes (windowed: 2,000 fixes cost the page a dozen rows); applying keeps a journal in the workbook so "Hoàn tác" puts every value back.
import { useEffect, useState } from 'react';
import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ruleTitle } from '../../i18n/rules';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';
import type { PaneIssue } from './paneAnalysis';
import { issueKey } from './paneState';
import { VirtualList } from '../VirtualList';

/** A fix's row: its checkbox and up to three lines of label. */
const ROW_HEIGHT = 60;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalXS },
  fix: { display: 'flex', alignItems: 'flex-start', height: '100%', overflow: 'hidden' },
  label: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  fixes: PaneIssue[];
  /** Register sheets that are protected: their fixes are not offered, and the clerk is told why. */
  lockedSheets: string[];
  journalSize: number;
  lang: Lang;
  busy: boolean;
  onApply: (issues: PaneIssue[]) => void;
  onUndo: () => void;
}

export function FixPanel({ fixes, lockedSheets, journalSize, lang, busy, onApply, onUndo }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => setChosen(new Set()), [fixes]);
  const all = fixes.length > 0 && chosen.size === fixes.length;
  const toggle = (k: string, on: boolean) => setChosen((c) => {
    const n = new Set(c);
    if (on) n.add(k);
    else n.delete(k);
    return n;
  });
  return (
    <div className={s.root}>
      <Caption1 className={s.muted}>{t('fixesHint')}</Caption1>
      {lockedSheets.map((sheet) => (
        <MessageBar key={sheet} intent="warning">
          <MessageBarBody>{t('protectedSheet', { sheet })}</MessageBarBody>
        </MessageBar>
      ))}
      {fixes.length > 0 && (
        <>
          <Checkbox label={t('selectAll', { n: fixes.length })} checked={all ? true : chosen.size ? 'mixed' : false} onChange={(_e, d) => setChosen(d.checked ? new Set(fixes.map(issueKey)) : new Set())} />
          <div className={s.list} role="group" aria-label={t('fixes')}>
            <VirtualList
              items={fixes}
              rowHeight={ROW_HEIGHT}
              maxHeight={ROW_HEIGHT * 5.5}
              itemKey={(i) => issueKey(i)}
              renderRow={(i) => (
                <Checkbox
                  className={s.fix}
                  checked={chosen.has(issueKey(i))}
                  onChange={(_e, d) => toggle(issueKey(i), !!d.checked)}
                  label={{ children: `${i.cell} (${ruleTitle(i.code, lang)}): "${String(i.value ?? '')}" → "${String(i.suggestion)}"`, className: s.label }}
                />
              )}
            />
          </div>
        </>
      )}
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => onApply(fixes.filter((i) => chosen.has(issueKey(i))))}>
          {t('applyFixes', { n: chosen.size })}
        </Button>
        <Button disabled={busy || journalSize === 0} onClick={onUndo}>
          {t('undo', { n: journalSize })}
        </Button>
      </div>
    </div>
  );
}
