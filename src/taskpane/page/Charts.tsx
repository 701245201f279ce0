// The summary's two charts, drawn as SVG in the page outside Office (in Excel they are Excel charts on the
// "Tổng hợp" sheet): a column per village (the Gia đình văn hóa rate) and a pie of households by class.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { viDecimal, viNumber } from '../../core/text/numbers';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: '100%', height: 'auto', fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: '2px', listStyleType: 'none', margin: 0, padding: 0 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px', verticalAlign: 'middle' },
});

export interface ChartPoint {
  label: string;
  value: number;
}

const COLORS = ['#2b579a', '#c0504d', '#9bbb59', '#f79646', '#8064a2', '#4bacc6', '#7f7f7f'];

/** A column per point, scaled to `max` (100 for a rate in %), each labelled with its value. */
export function ColumnChart({ title, points, max, decimals = 1 }: { title: string; points: ChartPoint[]; max?: number; decimals?: number }) {
  const s = useStyles();
  const top = max ?? Math.max(1, ...points.map((p) => p.value));
  const W = 440;
  const H = 240;
  const left = 30;
  const bottom = 62;
  const plotH = H - bottom - 14;
  const slot = (W - left) / Math.max(points.length, 1);
  const bar = Math.min(40, slot * 0.7);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  return (
    <figure className={s.figure} data-testid="chart-column">
      <Caption1 className={s.title}>{title}</Caption1>
      <svg className={s.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {ticks.map((v) => {
          const y = 14 + plotH - (v / top) * plotH;
          return (
            <g key={v}>
              <line x1={left} x2={W} y1={y} y2={y} stroke="#e1e1e1" />
              <text x={left - 4} y={y + 3} fontSize="11" textAnchor="end" fill="#555">{viNumber(Math.round(v))}</text>
            </g>
          );
        })}
        {points.map((p, i) => {
          const h = Math.max(0, Math.min(p.value, top) / top) * plotH;
          const x = left + i * slot + (slot - bar) / 2;
          const y = 14 + plotH - h;
          return (
            <g key={p.label}>
              <rect x={x} y={y} width={bar} height={h} fill={COLORS[0]}><title>{`${p.label}: ${viDecimal(p.value, decimals)}`}</title></rect>
              <text x={x + bar / 2} y={y - 3} fontSize="11" textAnchor="middle" fill="#222">{viDecimal(p.value, decimals)}</text>
              <text x={x + bar / 2} y={H - bottom + 12} fontSize="11" textAnchor="end" fill="#222" transform={`rotate(-35 ${x + bar / 2} ${H - bottom + 12})`}>{p.label}</text>
            </g>
          );
        })}
        <line x1={left} x2={W} y1={14 + plotH} y2={14 + plotH} stroke="#555" />
      </svg>
    </figure>
  );
}

/** A pie of the points' shares, with a legend giving each count and share. */
export function PieChart({ title, points }: { title: string; points: ChartPoint[] }) {
  const s = useStyles();
  const total = points.reduce((n, p) => n + Math.max(0, p.value), 0);
  const R = 80;
  const C = 90;
  let angle = -Math.PI / 2;
  const slices = total > 0 ? points.filter((p) => p.value > 0).map((p, i) => {
    const share = p.value / total;
    const a0 = angle;
    const a1 = angle + share * 2 * Math.PI;
    angle = a1;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const [x0, y0, x1, y1] = [C + R * Math.cos(a0), C + R * Math.sin(a0), C + R * Math.cos(a1), C + R * Math.sin(a1)];
    // A single class of 100% is a full circle: an arc cannot start and end at the same point.
    const d = share >= 0.9999 ? `M ${C - R} ${C} a ${R} ${R} 0 1 0 ${2 * R} 0 a ${R} ${R} 0 1 0 ${-2 * R} 0` : `M ${C} ${C} L ${x0} ${y0} A ${R} ${R} 0 ${large} 1 ${x1} ${y1} Z`;
    return { p, d, color: COLORS[i % COLORS.length] };
  }) : [];
  const color = new Map(slices.map((x) => [x.p.label, x.color]));
  return (
    <figure className={s.figure} data-testid="chart-pie">
      <Caption1 className={s.title}>{title}</Caption1>
      <svg className={s.svg} viewBox="0 0 180 180" style={{ maxWidth: '220px' }} role="img" aria-label={title}>
        {slices.map((x) => <path key={x.p.label} d={x.d} fill={x.color} stroke="#fff" strokeWidth="1"><title>{`${x.p.label}: ${viNumber(x.p.value)}`}</title></path>)}
      </svg>
      <ul className={s.legend}>
        {points.map((p) => (
          <li key={p.label}>
            <span className={s.swatch} style={{ backgroundColor: color.get(p.label) ?? '#ddd' }} />
            <Caption1>{`${p.label}: ${viNumber(p.value)}${total ? ` (${viDecimal((100 * p.value) / total, 1)}%)` : ''}`}</Caption1>
          </li>
        ))}
      </ul>
    </figure>
  );
}
