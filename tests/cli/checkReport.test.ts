// `baocao check-report` in-process, on .docx files written with the docx package (paragraphs, a table and a
// content control), and the paragraph reader it relies on.
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { runCli } from './runCli';
import { BlockContentControl } from '../../src/io/docxContentControl';
import { docxParagraphsOfBytes, paragraphsOfXml } from '../../src/io/docxParagraphs';
import { readDocxParagraphs, readDocxReport } from '../../src/io/docxFile';
import { UnusableInputError } from '../../src/io/errors';
import { AN_HOA_2023 } from '../fixtures/reports/anHoa2023';
import { keyHouseholds, samplePath, sampleKey, viNumber, viRate } from '../samples';

const dir = mkdtempSync(join(tmpdir(), 'baocao-check-'));

const run = runCli;

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** The report as Word holds it: its paragraphs, then a table of village figures, then a section in a content control. */
async function reportDocx(name: string, paragraphs: readonly string[], tail: string[] = []): Promise<string> {
  const table = new Table({ rows: [new TableRow({ children: [cell('Thôn'), cell('Số hộ')] }), new TableRow({ children: [cell('An Lạc'), cell('117')] })] });
  const control = new BlockContentControl({ tag: 'baocao:van-hoa', alias: 'Gia đình văn hóa', id: 1, children: tail.map((t) => new Paragraph(t)) });
  const doc = new Document({ sections: [{ children: [...paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })), table, control] }] });
  const path = join(dir, name);
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

const defect = 'Toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 95,7%).';

describe('readDocxParagraphs', () => {
  test('gives every paragraph in order: body, table cells, then the content control\'s', async () => {
    const path = await reportDocx('order.docx', ['BÁO CÁO', 'I. KẾT QUẢ'], ['Trong điều khiển nội dung.']);
    expect(await readDocxParagraphs(path)).toEqual(['BÁO CÁO', 'I. KẾT QUẢ', 'Thôn', 'Số hộ', 'An Lạc', '117', 'Trong điều khiển nội dung.']);
  });

  test('reads tabs, breaks, no-break hyphens and entities, and skips deleted text and paragraph tab stops', () => {
    const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      + '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Số:</w:t><w:tab/><w:t xml:space="preserve">12/BC</w:t><w:noBreakHyphen/><w:t>UBND</w:t></w:r></w:p>'
      + '<w:p><w:r><w:t>A &amp; B &lt;1&gt;</w:t><w:br/><w:t>dòng 2</w:t></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p><w:p/>'
      + '</w:body></w:document>';
    expect(paragraphsOfXml(xml)).toEqual(['Số:\t12/BC-UBND', 'A & B <1>\ndòng 2', '']);
  });

  test('refuses what is not a readable .docx with a typed error', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le')]);
    await expect(docxParagraphsOfBytes(ole, 'cu.doc')).rejects.toMatchObject({ reason: 'unreadable', messageVi: expect.stringContaining('tệp Word đời cũ (.doc)') });
    const locked = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le')]);
    await expect(docxParagraphsOfBytes(locked, 'khoa.docx')).rejects.toMatchObject({ reason: 'encrypted' });
    await expect(docxParagraphsOfBytes(readFileSync(samplePath('households-flat')), 'so.xlsx')).rejects.toBeInstanceOf(UnusableInputError);
    await expect(docxParagraphsOfBytes(Buffer.from('không phải zip'), 'a.docx')).rejects.toMatchObject({ messageVi: expect.stringContaining('không phải là tệp Word') });
  });
});

