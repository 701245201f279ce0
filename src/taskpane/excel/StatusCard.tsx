// The pane's first lines after a read: the registers found, the main figures, and "n lỗi cần sửa, m điểm nên xem".
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n/messages';
import { kindName } from '../../i18n/fields';
import { shortList } from '../../i18n/lists';
import { uiNumber, uiText, type UiKey } from '../../i18n/ui';
import type { PaneAnalysis } from './paneAnalysis';
import { ALL_MEASURED } from '../../core/summary/households';
import { mainChanges, previousFiles } from '../previousYear';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '2px', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  clean: { color: tokens.colorPaletteGreenForeground1 },
});


export function StatusCard({ analysis, lang }: { analysis: PaneAnalysis; lang: Lang }) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  const n = (x: number) => uiNumber(x, lang);
  const registers = analysis.registers.map((r) => t('statusRegister', { kind: r.proposal ? t('proposals').toLowerCase() : kindName(r.kind, lang), sheet: r.sheet, n: n(r.dataRows) }));
  const h = analysis.summary.households;
  const w = analysis.summary.awards;
  const households = h ? ((h.measured ?? ALL_MEASURED).persons ? t('statusHouseholds', { households: n(h.total), persons: n(h.persons) }) : `${n(h.total)} ${t('households_')}`) : '';
  const figures = [households, w ? t('statusAwards', { n: n(w.total) }) : ''].filter(Boolean);
  const issues = analysis.registers.flatMap((r) => r.issues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const review = issues.length - errors;
  const last = analysis.previous?.ok ? analysis.previous.data : null;
  const changes = last ? mainChanges(last, lang) : [];
  return (
    <div className={s.root} data-testid="status" role="note">
      <Caption1>{t('statusFound', { list: shortList(registers, 'sheet', lang) })}</Caption1>
      {figures.length > 0 && <Caption1>{figures.join(' · ')}</Caption1>}
      {last && changes.length > 0 && (
        <Caption1 data-testid="status-previous">{`${t('statusPrevious', { year: last.year, files: previousFiles(last, lang) })} ${changes.join(' · ')}`}</Caption1>
      )}
      <Text weight="semibold" className={errors ? s.errors : issues.length ? undefined : s.clean} data-testid="status-issues">
        {issues.length ? t('statusIssues', { errors: n(errors), review: n(review) }) : t('statusClean')}
      </Text>
    </div>
  );
}
