// The page's "Tổng hợp" tab: the same tables and charts the Excel pane writes on the "Tổng hợp" sheet (one model,
// summarySheet.ts), shown as HTML tables and SVG charts.
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SummarySheetModel } from '../../hosts/excel/port';
import { viDecimal, viNumber } from '../../core/text/numbers';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';
import { ColumnChart, PieChart, type ChartPoint } from './Charts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  table: { borderCollapse: 'collapse', fontSize: '12px', width: '100%' },
  th: { border: '1px solid #bfbfbf', backgroundColor: '#f3f3f3', padding: '3px 5px', fontWeight: tokens.fontWeightSemibold, textAlign: 'center', verticalAlign: 'bottom' },
  td: { border: '1px solid #d9d9d9', padding: '2px 5px' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: '#fafafa' },
  scroll: { overflowX: 'auto' },
  charts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

type Cell = string | number;

/** A cell as the sheet's number format shows it, in Vietnamese: 1.234 and 92,5. An empty cell stays empty (no data). */
function shown(v: Cell, format: string | undefined): string {
  if (typeof v !== 'number') return v;
  return format === '0.0' ? viDecimal(v, 1) : viNumber(v);
}

function points(model: SummarySheetModel, chart: SummarySheetModel['charts'][number]): ChartPoint[] {
  const table = model.tables[chart.table];
  if (!table) return [];
  return table.rows.flatMap((r) => {
    const v = r[chart.valueColumns[0]];
    return typeof v === 'number' ? [{ label: String(r[chart.labelColumn]), value: v }] : [];
  });
}

export function SummaryView({ model, lang }: { model: SummarySheetModel | null; lang: Lang }) {
  const s = useStyles();
  if (!model || !model.tables.length) return <Text data-testid="summary">{uiText(lang, 'summaryNone')}</Text>;
  return (
    <div className={s.root} data-testid="summary">
      <div>
        <Text weight="semibold" size={400} block>{model.title}</Text>
        <Caption1>{model.subtitle}</Caption1>
      </div>
      {model.charts.length > 0 && (
        <div className={s.charts}>
          {model.charts.map((c) => {
            const p = points(model, c);
            if (!p.length) return <Caption1 key={c.title}>{`${c.title}: ${uiText(lang, 'chartNone')}`}</Caption1>;
            return c.type === 'pie' ? <PieChart key={c.title} title={c.title} points={p} /> : <ColumnChart key={c.title} title={c.title} points={p} max={100} />;
          })}
        </div>
      )}
      {model.tables.map((t) => (
        <section key={t.title} className={s.scroll} data-testid="summary-table" aria-label={t.title}>
          <Text weight="semibold" block>{t.title}</Text>
          <table className={s.table}>
            <thead>
              <tr>{t.header.map((h) => <th key={h} className={s.th} scope="col">{h}</th>)}</tr>
            </thead>
            <tbody>
              {t.rows.map((r, i) => (
                <tr key={`${String(r[0])}-${i}`}>
                  {r.map((v, c) => <td key={c} className={`${s.td} ${c > 0 ? s.num : ''}`}>{shown(v, t.numberFormats?.[c])}</td>)}
                </tr>
              ))}
              {t.totalRow && (
                <tr className={s.total}>
                  {t.totalRow.map((v, c) => <td key={c} className={`${s.td} ${c > 0 ? s.num : ''}`}>{shown(v, t.numberFormats?.[c])}</td>)}
                </tr>
              )}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
