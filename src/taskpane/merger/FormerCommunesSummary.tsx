// A merged commune's figures by former commune, under the summary: each former commune's households, poor and
// near-poor (with rates), awards, and which sheets or files are its registers and how that was told.
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FormerCommuneSummary } from '../../core/formerCommunes';
import { ALL_MEASURED } from '../../core/summary/households';
import { viRate } from '../../core/report/format';
import { viNumber } from '../../core/text/numbers';
import type { Lang } from '../../i18n/messages';
import { uiText, type UiKey } from '../../i18n/ui';
import { shortList } from '../../i18n/lists';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
});

interface Props {
  by: FormerCommuneSummary[];
  lang: Lang;
}

export function FormerCommunesSummary({ by, lang }: Props) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  // A workbook holding several former communes' sheets is named by its sheets; one of a single former commune by itself.
  const split = (file: string) => by.filter((c) => c.files.includes(file)).length > 1;
  return (
    <div className={s.root} data-testid="by-former">
      <Text weight="semibold">{t('byFormerTitle')}</Text>
      {by.map((c) => {
        const h = c.households;
        const m = h?.measured ?? ALL_MEASURED;
        const share = (n: number) => (h && !h.filtered ? `${viNumber(n)} (${viRate(n, h.total, 2) ?? '–'})` : viNumber(n));
        const figures = [
          h ? `${viNumber(h.total)} ${t('households_')}` : '',
          h && m.poverty ? `${t('poor')} ${share(h.poverty.poor)}` : '',
          h && m.poverty ? `${t('nearPoor')} ${share(h.poverty.nearPoor)}` : '',
          c.awards ? `${t('awardsTotal')} ${viNumber(c.awards.total)}` : '',
        ].filter(Boolean);
        const where = c.files.flatMap((f) => (split(f) ? c.sheets.filter((x) => x.file === f).map((x) => `"${x.sheet}"`) : [`"${f}"`]));
        const how = c.from.map((x) => t(`byFormerHow_${x}` as UiKey)).join(', ');
        return (
          <div key={c.name ?? ''} className={s.row}>
            <Caption1><b>{c.name ?? t('byFormerUnknown')}</b>{figures.length ? `: ${figures.join(' · ')}` : ''}</Caption1>
            <Caption1>{where.length ? `${t('byFormerWhere', { list: shortList(where, 'file', lang) })}${how ? ` (${how})` : ''}` : t('byFormerNone')}</Caption1>
          </div>
        );
      })}
    </div>
  );
}
