// The .docx renderer, checked on the XML it writes: the content controls a refresh relies on, ND 30 formatting, and
// escaping. Exact substrings, because Word and the refresh code read exactly these elements.
import JSZip from 'jszip';
import { columnTwips, reportToDocx } from '../../src/io/docx';
import type { ReportDoc, ReportSection } from '../../src/core/report/model';

async function documentXml(doc: ReportDoc, options?: Parameters<typeof reportToDocx>[1], name = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(await reportToDocx(doc, options));
  const part = zip.file(name);
  if (!part) throw new Error(`${name} missing`);
  return part.async('string');
}

/** Each body-level content control's XML, in document order (the renderer never nests them). */
function sdts(xml: string): string[] {
  return [...xml.matchAll(/<w:sdt>([\s\S]*?)<\/w:sdt>/g)].map((m) => m[1]);
}

/** The text of a fragment's w:t elements, unescaped, as Word would show it. */
function texts(xml: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1].replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => entities[e]))
    .join('');
}

const vanHoa: ReportSection = {
  id: 'van-hoa',
  title: 'Gia đình văn hóa',
  blocks: [{ type: 'paragraph', runs: [{ text: 'Toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7%).' }] }],
};

const bangThon: ReportSection = {
  id: 'bang-thon',
  title: 'Bảng tổng hợp theo thôn',
  blocks: [{
    type: 'table',
    columns: [{ width: 1, align: 'center' }, { width: 4, align: 'left' }, { width: 2, align: 'right' }, { width: 2, align: 'right' }],
    header: [
      [{ runs: [{ text: 'TT' }], rowSpan: 2 }, { runs: [{ text: 'Thôn' }], rowSpan: 2 }, { runs: [{ text: 'Số hộ' }], colSpan: 2 }],
      [{ runs: [{ text: 'Tổng' }] }, { runs: [{ text: 'GĐVH' }] }],
    ],
    rows: [
      { kind: 'data', cells: [{ runs: [{ text: '1' }] }, { runs: [{ text: 'Thôn Đông' }] }, { runs: [{ text: '1.216' }] }, { runs: [{ text: '1.139' }] }] },
      { kind: 'total', cells: [{ runs: [{ text: 'Tổng cộng' }], colSpan: 2 }, { runs: [{ text: '1.216' }] }, { runs: [{ text: '1.139' }] }] },
    ],
  }],
};

const omitted: ReportSection = { id: 'ho-ngheo', title: 'Hộ nghèo', blocks: [], omitted: 'Sổ hộ không có cột hộ nghèo.' };

