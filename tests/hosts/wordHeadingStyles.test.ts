// The Word pane's report check reads heading styles as check-report reads them in a .docx: the adapter from the
// body's OOXML (styles part included) in its one sync, the in-memory host from its paragraphs' styles.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { checkReport } from '../../src/core/check';
import { buildReport } from '../../src/core/report/sections';
import { readStructure } from '../../src/core/check/structure';
import type { CheckOptions } from '../../src/core/check/types';
import { reportOfBodyOoxml } from '../../src/hosts/word/bodyOoxml';
import { blocksOfReport, clerkParagraph, FakeWord } from '../../src/hosts/word/fakeWord';
import { countWordSyncs, OfficeWord } from '../../src/hosts/word/officeWord';
import type { WordReport } from '../../src/hosts/word/port';
import { docxReportOfBytes } from '../../src/io/docxParagraphs';
import { sampleInput } from '../core/report/fixtures';
import { flatPackage, ooxmlRun } from './wordOoxml';

const LONG = `4. ${'Tiếp tục đẩy mạnh công tác tuyên truyền, vận động nhân dân tham gia các phong trào thi đua '.repeat(3)}`;
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** A report whose headings are told by their styles: two numbered ones that follow each other (a list to the text
 *  alone) skipping 2, one without a number, a long paragraph in a heading style, a custom style based on Heading 1. */
