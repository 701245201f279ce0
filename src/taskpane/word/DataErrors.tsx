// The errors of workbooks opened in the Word pane, shown before anything is inserted: the count and the first few,
// each on one line with its long lists (the commune's villages) shortened, so the section list stays in sight.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { PaneIssue } from '../excel/paneAnalysis';
import { renderMessage, type Lang } from '../../i18n/messages';
import { withShortLists } from '../../i18n/lists';
import { uiText } from '../../i18n/ui';

/** How many errors are listed; the rest are counted. */
export const LISTED_ERRORS = 3;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '1.2em' },
  item: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export function DataErrors({ issues, lang }: { issues: readonly PaneIssue[]; lang: Lang }) {
  const s = useStyles();
  const errors = issues.filter((i) => i.severity === 'error');
  if (!errors.length) return null;
  const more = errors.length - LISTED_ERRORS;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="data-errors">
      <MessageBarBody>
        <MessageBarTitle>{uiText(lang, 'dataErrors', { n: errors.length })}</MessageBarTitle>
        <ul className={s.list}>
          {errors.slice(0, LISTED_ERRORS).map((i) => {
            const text = `${i.sheet}!${i.cell}: ${renderMessage(i.key, withShortLists(i.params, lang), lang, i.suggestion)}`;
            return <li key={`${i.sheet}!${i.cell}|${i.code}`} className={s.item} title={text}>{text}</li>;
          })}
          {more > 0 && <li>{uiText(lang, 'moreErrors', { n: more })}</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
