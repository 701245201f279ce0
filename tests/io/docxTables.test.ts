// Tables of a .docx's main part read into grids: merged cells across (gridSpan, legacy hMerge) and down (vMerge),
// rows that start late or end early (gridBefore/gridAfter), nested tables, tracked property changes, and paragraph
// indexes that agree with the paragraph reader's.
import { paragraphsOfXml } from '../../src/io/docxParagraphs';
import { tablesOfXml } from '../../src/io/docxTables';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const tc = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${t.split('|').map(p).join('')}</w:tc>`;
const doc = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

function read(body: string) {
  const xml = doc(body);
  const paragraphs = paragraphsOfXml(xml);
  return { paragraphs, tables: tablesOfXml(xml, paragraphs) };
}

const texts = (t: { grid: Array<Array<{ text: string }>> }) => t.grid.map((r) => r.map((s) => s.text));

test('a 2-row merged header: gridSpan across, vMerge down, cells keep their first paragraph', () => {
  const { paragraphs, tables } = read(
    p('Biểu số 01') +
      '<w:tbl><w:tblGrid/>' +
      `<w:tr>${tc('STT', '<w:vMerge w:val="restart"/>')}${tc('Hộ nghèo', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('Số hộ')}${tc('Tỷ lệ (%)')}</w:tr>` +
      `<w:tr>${tc('1')}${tc('31')}${tc('2,20')}</w:tr>` +
      '</w:tbl>' +
      p('Sau bảng'),
  );
  expect(tables).toHaveLength(1);
  const t = tables[0];
  expect(texts(t)).toEqual([['STT', 'Hộ nghèo', 'Hộ nghèo'], ['STT', 'Số hộ', 'Tỷ lệ (%)'], ['1', '31', '2,20']]);
  expect(t.grid[1][0]).toMatchObject({ row: 0, column: 0, paragraph: 1 });
  expect(t.grid[0][2]).toMatchObject({ row: 0, column: 1 });
  // Every slot's paragraph is the paragraph reader's index of its cell's text.
  for (const row of t.grid) for (const s of row) if (s.paragraph >= 0) expect(paragraphs[s.paragraph]).toBe(s.text);
  expect([t.start, t.end]).toEqual([1, paragraphs.indexOf('Sau bảng')]);
});

test('gridBefore and gridAfter leave empty slots; a short row is padded', () => {
  const { tables } = read(
    '<w:tbl>' +
      `<w:tr>${tc('A')}${tc('B')}${tc('C')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc('x')}</w:tr>` +
      `<w:tr>${tc('1')}</w:tr>` +
      '</w:tbl>',
  );
  expect(texts(tables[0])).toEqual([['A', 'B', 'C'], ['', 'x', ''], ['1', '', '']]);
  expect(tables[0].grid[1][0]).toMatchObject({ paragraph: -1, row: 1, column: 0 });
});

test('legacy hMerge, a cell of two paragraphs, and a tracked change of merges are read as Word shows them', () => {
  const { tables } = read(
    '<w:tbl>' +
      `<w:tr>${tc('Tổng cộng', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('120|hộ', '<w:tcPrChange w:id="1"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>')}</w:tr>` +
      '</w:tbl>',
  );
  expect(texts(tables[0])).toEqual([['Tổng cộng', 'Tổng cộng', '120\nhộ']]);
});

test('a nested table is a table of its own; the outer cell keeps its own paragraphs', () => {
  const { tables, paragraphs } = read(
    '<w:tbl><w:tr>' +
      `<w:tc>${p('Ngoài')}<w:tbl><w:tr>${tc('a')}${tc('b')}</w:tr></w:tbl>${p('')}</w:tc>${tc('Phải')}` +
      '</w:tr></w:tbl>',
  );
  expect(tables.map(texts)).toEqual([[['Ngoài', 'Phải']], [['a', 'b']]]);
  expect(paragraphs).toEqual(['Ngoài', 'a', 'b', '', 'Phải']);
  expect(tables[1].start).toBe(1);
});

test('text moved away (w:moveFrom) and VML fallbacks are skipped as the paragraph reader skips them', () => {
  const { tables, paragraphs } = read(
    `<w:moveFrom>${p('cũ')}</w:moveFrom>` +
      `<mc:AlternateContent><mc:Choice>${p('hộp')}</mc:Choice><mc:Fallback>${p('hộp')}</mc:Fallback></mc:AlternateContent>` +
      `<w:tbl><w:tr>${tc('x')}${tc('y')}</w:tr></w:tbl>`,
  );
  expect(paragraphs).toEqual(['hộp', 'x', 'y']);
  expect(tables[0].grid[0].map((s) => s.paragraph)).toEqual([1, 2]);
});

test('a table too large to be a report table (a hostile file) is left out, quickly', () => {
  const row = `<w:tr>${tc('1', '<w:gridSpan w:val="64"/>').repeat(40)}</w:tr>`;
  const started = Date.now();
  const { tables } = read(`<w:tbl>${row.repeat(100)}</w:tbl><w:tbl><w:tr>${tc('a')}</w:tr></w:tbl>`);
  expect(tables.map((t) => t.grid.length)).toEqual([1]);
  expect(Date.now() - started).toBeLessThan(2000);
});
