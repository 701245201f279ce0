// The task-pane preview of a report, rendered to static markup (node, no DOM): escaping, emphasis, tables,
// section wrappers and omitted sections; styles read back from Griffel's server-side renderer.
import { renderToStaticMarkup } from 'react-dom/server';
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  webLightTheme,
  type GriffelRenderer,
} from '@fluentui/react-components';
import { ReportPreview, type ReportPreviewProps } from '../../src/taskpane/report/ReportPreview';
import { cellColumns } from '../../src/taskpane/report/ReportTable';
import { text, type ReportDoc } from '../../src/core/report/model';

const FIGURES = 'toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7%)';

function sampleDoc(): ReportDoc {
  return {
    sections: [
      {
        id: 'van-hoa',
        title: 'Gia đình văn hóa',
        blocks: [
          { type: 'heading', level: 2, runs: text('1. Phong trào xây dựng gia đình văn hóa') },
          { type: 'paragraph', runs: [{ text: 'Năm 2023, ' }, { text: FIGURES, bold: true }, { text: '.' }] },
          { type: 'paragraph', runs: text('Ghi chú <script>alert("x")</script> & "trích dẫn"', { italic: true }) },
        ],
      },
      { id: 'ho-ngheo', title: 'Hộ nghèo', blocks: [], omitted: 'Không có danh sách hộ nghèo.' },
      {
        id: 'cap-tren',
        title: 'Cấp trên khen thưởng',
        blocks: [{ type: 'list', marker: '+', items: [text('Trường Tiểu học An Hòa được tặng Cờ thi đua;'), text('01 cá nhân được tặng Bằng khen.')] }],
      },
      {
        id: 'bang-thon',
        title: 'Bảng theo thôn',
        blocks: [
          {
            type: 'table',
            caption: text('Bảng 1. Kết quả theo thôn'),
            columns: [
              { width: 1, align: 'center' },
              { width: 4, align: 'left' },
              { width: 2, align: 'right' },
              { width: 2, align: 'right' },
            ],
            header: [
              [{ runs: text('TT'), rowSpan: 2 }, { runs: text('Thôn'), rowSpan: 2 }, { runs: text('Gia đình văn hóa'), colSpan: 2 }],
              [{ runs: text('Số hộ') }, { runs: text('Tỷ lệ') }],
            ],
            rows: [
              { kind: 'group', cells: [{ runs: text('A. Vùng trong đê') }] },
              { kind: 'data', cells: [{ runs: text('1') }, { runs: text('Thôn Đông') }, { runs: text('1.139') }, { runs: text('93,7%') }] },
              { kind: 'total', cells: [{ runs: text('Tổng cộng'), colSpan: 2, align: 'center' }, { runs: text('1.139') }, { runs: text('93,7%') }] },
            ],
          },
        ],
      },
      { id: 'khen-thuong', title: 'Khen thưởng', blocks: [], omitted: 'Không có sổ khen thưởng.' },
    ],
  };
}

/** Markup and the CSS Griffel generated for it. */
function render(props: Partial<ReportPreviewProps> = {}): { html: string; css: string } {
  const renderer: GriffelRenderer = createDOMRenderer();
  const html = renderToStaticMarkup(
    <RendererProvider renderer={renderer}>
      <ReportPreview doc={sampleDoc()} {...props} />
    </RendererProvider>,
  );
  return { html, css: renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>) };
}

/** The classes whose rule is exactly `decl` (atomic CSS: one declaration a class). */
function classesWith(css: string, decl: string): string[] {
  const esc = decl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...css.matchAll(new RegExp(`\\.([\\w-]+)\\{${esc};?\\}`, 'g'))].map((m) => m[1]);
}

function classesOf(tag: string): string[] {
  return /class="([^"]*)"/.exec(tag)?.[1].split(' ') ?? [];
}

