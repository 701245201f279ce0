// What the analysis is unsure of, and figures that cannot be true, shown first where the clerk looks (both panes).
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneDoubt } from './excel/paneAnalysis';
import { uiText } from '../i18n/ui';
import type { Lang } from '../i18n/messages';

export function DoubtBars({ doubts, lang }: { doubts: readonly PaneDoubt[] | undefined; lang: Lang }) {
  return (
    <>
      {/* One message per fact: the same sentence (two sheets raising the same doubt in the same words) is shown once. */}
      {doubts?.filter((d, i) => doubts.findIndex((x) => x.text === d.text) === i).map((d, i) => (
        <MessageBar key={`doubt-${i}`} intent={d.error ? 'error' : 'warning'} data-testid="doubt" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{uiText(lang, d.error ? 'impossibleFigure' : 'doubts')}</MessageBarTitle>
            {d.text}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
