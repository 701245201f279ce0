// The errors of workbooks opened in the Word pane, shown before anything is inserted: the count and the first few,
// each in at most two lines with its long lists (the commune's villages) shortened, so the section list stays in sight.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { PaneIssue } from '../excel/paneAnalysis';
import { renderMessage, type Lang } from '../../i18n/messages';
import { withShortLists } from '../../i18n/lists';
import { uiText } from '../../i18n/ui';

/** How many errors are listed; the rest are counted. */
const LISTED_ERRORS = 3;

const useStyles = makeStyles({
  // The body takes the bar's width, not its longest line's: each error is at most two lines, cut with "…" (its whole
  // text in the tooltip).
  body: { minWidth: 0, overflow: 'hidden' },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' },
});

export function DataErrors({ issues, lang }: { issues: readonly PaneIssue[]; lang: Lang }) {
  const s = useStyles();
  const errors = issues.filter((i) => i.severity === 'error');
  if (!errors.length) return null;
  const more = errors.length - LISTED_ERRORS;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="data-errors">
      <MessageBarBody className={s.body}>
        <MessageBarTitle>{uiText(lang, 'dataErrors', { n: errors.length })}</MessageBarTitle>
        <ul className={s.list}>
          {errors.slice(0, LISTED_ERRORS).map((i) => {
            const text = `${i.sheet}!${i.cell}: ${renderMessage(i.key, withShortLists(i.params, lang), lang, i.suggestion)}`;
            return <li key={`${i.sheet}!${i.cell}|${i.code}`} className={s.item} title={text}>{text}</li>;
          })}
          {more > 0 && <li className={s.item}>{uiText(lang, 'moreErrors', { n: more })}</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
