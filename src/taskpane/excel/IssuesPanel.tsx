// The issue list: grouped by code with counts, filtered by severity, field and village; a click selects the cell.
import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/rules/issue';
import { fieldLabel } from '../../i18n/fields';
import type { Lang } from '../../i18n/messages';
import { ruleExplanation, ruleTitle } from '../../i18n/rules';
import { uiNumber, uiText } from '../../i18n/ui';
import type { PaneIssue } from './paneAnalysis';

const MAX_PER_GROUP = 200;
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  filter: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0, flexWrap: 'wrap' },
  title: { flexShrink: 0 },
  code: { minWidth: 0, flexShrink: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  rule: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: '3.2em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    background: 'transparent',
    cursor: 'pointer',
    fontFamily: 'inherit',
    color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'block', marginBottom: tokens.spacingVerticalS },
});

interface Props {
  issues: PaneIssue[];
  lang: Lang;
  onSelect: (issue: PaneIssue) => void;
}

export function IssuesPanel({ issues, lang, onSelect }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const [severity, setSeverity] = useState<'' | Severity>('');
  const [field, setField] = useState('');
  const [village, setVillage] = useState('');
  const fields = useMemo(() => [...new Set(issues.map((i) => i.field))].sort(), [issues]);
  const villages = useMemo(() => [...new Set(issues.flatMap((i) => (i.village ? [i.village] : [])))].sort((a, b) => a.localeCompare(b, 'vi')), [issues]);
  const shown = issues.filter((i) => (!severity || i.severity === severity) && (!field || i.field === field) && (!village || i.village === village));
  const groups = useMemo(() => {
    const m = new Map<string, PaneIssue[]>();
    for (const i of shown) m.set(i.code, [...(m.get(i.code) ?? []), i]);
    return [...m.entries()].sort((a, b) => b[1].length - a[1].length);
  }, [shown]);
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
      <Caption1>{t('showing', { shown: shown.length, total: issues.length })}</Caption1>
      <Accordion multiple collapsible>
        {groups.map(([code, list]) => (
          <AccordionItem key={code} value={code}>
            <AccordionHeader size="small">
              <span className={s.header}>
                <Badge appearance="filled" color={SEVERITY_COLOR[list[0].severity]}>{list.length}</Badge>
                <span className={s.title}>{ruleTitle(code, lang)}</span>
                <span className={s.code}>{code}</span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <Caption1 className={s.rule}>{`${t('ruleHelp')}: ${ruleExplanation(code, lang)}`}</Caption1>
              <ul className={s.list}>
                {list.slice(0, MAX_PER_GROUP).map((i) => (
                  <li key={`${i.sheet}!${i.cell}|${i.code}`}>
                    <button type="button" className={s.item} onClick={() => onSelect(i)} title={`${i.sheet}!${i.cell}`}>
                      <span className={s.cell}>{i.cell}</span>
                      <Caption1>{i.message}</Caption1>
                    </button>
                  </li>
                ))}
              </ul>
              {list.length > MAX_PER_GROUP && <Caption1>{t('more', { n: list.length - MAX_PER_GROUP })}</Caption1>}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
