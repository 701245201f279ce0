// The issue list: errors first, then warnings, then notes; within each, one collapsed group per rule with its count,
// a one-line meaning and, where the rule has safe fixes, "Sửa cả nhóm". A group's rows are windowed (VirtualList)
// and the whole list scrolls inside the pane, so 300 issues never make the page 9,000 px tall. Filters by
// severity, field and village; a click on a row selects the cell.
import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Caption1, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/rules/issue';
import { FIELD_IDS, fieldLabel } from '../../i18n/fields';
import type { Lang } from '../../i18n/messages';
import { ruleExplanation, ruleTitle } from '../../i18n/rules';
import { uiNumber, uiText, type UiKey } from '../../i18n/ui';
import type { PaneIssue } from './paneAnalysis';
import { issueKey } from './paneState';
import { VirtualList } from '../VirtualList';

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_TITLE: Record<Severity, UiKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
/** A row: the cell and up to three lines of message. */
const ROW_HEIGHT = 56;
/** A group's box: five rows and a half (the half row says there is more). */
const GROUP_HEIGHT = ROW_HEIGHT * 5.5;

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  filter: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  scroll: { maxHeight: '70vh', overflowY: 'auto', overscrollBehavior: 'contain', marginTop: tokens.spacingVerticalXS },
  severity: { display: 'block', marginTop: tokens.spacingVerticalS },
  headerText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  meaning: { display: 'block', color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase100 },
  groupTools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: '3.2em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    alignItems: 'start',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    background: 'transparent',
    cursor: 'pointer',
    fontFamily: 'inherit',
    color: 'inherit',
    overflow: 'hidden',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  },
  message: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'block', marginBottom: tokens.spacingVerticalS },
});

interface Props {
  issues: PaneIssue[];
  lang: Lang;
  onSelect: (issue: PaneIssue) => void;
  /** Keys (issueKey) of the issues a safe fix can repair now; a group with some offers "Sửa cả nhóm". */
  fixable: ReadonlySet<string>;
  onFixGroup: (issues: PaneIssue[]) => void;
  busy: boolean;
}

/** A group's title: the rule, and the field when the code names one ("Không có trong danh mục · Thôn"). */
export function groupTitle(code: string, lang: Lang): string {
  const field = code.split('.')[2];
  return field && FIELD_IDS.includes(field) ? `${ruleTitle(code, lang)} · ${fieldLabel(field, lang)}` : ruleTitle(code, lang);
}

/** Issues by severity (errors first), then by rule code (largest group first). */
export function groupIssues(issues: readonly PaneIssue[]): Array<{ severity: Severity; groups: Array<{ code: string; issues: PaneIssue[] }> }> {
  return SEVERITIES.map((severity) => {
    const byCode = new Map<string, PaneIssue[]>();
    for (const i of issues) if (i.severity === severity) (byCode.get(i.code) ?? byCode.set(i.code, []).get(i.code))?.push(i);
    const groups = [...byCode.entries()].map(([code, list]) => ({ code, issues: list })).sort((a, b) => b.issues.length - a.issues.length || a.code.localeCompare(b.code));
    return { severity, groups };
  }).filter((s) => s.groups.length > 0);
}