async function styledReport(): Promise<Uint8Array> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'MucLon', name: 'Mục lớn', basedOn: 'Heading1', run: { bold: true } }] },
    sections: [{
      children: [
        new Paragraph('ỦY BAN NHÂN DÂN XÃ AN HÒA'),
        new Paragraph('BÁO CÁO Kết quả công tác năm 2024'),
        new Paragraph({ text: 'I. KẾT QUẢ NĂM 2024', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '1. Công tác văn hóa', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: '3. Công tác xã hội', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Năm 2024 toàn xã có 1.216 hộ.'),
        new Table({ rows: [new TableRow({ children: [cell('1. Có'), cell('2. Không')] })] }),
        new Paragraph({ text: 'Tổng kết', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: LONG, heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: 'II. PHƯƠNG HƯỚNG NĂM 2025', style: 'MucLon' }),
        new Paragraph('Phấn đấu năm 2025 giữ vững kết quả.'),
        new Paragraph('Trên đây là báo cáo kết quả năm 2024./.'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** What the pane's check is given (CheckPanel.tsx): the tables and the heading levels read from Word. */
const paneOptions = (r: WordReport): CheckOptions => ({ tables: r.tables, layout: { outlineLevel: r.outlineLevel } });
const brief = (paragraphs: string[], options: CheckOptions) => checkReport(paragraphs, options).map((f) => [f.code, f.paragraph, f.message]);
const headingsOf = (paragraphs: string[], options: CheckOptions) => readStructure(paragraphs, options).headings.map((h) => paragraphs[h.paragraph]);

function officeWordOver(paragraphs: readonly string[], ooxml: string) {
  const { run, loaded } = ooxmlRun(paragraphs, ooxml);
  const counted = countWordSyncs(run);
  return { word: new OfficeWord(counted.run, { settings: { get: () => undefined, set: () => undefined, saveAsync: () => undefined }, mergeCells: false }), counted, loaded };
}

describe('heading styles in the pane\'s report check', () => {
  test('the adapter reads the styles from the body OOXML in one sync, and its check finds what check-report finds', async () => {
    const bytes = await styledReport();
    const file = await docxReportOfBytes(bytes);
    const cli = { layout: file.layout, tables: file.tables };
    const { word, counted, loaded } = officeWordOver(file.paragraphs, await flatPackage(bytes));
    const r = await word.readReport();
    expect(counted.count()).toBe(1);
    expect(loaded).toEqual(['text']);
    expect(r.outlineLevel).toEqual(file.layout.outlineLevel);
    expect(r.outlineLevel).toEqual([null, null, 0, 1, 1, null, null, null, 1, 1, 0, null, null]);
    expect(brief(r.paragraphs, paneOptions(r))).toEqual(brief(file.paragraphs, cli));
    expect(headingsOf(r.paragraphs, paneOptions(r))).toEqual(headingsOf(file.paragraphs, cli));
    // The skipped "2." is a finding only because the styles make "1." and "3." headings, not a list.
    expect(brief(r.paragraphs, paneOptions(r)).filter(([code]) => code === 'report.numbering').map(([, p]) => p)).toEqual([4]);
    expect(brief(r.paragraphs, { tables: r.tables }).filter(([code]) => code === 'report.numbering')).toEqual([]);
    // A heading style does not make a long paragraph or one without a number a heading; table cells never are.
    expect(headingsOf(r.paragraphs, paneOptions(r))).toEqual(['I. KẾT QUẢ NĂM 2024', '1. Công tác văn hóa', '3. Công tác xã hội', 'II. PHƯƠNG HƯỚNG NĂM 2025']);
  });

  test('the in-memory host, given the .docx\'s levels as the page outside Office opens it, checks as check-report', async () => {
    const bytes = await styledReport();
    const file = await docxReportOfBytes(bytes);
    const w = new FakeWord();
    w.open(blocksOfReport(file.paragraphs, file.tables, file.layout.outlineLevel));
    const r = await w.readReport();
    expect(r.paragraphs).toEqual(file.paragraphs);
    expect(r.outlineLevel).toEqual(file.layout.outlineLevel);
    expect(brief(r.paragraphs, paneOptions(r))).toEqual(brief(file.paragraphs, { layout: file.layout, tables: file.tables }));
  });

  test('levels stay on Word\'s own paragraphs when its list differs from the OOXML\'s; one it reads differently has none', async () => {
    const bytes = await styledReport();
    const file = await docxReportOfBytes(bytes);
    // Word reads one paragraph differently (a field's result, say), and lists no extra last paragraph.
    const wordTexts = file.paragraphs.map((p, i) => (i === 3 ? '1. Công tác văn hóa (sửa)' : p));
    const { outlineLevel } = reportOfBodyOoxml(await flatPackage(bytes), wordTexts);
    expect(outlineLevel).toEqual(file.layout.outlineLevel.map((l, i) => (i === 3 ? null : l)));
    expect(outlineLevel).toHaveLength(wordTexts.length);
  });

  test('without a styles part, a paragraph\'s own outline level still counts and a style alone tells nothing', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ text: 'I. KẾT QUẢ', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '1. Một', outlineLevel: 1 }),
          new Paragraph({ text: '2. Hai', heading: HeadingLevel.HEADING_2 }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const texts = ['I. KẾT QUẢ', '1. Một', '2. Hai'];
    expect(reportOfBodyOoxml(await flatPackage(bytes, { styles: false }), texts).outlineLevel).toEqual([null, 1, null]);
    expect(reportOfBodyOoxml(await flatPackage(bytes), texts).outlineLevel).toEqual([0, 1, 1]);
    // A bare document part (no package) reads the same way as a package without styles.
    expect(reportOfBodyOoxml('<w:document><w:body><w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>a) Mục</w:t></w:r></w:p></w:body></w:document>', ['a) Mục']).outlineLevel).toEqual([2]);
  });

  test('the in-memory host gives the add-in\'s headings their built-in style\'s level and the clerk\'s theirs', async () => {
    const w = new FakeWord([clerkParagraph('I. KẾT QUẢ', 0), clerkParagraph('Nội dung.'), clerkParagraph('Cuối')]);
    w.moveCursorAfterParagraph(1);
    await w.insertSections([{ id: 'khen-thuong', title: 'Khen thưởng', blocks: [{ type: 'heading', level: 3, runs: [{ text: 'Về công tác khen thưởng' }] }, { type: 'paragraph', runs: [{ text: 'Khen thưởng 07 tập thể.' }] }] }]);
    const r = await w.readReport();
    expect(r.paragraphs).toEqual(['I. KẾT QUẢ', 'Nội dung.', 'Về công tác khen thưởng', 'Khen thưởng 07 tập thể.', 'Cuối']);
    expect(r.outlineLevel).toEqual([0, null, 2, null, null]);
  });

  test('no new finding: the add-in\'s whole report inserted after a clerk\'s "a)" heading checks silent, styles read', async () => {
    const input = await sampleInput();
    const w = new FakeWord([clerkParagraph('ỦY BAN NHÂN DÂN XÃ AN HÒA'), clerkParagraph(`BÁO CÁO Kết quả công tác năm ${input.year}`), clerkParagraph('I. KẾT QUẢ', 0), clerkParagraph('a) Về phong trào thi đua', 1), clerkParagraph(`Phong trào năm ${input.year} được phát động rộng khắp.`), clerkParagraph('Trên đây là báo cáo./.')]);
    w.moveCursorAfterParagraph(4);
    await w.insertSections(buildReport(input).sections);
    const r = await w.readReport();
    expect(r.paragraphs.filter((_, i) => r.outlineLevel[i] !== null)).toEqual(['I. KẾT QUẢ', 'a) Về phong trào thi đua', 'b) Về công tác khen thưởng', 'c) Thành tích được cấp trên khen thưởng']);
    expect(checkReport(r.paragraphs, paneOptions(r))).toEqual([]);
  });
});
