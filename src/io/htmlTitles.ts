// Government software writes the title of an HTML export ("UBND XÃ …", "DANH SÁCH … NĂM 2024") and its footer
// ("Yên Lâm, ngày 25 tháng 12 năm 2024") as paragraphs around the table. Excel shows them as rows above and below
// it; the table reader drops them. They come back here as rows, so the year, the title and the footer are read.
import { gridOf, type Grid } from '../core/grid';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of markup: tags become line breaks where they break a line, entities are decoded, blank lines dropped. */
function textLines(markup: string): string[] {
  const text = markup
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '').slice(0, 40);
}

/** The lines written before the first table and after the last one. */
export function linesAroundTables(html: string): { before: string[]; after: string[] } {
  const open = html.search(/<table\b/i);
  const close = html.toLowerCase().lastIndexOf('</table>');
  if (open < 0 || close < 0) return { before: [], after: [] };
  const body = html.slice(0, open).replace(/^[\s\S]*<body\b[^>]*>/i, '');
  return { before: textLines(body), after: textLines(html.slice(close + 8).replace(/<\/body>[\s\S]*$/i, '')) };
}

/** The table's grid with the lines around it as one-cell rows above and below, as Excel shows the page. */
export function withLinesAround(grid: Grid, lines: { before: string[]; after: string[] }): Grid {
  if (!lines.before.length && !lines.after.length) return grid;
  const n = lines.before.length;
  const values = [...lines.before.map((l) => [l]), ...grid.values, ...lines.after.map((l) => [l])];
  const merges = grid.merges.map((m) => ({ top: m.top + n, left: m.left, bottom: m.bottom + n, right: m.right }));
  return gridOf(grid.sheet, values, merges, grid.originRow, grid.originColumn);
}
