// Runs of report text as React children (so always escaped): bold in <strong>, italic in <em>.
import { Fragment, type ReactNode } from 'react';
import type { Run } from '../../core/report/model';

export function Runs({ runs }: { runs: Run[] }): ReactNode {
  return runs.map((r, i) => {
    let node: ReactNode = r.text;
    if (r.italic) node = <em>{node}</em>;
    if (r.bold) node = <strong>{node}</strong>;
    return <Fragment key={i}>{node}</Fragment>;
  });
}
