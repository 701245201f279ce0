// A report table as the printed page shows it: all borders, bold (merged) header rows, numbers aligned per
// column, group rows across the table in bold italic, the totals row bold; scrolls sideways in a narrow pane.
import { useId, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Block, TableCell } from '../../core/report/model';
import { Runs } from './ReportRuns';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Narrowest a column gets before the table scrolls instead of squeezing its header to a word a line. */
const MIN_COLUMN_EM = 3.6;

const useStyles = makeStyles({
  caption: {
    margin: `${tokens.spacingVerticalSNudge} 0 ${tokens.spacingVerticalXS}`,
    textAlign: 'center',
    fontWeight: 'bold',
  },
  scroller: {
    overflowX: 'auto',
    margin: `${tokens.spacingVerticalSNudge} 0`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    // 12–13 pt against a 13–14 pt body.
    fontSize: '13px',
    lineHeight: 1.25,
  },
  cell: {
    border: '1px solid #000',
    padding: '2px 4px',
    verticalAlign: 'middle',
    fontWeight: 'normal',
  },
  head: { fontWeight: 'bold' },
  group: { fontWeight: 'bold', fontStyle: 'italic' },
  total: { fontWeight: 'bold' },
  left: { textAlign: 'left' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
  nowrap: { whiteSpace: 'nowrap' },
  justify: { textAlign: 'justify' },
});

/** The column each cell starts in, row by row, skipping columns still covered by a rowSpan from above. */
export function cellColumns(rows: TableCell[][]): number[][] {
  const covered: number[] = [];
  return rows.map((cells) => {
    let col = 0;
    const starts = cells.map((cell) => {
      while ((covered[col] ?? 0) > 0) col++;
      const start = col;
      for (let k = 0; k < (cell.colSpan ?? 1); k++) covered[col + k] = Math.max(covered[col + k] ?? 0, cell.rowSpan ?? 1);
      col += cell.colSpan ?? 1;
      return start;
    });
    for (let k = 0; k < covered.length; k++) if ((covered[k] ?? 0) > 0) covered[k]--;
    return starts;
  });
}

const span = (n: number | undefined) => (n && n > 1 ? n : undefined);

/** `label` names the table for assistive technology when it has no caption (the section title). */
export function ReportTable({ table, label }: { table: TableBlock; label: string }): ReactNode {
  const s = useStyles();
  const captionId = useId();
  const { columns, header, rows } = table;
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const bodyStarts = cellColumns(rows.map((r) => r.cells));
  const name = table.caption ? { 'aria-labelledby': captionId } : { 'aria-label': label };

  return (
    <>
      {table.caption && (
        <p id={captionId} className={s.caption}>
          <Runs runs={table.caption} />
        </p>
      )}
      <div className={s.scroller} role="region" tabIndex={0} {...name}>
        <table className={s.table} style={{ minWidth: `${columns.length * MIN_COLUMN_EM}em` }} {...name}>
          <colgroup>
            {columns.map((c, i) => (
              <col key={i} style={{ width: `${((c.width / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          {header.length > 0 && (
            <thead>
              {header.map((cells, r) => (
                <tr key={r}>
                  {cells.map((cell, i) => (
                    <th
                      key={i}
                      scope={span(cell.colSpan) ? 'colgroup' : 'col'}
                      colSpan={span(cell.colSpan)}
                      rowSpan={span(cell.rowSpan)}
                      className={mergeClasses(s.cell, s.head, s[cell.align ?? 'center'])}
                    >
                      <Runs runs={cell.runs} />
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
          )}
          <tbody>
            {rows.map((row, r) => {
              // A group row of one cell spans the whole table, whatever colSpan it says.
              const across = row.kind === 'group' && row.cells.length === 1;
              return (
                <tr key={r}>
                  {row.cells.map((cell, i) => {
                    const a = cell.align ?? (across ? 'left' : (columns[bodyStarts[r][i]]?.align ?? 'left'));
                    return (
                      <td
                        key={i}
                        colSpan={across ? span(columns.length) : span(cell.colSpan)}
                        rowSpan={span(cell.rowSpan)}
                        className={mergeClasses(
                          s.cell,
                          s[a],
                          a === 'right' && s.nowrap,
                          row.kind === 'group' && s.group,
                          row.kind === 'total' && s.total,
                        )}
                      >
                        <Runs runs={cell.runs} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
