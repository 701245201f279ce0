// Outside Office, a glimpse of the in-memory workbook beside the pane: the rows around the selected cell, with the
// clerk's fills and the add-in's highlight, so a browser shows what Excel would.
import { useEffect, useState } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { FakeExcel } from '../hosts/excel/fakeExcel';
import { a1, columnLetter, isExcelError } from '../core/grid';

const useStyles = makeStyles({
  root: { overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: '#fff', maxHeight: '560px' },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: 'Calibri, Arial, sans-serif' },
  head: { backgroundColor: '#f3f3f3', color: '#555', fontWeight: 'normal', border: '1px solid #d4d4d4', padding: '2px 4px', position: 'sticky', top: 0 },
  cell: { border: '1px solid #e1e1e1', padding: '2px 4px', whiteSpace: 'nowrap', maxWidth: '180px', overflow: 'hidden', textOverflow: 'ellipsis' },
  selected: { outline: '2px solid #217346', outlineOffset: '-2px' },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px', marginTop: '4px' },
  tab: { border: '1px solid #d4d4d4', borderTop: 'none', backgroundColor: '#f3f3f3', padding: '2px 10px', fontSize: '12px', cursor: 'pointer', fontFamily: 'inherit', color: '#333' },
  tabOn: { backgroundColor: '#fff', color: '#217346', fontWeight: 600, borderBottom: '2px solid #217346' },
});

const WINDOW = 14;

export function FakeSheetView({ fake, version }: { fake: FakeExcel; version: number }) {
  const s = useStyles();
  const [sheetName, setSheetName] = useState(fake.sheets[0]?.name ?? '');
  useEffect(() => {
    if (fake.selection) setSheetName(fake.selection.sheet);
  }, [fake, version]);
  const sheet = fake.sheets.find((x) => x.name === sheetName) ?? fake.sheets[0];
  if (!sheet) return null;
  const selRow = fake.selection?.sheet === sheet.name ? Number(/\d+/.exec(fake.selection.cell)?.[0] ?? 1) : 1;
  const first = Math.max(1, selRow - 4);
  const width = Math.min(16, Math.max(...sheet.values.slice(first - 1, first - 1 + WINDOW).map((r) => r?.length ?? 0), 1));
  const rows = Array.from({ length: WINDOW }, (_, i) => first + i);
  return (
    <div>
      <Caption1>{`"${sheet.name}"${fake.selection?.sheet === sheet.name ? ` — ${fake.selection.cell}` : ''}`}</Caption1>
      <div className={s.root} data-testid="fake-sheet">
        <table className={s.table}>
          <thead>
            <tr>
              <th className={s.head} />
              {Array.from({ length: width }, (_, c) => <th key={c} className={s.head}>{columnLetter(c + 1)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={s.head}>{r}</th>
                {Array.from({ length: width }, (_, c) => {
                  const addr = a1(r, c + 1);
                  const v = sheet.values[r - 1]?.[c] ?? null;
                  const text = v === null ? '' : isExcelError(v) ? v.error : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
                  const fill = fake.effectiveFill(sheet.name, addr);
                  const selected = fake.selection?.sheet === sheet.name && fake.selection.cell === addr;
                  return <td key={c} data-cell={addr} className={`${s.cell} ${selected ? s.selected : ''}`} style={fill ? { backgroundColor: fill } : undefined}>{text}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fake.sheets.length > 1 && (
        // The sheet tabs, as Excel shows them under the grid.
        <div className={s.tabs} role="tablist" aria-label="Trang tính">
          {fake.sheets.filter((x) => x.visible).map((x) => (
            <button key={x.name} type="button" role="tab" aria-selected={x.name === sheet.name} className={`${s.tab} ${x.name === sheet.name ? s.tabOn : ''}`} onClick={() => setSheetName(x.name)}>{x.name}</button>
          ))}
        </div>
      )}
    </div>
  );
}