function cellsContaining(html: string, tag: 'td' | 'th', content: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>${content}</${tag}>`, 'g'))].map((m) => m[0]);
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('ReportPreview', () => {
  it('renders a paragraph\'s text once, with its figures as written', () => {
    const { html } = render();
    expect(count(html, FIGURES)).toBe(1);
    expect(html).toContain('lang="vi"');
  });

  it('escapes text from the registers: no markup gets through', () => {
    const { html } = render();
    expect(html).not.toContain('<script>');
    expect(html).toContain('Ghi chú &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;trích dẫn&quot;');
  });

  it('puts bold runs in <strong> and italic runs in <em>', () => {
    const { html } = render();
    expect(html).toContain(`<strong>${FIGURES}</strong>`);
    expect(html).toMatch(/<em>Ghi chú &lt;script&gt;/);
    expect(html).not.toContain('<strong>Năm 2023');
  });

  it('renders headings as bold heading elements and justified, indented paragraphs', () => {
    const { html, css } = render();
    const heading = /<h4[^>]*>1\. Phong trào xây dựng gia đình văn hóa<\/h4>/.exec(html)?.[0] ?? '';
    expect(heading).not.toBe('');
    expect(classesOf(heading)).toEqual(expect.arrayContaining(classesWith(css, 'font-weight:bold')));
    const para = /<p[^>]*>Năm 2023/.exec(html)?.[0] ?? '';
    const classes = classesOf(para);
    expect(classes).toEqual(expect.arrayContaining([classesWith(css, 'text-align:justify')[0], classesWith(css, 'text-indent:2em')[0]]));
    expect(css).toContain('Times New Roman');
  });

  it('writes list items as lines starting with their marker', () => {
    const { html } = render();
    expect(html).toContain('<li class="');
    expect(html).toMatch(/>\+ Trường Tiểu học An Hòa được tặng Cờ thi đua;<\/li>/);
    expect(html).toMatch(/>\+ 01 cá nhân được tặng Bằng khen\.<\/li>/);
  });

  it('renders the merged header with <th> cells carrying colspan and rowspan', () => {
    const { html } = render();
    expect(count(html, '<thead>')).toBe(1);
    // React writes the attributes as colSpan/rowSpan; HTML attribute names are case-insensitive.
    expect(html).toMatch(/<th scope="col" rowspan="2"[^>]*>TT<\/th>/i);
    expect(html).toMatch(/<th scope="colgroup" colspan="2"[^>]*>Gia đình văn hóa<\/th>/i);
    expect(count(html, '<th ')).toBe(5);
    expect(html).toContain('<colgroup>');
  });

  it('aligns body cells per column (numbers right), bold totals and bold italic group rows across the table', () => {
    const { html, css } = render();
    const right = classesWith(css, 'text-align:right');
    const left = classesWith(css, 'text-align:left');
    const center = classesWith(css, 'text-align:center');
    expect(right).toHaveLength(1);
    const [data, total] = cellsContaining(html, 'td', '1.139');
    expect(classesOf(data)).toContain(right[0]);
    expect(classesOf(total)).toContain(right[0]);
    expect(classesOf(total)).toEqual(expect.arrayContaining(classesWith(css, 'font-weight:bold')));
    expect(classesOf(cellsContaining(html, 'td', 'Thôn Đông')[0])).toContain(left[0]);
    expect(classesOf(cellsContaining(html, 'td', 'Tổng cộng')[0])).toContain(center[0]);
    const group = cellsContaining(html, 'td', 'A. Vùng trong đê')[0];
    expect(group.toLowerCase()).toContain('colspan="4"');
    expect(classesOf(group)).toEqual(expect.arrayContaining([...classesWith(css, 'font-style:italic'), classesWith(css, 'font-weight:bold')[0]]));
    expect(css).toContain('border-collapse:collapse');
  });

  it('wraps the table in a focusable, labelled region that scrolls sideways', () => {
    const { html, css } = render();
    const region = /<div[^>]*role="region"[^>]*>/.exec(html)?.[0] ?? '';
    expect(region).toContain('tabindex="0"');
    expect(region).toMatch(/aria-labelledby="[^"]+"/);
    expect(classesOf(region)).toContain(classesWith(css, 'overflow-x:auto')[0]);
    expect(html).toMatch(/<p id="[^"]+"[^>]*>Bảng 1\. Kết quả theo thôn<\/p>/);
  });

  it('wraps each section in a labelled data-section element, in the report\'s order, omitting sections left out', () => {
    const { html } = render();
    const ids = [...html.matchAll(/<section data-section="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(ids).toEqual([
      ['van-hoa', 'Gia đình văn hóa'],
      ['cap-tren', 'Cấp trên khen thưởng'],
      ['bang-thon', 'Bảng theo thôn'],
    ]);
    expect(html).not.toContain('Không có danh sách hộ nghèo');
  });

  it('shows omitted sections with their reason when asked', () => {
    const { html, css } = render({ showOmitted: true });
    const ids = [...html.matchAll(/data-section="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['van-hoa', 'ho-ngheo', 'cap-tren', 'bang-thon', 'khen-thuong']);
    const note = /<p[^>]*>Hộ nghèo — không đưa vào báo cáo: Không có danh sách hộ nghèo\.<\/p>/.exec(html)?.[0] ?? '';
    expect(note).not.toBe('');
    expect(classesOf(note)).toEqual(expect.arrayContaining(classesWith(css, 'font-style:italic')));
  });

  it('shows only the sections asked for, in the report\'s order', () => {
    const { html } = render({ sections: ['bang-thon', 'van-hoa', 'ho-ngheo'] });
    expect([...html.matchAll(/data-section="([^"]+)"/g)].map((m) => m[1])).toEqual(['van-hoa', 'bang-thon']);
    expect(render({ sections: ['ho-ngheo'] }).html).toContain('Không có mục nào để xem trước.');
  });

  it('renders the same inside a FluentProvider with the default renderer', () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <ReportPreview doc={sampleDoc()} />
      </FluentProvider>,
    );
    expect(count(html, FIGURES)).toBe(1);
    expect(html).toContain('data-section="bang-thon"');
  });
});

describe('cellColumns', () => {
  it('places cells after columns still covered by a rowSpan from above', () => {
    const c = (colSpan = 1, rowSpan = 1) => ({ runs: [], colSpan, rowSpan });
    expect(cellColumns([[c(1, 2), c(1, 2), c(3)], [c(), c(2)]])).toEqual([[0, 1, 2], [2, 3]]);
    expect(cellColumns([[c(), c(1, 3), c()], [c(), c()], [c(), c()]])).toEqual([[0, 1, 2], [0, 2], [0, 2]]);
  });
});
