// Properties over report .docx files: the reports the product writes from random registers, and documents of random
// paragraphs (a table and a content control among them), read back whole and checked; the same files damaged (cut
// off, bytes overwritten, document.xml cut or mangled, parts missing or renamed, the wrong content type) give their
// paragraphs or one typed, worded error — and a file or document part cut short is never a report to check.
import fc from 'fast-check';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { analyse, type WorkbookInput } from '../../src/core/analyse';
import type { CommuneProfile } from '../../src/core/profile';
import { checkReport } from '../../src/core/check';
import { runsText, SECTION_IDS, type ReportDoc } from '../../src/core/report/model';
import { buildReport, reportFileTitle } from '../../src/core/report/sections';
import { reportInputOf } from '../../src/core/report/input';
import { plainOutputText } from '../../src/core/text/display';
import { reportToDocx } from '../../src/io/docx';
import { BlockContentControl } from '../../src/io/docxContentControl';
import { docxParagraphsOfBytes } from '../../src/io/docxParagraphs';
import { runProperty, runsOf, SEED, timeoutOf } from './budget';
import { damage, damaged, partDamage } from './files';
import { profile, workbooks } from './grids';
import { expectNoLeak, expectUnusable } from './outcome';
import { paragraph } from './paragraphs';

const TODAY = new Date(Date.UTC(2024, 0, 15));

/** The report .docx the CLI (`report -o`) and the page write from these workbooks. */
async function reportDocx(input: WorkbookInput[], p: CommuneProfile | undefined): Promise<{ doc: ReportDoc; bytes: Uint8Array }> {
  const a = analyse(input, { today: TODAY });
  const report = reportInputOf(a, p ?? {});
  const doc = buildReport(report, SECTION_IDS);
  return { doc, bytes: await reportToDocx(doc, { title: reportFileTitle(report), showOmitted: true }) };
}

/** Paragraph text Word can hold: no control characters, lone surrogates or non-characters (XML 1.0 refuses them). */
// eslint-disable-next-line no-control-regex -- the control characters are what this test keeps out of Word text
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const xmlText = (s: string): boolean => !NOT_XML.test(s);

/** A document of these paragraphs: the first half as body text, then a table of two, then a content control. */
async function paragraphsDocx(texts: string[]): Promise<Uint8Array> {
  const p = (t: string) => new Paragraph({ children: [new TextRun(t)] });
  const half = Math.ceil(texts.length / 2);
  const cells = texts.slice(half, half + 2);
  const rest = texts.slice(half + 2);
  const children: Array<Paragraph | Table | BlockContentControl> = texts.slice(0, half).map(p);
  if (cells.length) children.push(new Table({ rows: [new TableRow({ children: cells.map((t) => new TableCell({ children: [p(t)] })) })] }));
  if (rest.length) children.push(new BlockContentControl({ tag: 'baocao:van-hoa', alias: 'Gia đình văn hóa', id: 1, children: rest.map(p) }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Reads a report: its paragraphs, or null after checking the error is typed and worded. */
async function paragraphsOrError(bytes: Uint8Array): Promise<string[] | null> {
  try {
    return await docxParagraphsOfBytes(bytes, 'bao-cao.docx');
  } catch (e) {
    expectUnusable(e, 'report reader');
    return null;
  }
}

function checkSanely(paragraphs: string[]): void {
  const findings = checkReport(paragraphs, { year: 2023 });
  for (const f of findings) {
    if (f.paragraph < 0 || f.paragraph >= paragraphs.length || f.message.trim() === '') throw new Error(`finding ${f.code} at ${String(f.paragraph)}: "${f.message}"`);
    expectNoLeak(f.message, paragraphs.join('\n'), `finding ${f.code}`);
  }
}

describe('docx.report: the report .docx written from random registers', () => {
  test(`reads back ${String(runsOf('docx.report'))} reports whole, every paragraph and heading in place`, async () => {
    const cases = await runProperty('docx.report', fc.tuple(workbooks, profile), async ([books, p]) => {
      const { doc, bytes } = await reportDocx(books, p);
      const paragraphs = await docxParagraphsOfBytes(bytes, 'bao-cao.docx');
      const read = new Set(paragraphs);
      for (const s of doc.sections) {
        if (s.omitted !== undefined) continue;
        for (const b of s.blocks) {
          if (b.type !== 'heading' && b.type !== 'paragraph') continue;
          const text = plainOutputText(runsText(b.runs));
          if (!read.has(text)) throw new Error(`the paragraph "${text.slice(0, 200)}" was lost between the writer and the reader`);
        }
      }
      checkSanely(paragraphs);
    });
    expect(cases).toBe(runsOf('docx.report'));
  }, timeoutOf('docx.report'));
});

describe('docx.paragraphs: documents of random paragraphs, a table and a content control', () => {
  test(`reads back ${String(runsOf('docx.paragraphs'))} documents: every paragraph, in order`, async () => {
    const cases = await runProperty('docx.paragraphs', fc.array(paragraph, { maxLength: 30 }), async (texts) => {
      const paragraphs = await paragraphsOrError(await paragraphsDocx(texts));
      // Text that XML can hold comes back exactly; other text may be refused, with a worded error.
      if (texts.every(xmlText) && (paragraphs === null || paragraphs.join('\u2029') !== texts.join('\u2029'))) {
        throw new Error(`paragraphs were not read back as written: ${JSON.stringify(paragraphs)?.slice(0, 400)}`);
      }
      if (paragraphs) checkSanely(paragraphs);
    });
    expect(cases).toBe(runsOf('docx.paragraphs'));
  }, timeoutOf('docx.paragraphs'));
});

describe('docx.damaged: the same documents, damaged', () => {
  let pool: Uint8Array[] = [];
  beforeAll(async () => {
    const books = fc.sample(fc.tuple(workbooks, profile), { seed: SEED, numRuns: 4 });
    const texts = fc.sample(fc.array(paragraph, { minLength: 3, maxLength: 30 }), { seed: SEED, numRuns: 4 });
    pool = [...(await Promise.all(books.map(([b, p]) => reportDocx(b, p)))).map((r) => r.bytes), ...(await Promise.all(texts.map(paragraphsDocx)))];
  });

  test(`reads ${String(runsOf('docx.damaged'))} damaged reports: paragraphs or one worded error, never a cut-off report`, async () => {
    const anyDamage = fc.oneof({ weight: 3, arbitrary: damage }, { weight: 1, arbitrary: partDamage('word/document.xml') });
    const cases = await runProperty('docx.damaged', fc.tuple(fc.nat(), anyDamage), async ([which, d]) => {
      const { bytes, part } = await damaged(pool[which % pool.length], d);
      const paragraphs = await paragraphsOrError(bytes);
      if (paragraphs && d.kind === 'truncate') throw new Error(`a report cut to ${String(bytes.length)} bytes was read as whole`);
      if (paragraphs && d.kind === 'cut-part' && part === 'word/document.xml') throw new Error('a report whose document.xml was cut was read as whole');
      if (paragraphs) checkSanely(paragraphs);
    });
    expect(cases).toBe(runsOf('docx.damaged'));
  }, timeoutOf('docx.damaged'));
});
