// A merged commune's former communes, typed one a line in the pane and kept in the commune profile of the document.
// Shared by both panes.
import { useEffect, useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';
import { mergerText, parseMergerText, type Merger } from './merger';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  merger: Merger | undefined;
  lang: Lang;
  busy: boolean;
  onSave: (m: Merger, villages: string[]) => void;
  onDrop: () => void;
}

export function MergerCard({ merger, lang, busy, onSave, onDrop }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1]) => uiText(lang, k);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    setText(merger ? mergerText(merger) : '');
    setProblems([]);
  }, [merger]);
  const save = () => {
    const r = parseMergerText(text, lang, merger);
    if (!r.ok) return setProblems(r.problems);
    setProblems([]);
    onSave(r.merger, r.villages);
  };
  return (
    <div className={s.root} data-testid="merger">
      <Caption1>{t('mergerHelp')}</Caption1>
      <Textarea
        aria-label={t('mergerLines')}
        placeholder={t('mergerExample')}
        value={text}
        rows={Math.max(3, Math.min(8, text.split('\n').length + 1))}
        onChange={(_e, d) => setText(d.value)}
      />
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="merger-problems">
          <MessageBarBody>
            <ul className={s.problems}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy || !text.trim()} onClick={save}>{t('mergerSave')}</Button>
        {merger && <Button disabled={busy} onClick={onDrop}>{t('mergerDrop')}</Button>}
      </div>
    </div>
  );
}
