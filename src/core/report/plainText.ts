// The report as plain text: for the terminal (`baocao report --text`) and for checking numbers in tests.
import type { Block, ReportDoc, TableCell } from './model';
import { runsText } from './model';

function cellText(c: TableCell): string {
  return runsText(c.runs);
}

function blockText(b: Block): string[] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [runsText(b.runs)];
    case 'list':
      return b.items.map((i) => `${b.marker} ${runsText(i)}`);
    case 'table': {
      const lines = b.caption ? [runsText(b.caption)] : [];
      for (const r of b.header) lines.push(r.map(cellText).join(' | '));
      for (const r of b.rows) lines.push(r.cells.map(cellText).join(' | '));
      return lines;
    }
  }
}

/** Every paragraph, list item and table row of the report, one per line; omitted sections say why. */
export function reportText(doc: ReportDoc, showOmitted = true): string {
  const out: string[] = [];
  for (const s of doc.sections) {
    if (s.omitted) {
      if (showOmitted) out.push(`[${s.title}: ${s.omitted}]`);
      continue;
    }
    for (const b of s.blocks) out.push(...blockText(b));
  }
  return out.join('\n');
}
