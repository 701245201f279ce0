// A damaged report .docx is never "a report with nothing to review": the paragraph reader refuses a document part
// that is cut off or mangled, and an entry whose bytes were damaged, with one typed Vietnamese message.
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { docxParagraphsOfBytes, isWholeXml } from '../../src/io/docxParagraphs';
import { UnusableInputError } from '../../src/io/errors';

const PARAGRAPHS = ['BÁO CÁO', 'Toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7%).', 'Số: 12/BC-UBND'];

async function docxBytes(): Promise<Uint8Array> {
  return Packer.toBuffer(new Document({ sections: [{ children: PARAGRAPHS.map((p) => new Paragraph(p)) }] })).then((b) => new Uint8Array(b));
}

/** The same package with word/document.xml replaced by `edit` of it. */
async function withDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const DAMAGED = /^Tệp "bao-cao\.docx" bị hỏng .*hãy mở bằng Word.*lưu lại thành \.docx rồi thử lại\.$/;

describe('docxParagraphsOfBytes on a damaged report', () => {
  test('reads a whole document', async () => {
    expect(await docxParagraphsOfBytes(await docxBytes(), 'bao-cao.docx')).toEqual(PARAGRAPHS);
  });

  test.each([
    ['in the middle of a tag', (xml: string) => xml.slice(0, xml.indexOf('<w:t', xml.indexOf('1.139') - 40) + 3)],
    ['in the middle of a paragraph\'s text', (xml: string) => xml.slice(0, xml.indexOf('1.139') + 3)],
    ['just before the closing tag of the document', (xml: string) => xml.slice(0, xml.lastIndexOf('</w:document>'))],
    ['in an attribute value', (xml: string) => xml.slice(0, xml.indexOf('="', xml.indexOf('<w:body')) + 3)],
  ])('refuses a document.xml cut off %s, saying it is damaged and to re-save it in Word', async (_where, cut) => {
    const bytes = await withDocumentXml(await docxBytes(), cut);
    const e: unknown = await docxParagraphsOfBytes(bytes, 'bao-cao.docx').then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(UnusableInputError);
    expect(e).toMatchObject({ reason: 'truncated', messageVi: expect.stringMatching(DAMAGED), messageEn: expect.stringContaining('is damaged') });
    // The page outside Office (Word view, "Mở báo cáo (.docx)…") shows the error's message: the same line.
    expect((e as Error).message).toBe((e as UnusableInputError).messageVi);
  });

  test('refuses a document.xml whose tags do not match (a paragraph closed twice)', async () => {
    const bytes = await withDocumentXml(await docxBytes(), (xml) => xml.replace('</w:p>', '</w:p></w:p>'));
    await expect(docxParagraphsOfBytes(bytes, 'bao-cao.docx')).rejects.toMatchObject({ messageVi: expect.stringMatching(DAMAGED) });
  });

  test('refuses a package whose document entry has damaged bytes (its CRC-32 does not match)', async () => {
    const bytes = await docxBytes();
    const zip = await JSZip.loadAsync(bytes);
    // Stored, not deflated, so that a changed byte inflates without error: only the CRC tells.
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const at = Buffer.from(stored).indexOf('12/BC-UBND');
    stored[at] = '7'.charCodeAt(0);
    await expect(docxParagraphsOfBytes(stored, 'bao-cao.docx')).rejects.toMatchObject({ reason: 'truncated', messageVi: expect.stringContaining('bị hỏng') });
  });

  test('a truncated package says the file is damaged or incomplete', async () => {
    const bytes = await docxBytes();
    await expect(docxParagraphsOfBytes(bytes.subarray(0, bytes.length - 30), 'bao-cao.docx')).rejects.toMatchObject({ reason: 'truncated', messageVi: expect.stringContaining('bị hỏng hoặc chưa được sao chép đầy đủ') });
  });
});

describe('isWholeXml', () => {
  test.each([
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="x"><w:body><w:p><w:r><w:t xml:space="preserve"> a &gt; b </w:t></w:r></w:p></w:body></w:document>',
    '<a b="1 > 0" c=\'<\'><!-- a <comment> --><![CDATA[ <not a tag> ]]><b/></a>\r\n',
    '<a/>',
  ])('accepts whole XML: %s', (xml) => expect(isWholeXml(xml)).toBe(true));

  test.each([
    '', 'text only', '<a>', '<a><b></a>', '<a></a><b></b>', '<a><b', '<a b="1></a>', '<a>1 < 2</a>', '<a></b>', '<a><!-- cut',
  ])('refuses XML that is not whole: %j', (xml) => expect(isWholeXml(xml)).toBe(false));
});
