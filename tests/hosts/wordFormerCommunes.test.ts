// The Word pane's former-commune option on the fake Word host: offered only for figures with former communes, off by
// default, kept in the document's settings; on, the inserted poverty section states each former commune's line, and
// "Cập nhật" (built with the option read back from the document) keeps the lines with the new figures.
import { analyse, type WorkbookInput } from '../../src/core/analyse';
import { reportInputOf, type ReportInput } from '../../src/core/report/input';
import type { CommuneProfile } from '../../src/core/profile';
import { buildReport } from '../../src/core/report/sections';
import { SECTION_IDS, type ReportSection } from '../../src/core/report/model';
import { FakeWord, paragraphText, type FakeBlock } from '../../src/hosts/word/fakeWord';
import { WORD_SETTINGS_KEY, parseWordSettings } from '../../src/hosts/word/wordSettings';
import { formerCommuneOption } from '../../src/taskpane/word/formerCommuneOption';
import { checkReport } from '../../src/core/check';
import { HANDOVER_KEY, handedOver, readHandover, sendHandover, type KeyValueStore } from '../../src/hosts/handover';
import { householdWorkbook, type Household } from '../fixtures/householdSheet';
import { GIA_PHU, PROFILE, WORKBOOKS, workbook } from '../core/merged/threeCommunes';

const TODAY = new Date(2026, 0, 10);
const inputOf = (books: WorkbookInput[], profile: CommuneProfile): ReportInput => reportInputOf(analyse(books, { profile, today: TODAY }), profile);

/** The report the pane builds: the option as the pane reads it from the document's settings. */
async function paneReport(w: FakeWord, input: ReportInput): Promise<ReportSection[]> {
  const { on } = formerCommuneOption(await w.loadSettings(), input);
  return buildReport(input, SECTION_IDS, { byFormerCommune: on }).sections;
}

const texts = (blocks: FakeBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [paragraphText(b)] : b.kind === 'control' ? texts(b.children) : []));
const povertyText = (w: FakeWord) => texts(w.controls().find((c) => c.tag === 'baocao:ho-ngheo')?.children ?? []);
const formerLines = (w: FakeWord) => povertyText(w).filter((t) => /^- (Địa bàn xã .* \(cũ\)|Sổ chưa rõ thuộc xã cũ nào):/.test(t));
/** The household count each line states. */
const householdsOf = (lines: string[]) => lines.map((l) => Number(/: (\d+) hộ,/.exec(l)?.[1]));
const hoNgheo = (sections: ReportSection[]) => sections.filter((s) => s.id === 'ho-ngheo');

// A second merged commune, written here: two former communes and a workbook whose name and titles name neither.
const TAN_LAP: CommuneProfile = {
  commune: 'Tân Lập', year: 2025, villages: ['Thôn Lập Thành', 'Thôn Tân Tiến', 'Thôn Đồng Bãi'],
  formerCommunes: [
    { name: 'Lập Thành', villages: ['Thôn Lập Thành'] },
    { name: 'Tân Tiến', villages: ['Thôn Tân Tiến', 'Thôn Đồng Bãi'] },
  ],
};
const row = (code: string, village: string, marks: Partial<Household> = {}): Household => ({ code, name: `Chủ hộ ${code}`, born: 1960 + Number(code.slice(1)), village, size: 3, ...marks });
const TAN_LAP_BOOKS: WorkbookInput[] = [
  householdWorkbook('lap-thanh-2025.xlsx', ['UBND XÃ TÂN LẬP', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], [
    row('L1', 'Thôn Lập Thành', { poor: true }), row('L2', 'Thôn Lập Thành'), row('L3', 'Thôn Lập Thành'),
  ]),
  householdWorkbook('tan-tien-2025.xlsx', ['UBND XÃ TÂN LẬP', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], [
    row('T1', 'Thôn Tân Tiến', { nearPoor: true }), row('T2', 'Thôn Đồng Bãi', { nearPoor: true }),
  ]),
  householdWorkbook('bo-sung.xlsx', ['UBND XÃ TÂN LẬP', 'DANH SÁCH HỘ BỔ SUNG NĂM 2025'], [row('B1', 'Thôn Đồng Bãi', { poor: true })]),
];