describe('readDocxReport', () => {
  test('gives each paragraph\'s table and the outline level of its heading style (own, built-in name, or based on)', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'MucLon', name: 'Mục lớn', basedOn: 'Heading1', run: { bold: true } }, { id: 'u2', name: 'heading 2', basedOn: 'Normal' }] },
      sections: [{
        children: [
          new Paragraph({ text: 'I. KẾT QUẢ', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '1. Đặc điểm', style: 'u2' }),
          new Paragraph({ text: 'II. PHƯƠNG HƯỚNG', style: 'MucLon' }),
          new Paragraph('Nội dung.'),
          new Table({ rows: [new TableRow({ children: [cell('1. Có'), cell('2. Không')] })] }),
          new Paragraph('Sau bảng.'),
          new Table({ rows: [new TableRow({ children: [cell('Cộng')] })] }),
        ],
      }],
    });
    const path = join(dir, 'styles.docx');
    writeFileSync(path, await Packer.toBuffer(doc));
    const r = await readDocxReport(path);
    expect(r.paragraphs).toEqual(['I. KẾT QUẢ', '1. Đặc điểm', 'II. PHƯƠNG HƯỚNG', 'Nội dung.', '1. Có', '2. Không', 'Sau bảng.', 'Cộng']);
    expect(r.layout.table).toEqual([null, null, null, null, 0, 0, null, 1]);
    expect(r.layout.outlineLevel).toEqual([0, 1, 0, null, null, null, null, null]);
  });

  test('a finding in a table cell is located in its table', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('I. KẾT QUẢ'), new Paragraph('Nội dung.'), new Table({ rows: [new TableRow({ children: [cell('Ngày 31/11/2023')] })] })] }] });
    const p2 = join(dir, 'bang2.docx');
    writeFileSync(p2, await Packer.toBuffer(doc));
    const r = await run(['check-report', p2, '--json']);
    expect((JSON.parse(r.out) as { findings: Array<Record<string, unknown>> }).findings).toMatchObject([{ code: 'report.date', paragraph: 2, location: 'Mục I, biểu 1' }]);
  });
});