describe('reportToDocx', () => {
  it('writes the content control XML: one tagged w:sdt per section, with ND 30 formatting inside', async () => {
    const xml = await documentXml({ sections: [vanHoa, omitted, bangThon] });
    const controls = sdts(xml);
    expect(controls).toHaveLength(2);

    const [p, t] = controls;
    expect(p).toMatch(/^<w:sdtPr><w:alias w:val="Gia đình văn hóa"\/><w:tag w:val="baocao:van-hoa"\/><w:id w:val="\d+"\/><\/w:sdtPr><w:sdtContent>/);
    expect(t).toMatch(/^<w:sdtPr><w:alias w:val="Bảng tổng hợp theo thôn"\/><w:tag w:val="baocao:bang-thon"\/><w:id w:val="\d+"\/><\/w:sdtPr><w:sdtContent>/);
    const ids = controls.map((c) => /<w:id w:val="(\d+)"\/>/.exec(c)?.[1]);
    expect(new Set(ids).size).toBe(2);

    // The paragraph section: its text inside sdtContent, justified, 1,27 cm first line, 14 pt Times New Roman.
    const content = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>$/.exec(p)?.[1] ?? '';
    expect(texts(content)).toBe(runsOf(vanHoa));
    expect(content).toContain('<w:jc w:val="both"/>');
    expect(content).toContain('<w:ind w:firstLine="720"/>');
    expect(content).toContain('<w:sz w:val="28"/>');
    expect(content).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>');

    // The table section: the table inside sdtContent, header rows repeated, spans, right-aligned numbers, 12 pt.
    expect(t).toMatch(/<w:sdtContent><w:tbl>[\s\S]*<\/w:tbl><\/w:sdtContent>$/);
    const rows = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).toContain('<w:tblHeader/>');
    expect(rows[2]).not.toContain('<w:tblHeader/>');
    expect(rows[0]).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*Số hộ/);
    expect(rows[0].match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(rows[1].match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(rows[0]).toContain('<w:b/>');
    const dataCells = [...rows[2].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]);
    expect(dataCells.map((c) => /<w:jc w:val="(\w+)"\/>/.exec(c)?.[1])).toEqual(['center', 'left', 'right', 'right']);
    expect(dataCells[2]).toContain('<w:sz w:val="24"/>');
    expect(rows[2]).not.toContain('<w:b/>');
    expect(rows[3]).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*Tổng cộng/);
    expect(rows[3].match(/<w:b\/>/g)).toHaveLength(3);
    expect(t).toContain('<w:insideV w:val="single" w:color="000000" w:sz="4"/>');
    expect(t).toContain('<w:tblW w:type="dxa" w:w="9071"/>');

    // The page: A4 portrait, margins 20/20/30/20 mm, a different first page (no number on it).
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');

    // Document defaults, so text typed later outside our runs is Times New Roman 14 pt too.
    const styles = await documentXml({ sections: [vanHoa] }, {}, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>[\s\S]*?<w:sz w:val="28"\/>/);
  });

  it('escapes markup characters in text and in the control alias, keeping the text intact', async () => {
    const tricky = 'Hộ <cận nghèo> & "mức sống" trung bình \'TB\'';
    const xml = await documentXml({
      sections: [{ id: 'ho-ngheo', title: 'Hộ "nghèo" & <cận>', blocks: [{ type: 'paragraph', runs: [{ text: tricky }] }] }],
    });
    const [control] = sdts(xml);
    expect(control).toContain('<w:alias w:val="Hộ &quot;nghèo&quot; &amp; &lt;cận&gt;"/>');
    expect(control).toContain('&lt;cận nghèo&gt; &amp; ');
    expect(control).not.toContain('<cận');
    expect(texts(control)).toBe(tricky);
  });

  it('writes no content control for an omitted section, and an italic note in one only when asked', async () => {
    const plain = await documentXml({ sections: [omitted] });
    expect(sdts(plain)).toHaveLength(0);
    expect(plain).not.toContain('baocao:ho-ngheo');

    const shown = await documentXml({ sections: [omitted] }, { showOmitted: true });
    const [note] = sdts(shown);
    expect(note).toContain('<w:tag w:val="baocao:ho-ngheo"/>');
    expect(note).toContain('<w:i/>');
    expect(texts(note)).toBe('Hộ nghèo: Sổ hộ không có cột hộ nghèo.');
  });

  it('renders "-" and "+" list items as indented paragraphs, not Word bullets', async () => {
    const xml = await documentXml({
      sections: [{ id: 'cap-tren', title: 'Cấp trên khen thưởng', blocks: [{ type: 'list', marker: '+', items: [[{ text: 'Trường Tiểu học An Hòa' }], [{ text: '01 cá nhân' }]] }] }],
    });
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
    expect(paragraphs.map(texts)).toEqual(['+ Trường Tiểu học An Hòa', '+ 01 cá nhân']);
    for (const p of paragraphs) expect(p).toContain('<w:ind w:firstLine="720"/>');
    expect(xml).not.toContain('<w:numPr>');
  });

  it('scales relative column widths to the 160 mm text width exactly', () => {
    const widths = columnTwips([{ width: 1, align: 'center' }, { width: 4, align: 'left' }, { width: 2, align: 'right' }]);
    expect(widths.reduce((s, w) => s + w, 0)).toBe(9071);
    expect(widths[1]).toBeCloseTo(widths[0] * 4, -1);
    expect(columnTwips([{ width: 0, align: 'left' }, { width: 0, align: 'left' }])).toEqual([4536, 4535]);
    // A column below its minimum (its longest word) gets it, taken from the others' room; the sum stays exact.
    const widened = columnTwips([{ width: 1, align: 'center' }, { width: 4, align: 'left' }, { width: 2, align: 'right' }], 9071, [2000, 0, 0]);
    expect(widened[0]).toBe(2000);
    expect(widened.reduce((s, w) => s + w, 0)).toBe(9071);
    expect(widened[1] / widened[2]).toBeCloseTo(2, 1);
  });
});

function runsOf(section: ReportSection): string {
  const b = section.blocks[0];
  return b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '';
}