describe('the option is offered only for a merged commune, off by default', () => {
  test('figures without former communes: not offered, whatever the document says', () => {
    const plain = inputOf([householdWorkbook('so-ho.xlsx', ['DANH SÁCH HỘ NĂM 2025'], [row('A1', 'Thôn Lập Thành', { poor: true })])], { commune: 'Tân Lập', year: 2025, villages: TAN_LAP.villages });
    expect(plain.formerCommunes).toBeUndefined();
    expect(formerCommuneOption({ byFormerCommune: true }, plain)).toEqual({ offered: false, on: false });
    expect(formerCommuneOption({}, null)).toEqual({ offered: false, on: false });
  });

  test('a merged commune: offered, off until the clerk ticks it', () => {
    const merged = inputOf(WORKBOOKS, PROFILE);
    expect(formerCommuneOption({}, merged)).toEqual({ offered: true, on: false });
    expect(formerCommuneOption({ byFormerCommune: false }, merged)).toEqual({ offered: true, on: false });
    expect(formerCommuneOption({ byFormerCommune: true }, merged)).toEqual({ offered: true, on: true });
  });

  test('kept in the document\'s settings (and in the saved file); anything but true or false is left out', async () => {
    const w = new FakeWord(['BÁO CÁO', '']);
    await w.saveSettings({ ...(await w.loadSettings()), sections: ['ho-ngheo'], byFormerCommune: true });
    expect(await w.loadSettings()).toEqual({ sections: ['ho-ngheo'], byFormerCommune: true });
    expect(parseWordSettings(w.settings.saved[WORD_SETTINGS_KEY])).toEqual({ sections: ['ho-ngheo'], byFormerCommune: true });
    expect(parseWordSettings({ byFormerCommune: 'yes' })).toEqual({});
    expect(parseWordSettings(JSON.stringify({ byFormerCommune: false }))).toEqual({ byFormerCommune: false });
  });
});

describe('on, the poverty section states each former commune; updates keep the lines', () => {
  test('three former communes: one line each, in the profile\'s order, the parts adding up to the commune', async () => {
    const w = new FakeWord(['BÁO CÁO', 'I. KẾT QUẢ', '']);
    const input = inputOf(WORKBOOKS, PROFILE);
    w.moveCursorAfterParagraph(1);
    await w.insertSections(hoNgheo(await paneReport(w, input)));
    expect(formerLines(w)).toEqual([]);

    await w.saveSettings({ ...(await w.loadSettings()), byFormerCommune: true });
    const again = new FakeWord(['BÁO CÁO', 'I. KẾT QUẢ', '']);
    await again.saveSettings(await w.loadSettings());
    again.moveCursorAfterParagraph(1);
    await again.insertSections(hoNgheo(await paneReport(again, input)));
    // Gia Hòa: 4 rows, GH1 and GH4 poor, GH2 near-poor; Gia Thịnh: 5 rows, GT2 poor, GT4 near-poor (GT2 is GH1 again:
    // flagged, still counted); Gia Phú: 4 rows, GP1 poor, no near-poor.
    expect(formerLines(again)).toEqual([
      '- Địa bàn xã Gia Hòa (cũ): 4 hộ, trong đó 2 hộ nghèo (tỷ lệ 50,00%), 1 hộ cận nghèo (tỷ lệ 25,00%).',
      '- Địa bàn xã Gia Thịnh (cũ): 5 hộ, trong đó 1 hộ nghèo (tỷ lệ 20,00%), 1 hộ cận nghèo (tỷ lệ 20,00%).',
      '- Địa bàn xã Gia Phú (cũ): 4 hộ, trong đó 1 hộ nghèo (tỷ lệ 25,00%), không có hộ cận nghèo.',
    ]);
    expect(householdsOf(formerLines(again)).reduce((a, b) => a + b, 0)).toBe(input.households?.total);
    // The commune's own sentence comes first and is unchanged by the option.
    expect(povertyText(again)[0]).toBe(povertyText(w)[0]);
    expect(povertyText(again)[0]).toContain('toàn xã có 13 hộ');
  });

  test('"Cập nhật" with new figures keeps the lines, with the new counts; unticked, the next update takes them out', async () => {
    const w = new FakeWord(['BÁO CÁO', 'I. KẾT QUẢ', '']);
    await w.saveSettings({ byFormerCommune: true });
    w.moveCursorAfterParagraph(1);
    await w.insertSections(hoNgheo(await paneReport(w, inputOf(WORKBOOKS, PROFILE))));
    expect(formerLines(w)).toHaveLength(3);

    // Gia Phú's workbook comes back with one more poor household.
    const more = [...GIA_PHU, { code: 'GP5', name: 'Lý Văn Tâm', born: 1980, village: 'Thôn Phú Lợi', size: 2, poor: true }];
    const books = [WORKBOOKS[0], WORKBOOKS[1], workbook('ds-ho-3.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH XÃ GIA PHÚ (CŨ) NĂM 2025'], more)];
    const result = await w.updateSections(await paneReport(w, inputOf(books, PROFILE)), 'ask');
    expect(result).toMatchObject({ kind: 'updated', tags: ['baocao:ho-ngheo'] });
    expect(formerLines(w)).toEqual([
      '- Địa bàn xã Gia Hòa (cũ): 4 hộ, trong đó 2 hộ nghèo (tỷ lệ 50,00%), 1 hộ cận nghèo (tỷ lệ 25,00%).',
      '- Địa bàn xã Gia Thịnh (cũ): 5 hộ, trong đó 1 hộ nghèo (tỷ lệ 20,00%), 1 hộ cận nghèo (tỷ lệ 20,00%).',
      '- Địa bàn xã Gia Phú (cũ): 5 hộ, trong đó 2 hộ nghèo (tỷ lệ 40,00%), không có hộ cận nghèo.',
    ]);
    expect(povertyText(w)[0]).toContain('toàn xã có 14 hộ');

    await w.saveSettings({ ...(await w.loadSettings()), byFormerCommune: false });
    await w.updateSections(await paneReport(w, inputOf(books, PROFILE)), 'ask');
    expect(formerLines(w)).toEqual([]);
    expect(povertyText(w)[0]).toContain('toàn xã có 14 hộ');
  });

  test('another merged commune with a workbook of no known former commune: its line says so, and the lines add up', async () => {
    const w = new FakeWord(['BÁO CÁO', '']);
    await w.saveSettings({ byFormerCommune: true });
    const input = inputOf(TAN_LAP_BOOKS, TAN_LAP);
    await w.insertSections(hoNgheo(await paneReport(w, input)));
    const lines = formerLines(w);
    expect(lines).toEqual([
      '- Địa bàn xã Lập Thành (cũ): 3 hộ, trong đó 1 hộ nghèo (tỷ lệ 33,33%), không có hộ cận nghèo.',
      '- Địa bàn xã Tân Tiến (cũ): 2 hộ, trong đó không có hộ nghèo, 2 hộ cận nghèo (tỷ lệ 100,00%).',
      '- Sổ chưa rõ thuộc xã cũ nào: 1 hộ, trong đó 1 hộ nghèo (tỷ lệ 100,00%), không có hộ cận nghèo.',
    ]);
    expect(householdsOf(lines).reduce((a, b) => a + b, 0)).toBe(input.households?.total);
    // No head of household is named in the lines.
    for (const b of TAN_LAP_BOOKS) for (const r of b.sheets[0].values.slice(4)) expect(lines.join(' ')).not.toContain(String(r[2]));
  });
});

