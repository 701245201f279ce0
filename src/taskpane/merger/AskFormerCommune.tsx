// Which former commune a sheet or a file is, asked when its name and titles do not say (never guessed): one choice
// of the former communes, kept in the commune profile. Shared by both panes.
import { MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';
import type { FormerQuestion } from './merger';

const useStyles = makeStyles({
  select: { marginTop: tokens.spacingVerticalXS, minWidth: '12em' },
});

interface Props {
  questions: FormerQuestion[];
  communes: string[];
  lang: Lang;
  busy: boolean;
  onAnswer: (q: FormerQuestion, name: string) => void;
}

export function AskFormerCommune({ questions, communes, lang, busy, onAnswer }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  return (
    <>
      {questions.map((q) => (
        <MessageBar key={`${q.file}::${q.sheet ?? ''}`} intent="warning" layout="multiline" data-testid="ask-former">
          <MessageBarBody>
            <MessageBarTitle>{q.sheet === undefined ? t('mergerAskFile', { file: q.file }) : t('mergerAskSheet', { sheet: q.sheet })}</MessageBarTitle>
            {t('mergerAskHelp')}
            <div>
              <Select size="small" className={s.select} aria-label={t('mergerChoose')} value="" disabled={busy} onChange={(_e, d) => d.value && onAnswer(q, d.value)}>
                <option value="">{t('mergerChoose')}</option>
                {communes.map((c) => <option key={c} value={c}>{c}</option>)}
              </Select>
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