export function IssuesPanel({ issues, lang, onSelect, fixable, onFixGroup, busy }: Props) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  const [severity, setSeverity] = useState<'' | Severity>('');
  const [field, setField] = useState('');
  const [village, setVillage] = useState('');
  const fields = useMemo(() => [...new Set(issues.map((i) => i.field))].sort(), [issues]);
  const villages = useMemo(() => [...new Set(issues.flatMap((i) => (i.village ? [i.village] : [])))].sort((a, b) => a.localeCompare(b, 'vi')), [issues]);
  const shown = useMemo(() => issues.filter((i) => (!severity || i.severity === severity) && (!field || i.field === field) && (!village || i.village === village)), [issues, severity, field, village]);
  const bySeverity = useMemo(() => groupIssues(shown), [shown]);
  // Error groups open at once: they are few, and they are what must be fixed.
  const openErrors = useMemo(() => bySeverity.filter((x) => x.severity === 'error').flatMap((x) => x.groups.map((g) => g.code)), [bySeverity]);
  const count = (sv: Severity) => issues.filter((i) => i.severity === sv).length;
  if (!issues.length) return <Text>{t('noIssues')}</Text>;
  return (
    <div>
      <Caption1 className={s.counts}>{t('counts', { error: uiNumber(count('error'), lang), warning: uiNumber(count('warning'), lang), info: uiNumber(count('info'), lang) })}</Caption1>
      <div className={s.filters}>
        <label className={s.filter}>
          <Caption1>{t('filterSeverity')}</Caption1>
          <Select size="small" value={severity} onChange={(_e, d) => setSeverity(d.value as '' | Severity)}>
            <option value="">{t('all')}</option>
            <option value="error">{t('error')}</option>
            <option value="warning">{t('warning')}</option>
            <option value="info">{t('info')}</option>
          </Select>
        </label>
        <label className={s.filter}>
          <Caption1>{t('filterField')}</Caption1>
          <Select size="small" value={field} onChange={(_e, d) => setField(d.value)}>
            <option value="">{t('all')}</option>
            {fields.map((f) => <option key={f} value={f}>{fieldLabel(f, lang)}</option>)}
          </Select>
        </label>
        <label className={s.filter}>
          <Caption1>{t('filterVillage')}</Caption1>
          <Select size="small" value={village} onChange={(_e, d) => setVillage(d.value)} disabled={!villages.length}>
            <option value="">{t('all')}</option>
            {villages.map((v) => <option key={v} value={v}>{v}</option>)}
          </Select>
        </label>
      </div>
      <Caption1>{t('showing', { shown: uiNumber(shown.length, lang), total: uiNumber(issues.length, lang) })}</Caption1>
      <div className={s.scroll} data-testid="issue-groups">
        {bySeverity.map(({ severity: sv, groups }) => (
          <section key={sv} aria-label={t(SEVERITY_TITLE[sv])} data-severity={sv}>
            <Text weight="semibold" className={s.severity}>{`${t(SEVERITY_TITLE[sv])} (${uiNumber(groups.reduce((n, g) => n + g.issues.length, 0), lang)})`}</Text>
            <Accordion multiple collapsible defaultOpenItems={sv === 'error' ? openErrors : []}>
              {groups.map(({ code, issues: list }) => {
                const fixes = list.filter((i) => fixable.has(issueKey(i)));
                const title = groupTitle(code, lang);
                const meaning = ruleExplanation(code, lang);
                return (
                  <AccordionItem key={code} value={code} data-code={code}>
                    <AccordionHeader size="small">
                      <span className={s.header}>
                        <Badge appearance="filled" color={SEVERITY_COLOR[sv]}>{uiNumber(list.length, lang)}</Badge>
                        <span className={s.headerText}>
                          <span data-group-title>{title}</span>
                          {meaning && <span className={s.meaning} title={meaning} data-meaning>{meaning}</span>}
                        </span>
                      </span>
                    </AccordionHeader>
                    <AccordionPanel>
                      {fixes.length > 0 && (
                        <div className={s.groupTools}>
                          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFixGroup(fixes)}>{t('fixGroup', { n: uiNumber(fixes.length, lang) })}</Button>
                        </div>
                      )}
                      <VirtualList
                        items={list}
                        rowHeight={ROW_HEIGHT}
                        maxHeight={GROUP_HEIGHT}
                        label={title}
                        itemKey={(i) => issueKey(i)}
                        renderRow={(i) => (
                          <button type="button" className={s.item} onClick={() => onSelect(i)} title={`${i.sheet}!${i.cell}`}>
                            <span className={s.cell}>{i.cell}</span>
                            <Caption1 className={s.message}>{i.message}</Caption1>
                          </button>
                        )}
                      />
                    </AccordionPanel>
                  </AccordionItem>
                );
              })}
            </Accordion>
          </section>
        ))}
      </div>
    </div>
  );
}