describe('"Kiểm tra báo cáo" on a document with the lines', () => {
  test('the former communes\' own counts and rates are not taken for the commune\'s: nothing is flagged', async () => {
    const w = new FakeWord(['BÁO CÁO', 'I. KẾT QUẢ', '']);
    await w.saveSettings({ byFormerCommune: true });
    const input = inputOf(WORKBOOKS, PROFILE);
    w.moveCursorAfterParagraph(1);
    await w.insertSections((await paneReport(w, input)).filter((s) => !s.omitted));
    expect(formerLines(w)).toHaveLength(3);
    const paragraphs = await w.readParagraphs();
    expect(checkReport(paragraphs, { summary: { households: input.households, awards: input.awards }, year: input.year })).toEqual([]);
  });
});

describe('the hand-over from the Excel pane carries the former communes', () => {
  const memory = (): KeyValueStore & { map: Map<string, string> } => {
    const map = new Map<string, string>();
    return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
  };

  test('sent with the households, kept when awards are sent after, and offered in the Word pane', () => {
    const store = memory();
    const merged = inputOf(WORKBOOKS, PROFILE);
    sendHandover(store, 'Hoa-Thinh-2025.xlsx', merged);
    sendHandover(store, 'Khen-thuong.xlsx', { year: 2025, villages: [], awardItems: [{
      recipientName: 'Thôn 2', recipientKind: 'collective', position: null, form: 'Giấy khen', authority: 'Chủ tịch UBND xã', level: null,
      communeChair: true, party: false, higher: false, decisionNo: '12/QĐ-UBND', decisionDate: null, amount: 500_000,
    }] });
    const got = handedOver(readHandover(store)!);
    expect(got?.input.formerCommunes).toEqual(merged.formerCommunes);
    expect(formerCommuneOption({}, got?.input ?? null).offered).toBe(true);
  });

  test('a plain commune sends none; former communes stored in a shape that cannot be read are left out, the rest still opens', () => {
    const store = memory();
    sendHandover(store, 'So-ho.xlsx', inputOf([householdWorkbook('so-ho.xlsx', ['DANH SÁCH HỘ NĂM 2025'], [row('A1', 'Thôn Lập Thành')])], { commune: 'Tân Lập', year: 2025, villages: TAN_LAP.villages }));
    expect(handedOver(readHandover(store)!)?.input.formerCommunes).toBeUndefined();
    for (const bad of ['x', [], [{ name: 3 }], [{ name: 'Gia Hòa', households: { total: -1 } }], [{ name: 'Gia Hòa', households: { total: 2, poverty: { poor: 'hai' } } }]]) {
      const stored = JSON.parse(store.map.get(HANDOVER_KEY)!);
      stored.parts.households.input.formerCommunes = bad;
      store.setItem(HANDOVER_KEY, JSON.stringify(stored));
      const got = handedOver(readHandover(store)!);
      expect(got?.input.households?.total).toBe(1);
      expect(got?.input.formerCommunes).toBeUndefined();
    }
  });
});