describe('baocao check-report', () => {
  test('--json lists each finding with code, 0-based paragraph, its location, excerpt and message, and exits 1', async () => {
    const path = await reportDocx('loi.docx', [...AN_HOA_2023.slice(0, 20), defect, ...AN_HOA_2023.slice(20)]);
    const r = await run(['check-report', path, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { findings: Array<Record<string, unknown>> };
    expect(json.findings).toEqual([{ code: 'report.ratio', paragraph: 20, location: 'Mục I.2.b, đoạn 21', excerpt: defect, message: 'Tỷ lệ 95,7% không khớp với 1.139/1.216 (= 93,7%).' }]);
  });

  test('a correct report gives exit 0; the text output names the place (paragraph from 1), the code and the message', async () => {
    const clean = await run(['check-report', await reportDocx('dung.docx', AN_HOA_2023)]);
    expect(clean).toMatchObject({ code: 0, err: '' });
    expect(clean.out).toContain('không thấy điểm nào cần xem lại');
    const r = await run(['check-report', await reportDocx('loi2.docx', ['BÁO CÁO', defect])]);
    expect(r.out).toContain('Báo cáo "loi2.docx": 1 điểm cần xem lại.');
    expect(r.out).toContain('Đoạn 2 · report.ratio\n  Tỷ lệ 95,7% không khớp với 1.139/1.216 (= 93,7%).');
  });

  test('--data compares the figures with the registers, as summary reads them', async () => {
    // A short report of the sample commune whose figures are those of its registers (the samples' keys).
    const { commune, year } = sampleKey('households-flat').profile;
    const h = keyHouseholds('households-flat');
    const poverty = (poor: number) => `Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm ${year}: toàn xã có ${viNumber(h.total)} hộ, trong đó số hộ nghèo ${poor} hộ, tỷ lệ ${viRate(Math.round((poor / h.total) * 10000) / 100, 2)}%; hộ cận nghèo ${h.poverty.nearPoor} hộ, tỷ lệ ${viRate(h.rates.nearPoor, 2)}%.`;
    const report = (poor: number) => [
      `UBND XÃ ${commune.toUpperCase()}`,
      'BÁO CÁO',
      `Tổng kết công tác thi đua, khen thưởng năm ${year}`,
      `Tổ chức bình xét các danh hiệu văn hóa năm ${year}, toàn xã có ${viNumber(h.culturalFamily.achieved)}/${viNumber(h.culturalFamily.registered)} hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt ${viRate(h.rates.culturalFamilyAchieved, 1)}%).`,
      poverty(poor),
    ];
    const wrong = h.poverty.poor + 2;
    const path = await reportDocx('du-lieu.docx', report(wrong));
    const r = await run(['check-report', path, '--data', samplePath('households-flat'), samplePath('awards-sectioned'), '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { findings: Array<{ code: string; message: string }> }).findings).toEqual([
      expect.objectContaining({ code: 'report.data', message: `Số hộ nghèo trong báo cáo là ${wrong}, không khớp với số liệu sổ sách (${h.poverty.poor}).` }),
    ]);
    expect((await run(['check-report', await reportDocx('dung2.docx', report(h.poverty.poor)), '--data', samplePath('households-flat')])).code).toBe(0);
  });

  test('a .doc, a truncated file, a missing file or wrong arguments give one line on stderr and exit 2', async () => {
    const doc = join(dir, 'cu.doc');
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le')]));
    const good = readFileSync(await reportDocx('nguon.docx', AN_HOA_2023));
    const cut = join(dir, 'cut.docx');
    writeFileSync(cut, good.subarray(0, Math.floor(good.length / 2)));
    for (const [args, says] of [[[doc], 'tệp Word đời cũ (.doc)'], [[cut], 'bị hỏng'], [[join(dir, 'khong-co.docx')], 'Không tìm thấy'], [[], 'Cách dùng'], [[doc, '--bogus'], 'Không hiểu tùy chọn']] as const) {
      const r = await run(['check-report', ...args]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(says);
      if (says !== 'Cách dùng') expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  test.each([
    ['a closing tag that does not match', (xml: string) => xml.replace('</w:t>', '</w:p>')],
    ['a paragraph never closed', (xml: string) => xml.replace(/<\/w:p>(?![\s\S]*<\/w:p>)/, '')],
    ['a stray "<" in the text', (xml: string) => xml.replace('xml:space="preserve">', 'xml:space="preserve">< ')],
    ['an attribute without quotes', (xml: string) => xml.replace(/<w:p>/, '<w:p w:rsidR=00AB12>')],
    ['two documents glued together', (xml: string) => `${xml}${xml.slice(xml.indexOf('<w:document'))}`],
  ])('malformed XML (%s) is damaged, never "nothing to review": one line, exit 2, also with --json', async (label, spoil) => {
    const zip = await JSZip.loadAsync(readFileSync(await reportDocx(`nguon-${label.length}.docx`, AN_HOA_2023)));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const bad = spoil(xml);
    expect(bad).not.toBe(xml);
    zip.file('word/document.xml', bad);
    const path = join(dir, `malformed-${label.length}.docx`);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    for (const extra of [[], ['--json']]) {
      const r = await run(['check-report', path, ...extra]);
      expect(r).toMatchObject({ code: 2, out: '' });
      expect(r.err).toMatch(/^Tệp "malformed-\d+\.docx" bị hỏng \(nội dung văn bản bị cắt cụt hoặc sai cấu trúc\) nên không kiểm tra được: [^\n]*\n$/u);
    }
  });

  test('damaged styles cost the heading styles only: the body is still checked', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await reportDocx('styles-bad.docx', ['BÁO CÁO', defect])));
    zip.file('word/styles.xml', '<w:styles><w:style w:styleId="Heading1">');
    const path = join(dir, 'styles-bad2.docx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await run(['check-report', path]);
    expect(r).toMatchObject({ code: 1, err: '' });
    expect(r.out).toContain('report.ratio');
  });

  test('a report whose document.xml is cut off is damaged, never "nothing to review": one line, exit 2', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await reportDocx('nguon2.docx', AN_HOA_2023)));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Cut inside a tag half way through the report: what a failed copy or a crashed save leaves.
    zip.file('word/document.xml', xml.slice(0, xml.indexOf('<w:r>', xml.length / 2) + 3));
    const path = join(dir, 'cut-xml.docx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = await run(['check-report', path]);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe('Tệp "cut-xml.docx" bị hỏng (nội dung văn bản bị cắt cụt hoặc sai cấu trúc) nên không kiểm tra được: hãy mở bằng Word (Word sẽ đề nghị sửa tệp), lưu lại thành .docx rồi thử lại.\n');
  });
});
