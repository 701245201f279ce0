import { buildReport } from '../../../src/core/report/sections';
import { reportText } from '../../../src/core/report/plainText';
import { runsText, type Block, type ReportSection } from '../../../src/core/report/model';
import { keyHouseholds, sampleInput } from './fixtures';
import { keyAwards, sampleKey, viNumber as vi, viRate, type KeyVillage } from '../../samples';

// The figures of the sample commune (samples/expected): its year, households and awards.
const YEAR = sampleKey('households-flat').profile.year;
const COMMUNE = sampleKey('awards-sectioned').profile.commune;
const h = keyHouseholds();
const aw = keyAwards('awards-sectioned');
/** A percentage rounded half up in whole numbers, as the report writes it. */
const pct = (count: number, base: number, decimals: number) => viRate(Math.floor((2 * count * 100 * 10 ** decimals + base) / (2 * base)) / 10 ** decimals, decimals);
const two = (n: number) => String(n).padStart(2, '0');
const millions = (n: number) => String(n / 1_000_000).replace('.', ',');

const paragraphs = (s: ReportSection) => s.blocks.flatMap((b: Block) => (b.type === 'paragraph' || b.type === 'heading' ? [runsText(b.runs)] : b.type === 'list' ? b.items.map((i) => `${b.marker} ${runsText(i)}`) : []));
const table = (s: ReportSection) => {
  const t = s.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
  if (!t) throw new Error('no table');
  return { header: t.header.map((r) => r.map((c) => runsText(c.runs))), rows: t.rows.map((r) => r.cells.map((c) => runsText(c.runs))) };
};
const section = async (id: string) => {
  const doc = buildReport(await sampleInput());
  const s = doc.sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe('section texts built from the samples (golden)', () => {
  test('van-hoa states registered households, the achieved count over them and the rate with its base', async () => {
    const rates = h.byVillage.map((v) => ({ v: v.village, r: v.culturalFamily.achieved / v.culturalFamily.registered, text: pct(v.culturalFamily.achieved, v.culturalFamily.registered, 1) }));
    const best = rates.reduce((a, b) => (b.r > a.r ? b : a));
    const worst = rates.reduce((a, b) => (b.r < a.r ? b : a));
    const tvh = aw.byForm['Thôn văn hóa'];
    expect(tvh).toBe(1);
    expect(paragraphs(await section('van-hoa'))).toEqual([
      `Tổ chức bình xét các danh hiệu văn hóa năm ${YEAR}, toàn xã có ${vi(h.culturalFamily.registered)} hộ gia đình đăng ký xây dựng Gia đình văn hóa; kết quả có ${vi(h.culturalFamily.achieved)}/${vi(h.culturalFamily.registered)} hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt ${pct(h.culturalFamily.achieved, h.culturalFamily.registered, 1)}% số hộ đăng ký); ${tvh}/${h.byVillage.length} thôn đạt danh hiệu Thôn văn hóa (Cao Mại).`,
      `- Thôn có tỷ lệ hộ đạt danh hiệu Gia đình văn hóa cao nhất: ${best.v} (${best.text}%); thấp nhất: ${worst.v} (${worst.text}%).`,
    ]);
  });

  test('ho-ngheo gives each class with its count and its rate over all households, two decimals', async () => {
    const { poor, nearPoor, average } = h.poverty;
    expect(paragraphs(await section('ho-ngheo'))).toEqual([
      `Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm ${YEAR}: toàn xã có ${vi(h.total)} hộ, trong đó số hộ nghèo ${poor} hộ, tỷ lệ ${pct(poor, h.total, 2)}%; hộ cận nghèo ${nearPoor} hộ, tỷ lệ ${pct(nearPoor, h.total, 2)}%; hộ có mức sống trung bình ${average} hộ, tỷ lệ ${pct(average, h.total, 2)}% (tỷ lệ tính trên tổng số hộ toàn xã).`,
    ]);
  });

  test('hoc-tap gives learning families over all households', async () => {
    expect(paragraphs(await section('hoc-tap'))).toEqual([
      `Phong trào khuyến học, khuyến tài, xây dựng xã hội học tập tiếp tục được duy trì; năm ${YEAR} toàn xã có ${vi(h.learningFamily)}/${vi(h.total)} hộ gia đình đạt danh hiệu Gia đình học tập (đạt ${pct(h.learningFamily, h.total, 1)}% tổng số hộ).`,
    ]);
  });

  test('khen-thuong gives the commune fund awards in triệu đồng, higher-level and Party awards, counts with a leading zero', async () => {
    expect(paragraphs(await section('khen-thuong'))).toEqual([
      'Về công tác khen thưởng',
      `Năm ${YEAR}, xã trích quỹ thi đua, khen thưởng, khen thưởng cho ${two(aw.commune.collective)} tập thể và ${two(aw.commune.individual)} cá nhân với tổng số tiền ${millions(aw.commune.amount)} triệu đồng.`,
      `Đề nghị cấp trên khen thưởng và được cấp trên khen thưởng cho ${two(aw.higher.collective)} tập thể và ${two(aw.higher.individual)} cá nhân.`,
      `Đảng ủy xã khen thưởng ${two(aw.party.collective)} tập thể và ${two(aw.party.individual)} cá nhân.`,
    ]);
  });

  test('cap-tren has one "+" line per receiving unit, its own awards first, then its people by authority and form', async () => {
    const lines = paragraphs(await section('cap-tren'));
    expect(lines[0]).toBe('Thành tích được cấp trên khen thưởng');
    expect(lines[1]).toBe(`Năm ${YEAR}, ${two(aw.higher.collective)} tập thể và ${two(aw.higher.individual)} cá nhân của xã được cấp trên khen thưởng, cụ thể:`);
    expect(lines).toContain(`+ Trường Tiểu học ${COMMUNE} được Chủ tịch UBND tỉnh tặng Cờ thi đua; 03 cá nhân được Chủ tịch UBND huyện tặng danh hiệu Lao động tiên tiến; 01 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.`);
    expect(lines).toContain(`+ Công an xã ${COMMUNE} được Giám đốc Công an tỉnh tặng Giấy khen; 01 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen.`);
    expect(lines).toContain(`+ Trạm Y tế xã ${COMMUNE}: 01 cá nhân được Giám đốc Trung tâm Y tế huyện tặng Giấy khen.`);
    expect(lines.filter((l) => l.startsWith('+ '))).toHaveLength(14);
  });

  test('bang-thon has a two-row header, one row per village in profile order and a totals row', async () => {
    const t = table(await section('bang-thon'));
    const row = (no: string, v: KeyVillage) => [no, v.village, vi(v.total), vi(v.persons), String(v.poverty.poor), String(v.poverty.nearPoor), String(v.poverty.average),
      vi(v.culturalFamily.registered), vi(v.culturalFamily.achieved), pct(v.culturalFamily.achieved, v.culturalFamily.registered, 1), vi(v.learningFamily)];
    expect(t.header).toEqual([
      ['STT', 'Thôn', 'Số hộ', 'Nhân khẩu', 'Phân loại hộ', 'Gia đình văn hóa', 'Gia đình học tập'],
      ['Nghèo', 'Cận nghèo', 'Mức sống TB', 'Đăng ký', 'Đạt', 'Tỷ lệ (%)'],
    ]);
    expect(t.rows[0]).toEqual(row('1', h.byVillage[0]));
    expect(t.rows[h.byVillage.length]).toEqual(row('', { ...h, village: 'Toàn xã' }));
    expect(t.rows).toHaveLength(h.byVillage.length + 1);
  });

  test('bang-khen-thuong groups awards by who gave them, with decision number and date and a money total', async () => {
    const t = table(await section('bang-khen-thuong'));
    expect(t.header[0]).toEqual(['STT', 'Tên tập thể, cá nhân', 'Chức vụ, đơn vị', 'Hình thức', 'Cơ quan quyết định', 'Số, ngày quyết định', 'Số tiền (đồng)']);
    expect(t.rows[0]).toEqual(['A. Khen thưởng của Chủ tịch UBND xã']);
    expect(t.rows[1]).toEqual(['1', 'Thôn Tân Thành', 'Tập thể', 'Giấy khen', `Chủ tịch UBND xã ${COMMUNE}`, `215/QĐ-UBND ngày 23/12/${YEAR}`, '720.000']);
    expect(t.rows.filter((r) => r.length === 1).map((r) => r[0])).toEqual(['A. Khen thưởng của Chủ tịch UBND xã', 'B. Cấp trên khen thưởng', 'C. Đảng ủy xã khen thưởng']);
    expect(t.rows[t.rows.length - 1]).toEqual([`Tổng cộng: ${aw.total} lượt khen thưởng`, vi(aw.amount.total)]);
  });

  test('sections come in report order whatever order they are asked in', async () => {
    const doc = buildReport(await sampleInput(), ['bang-thon', 'van-hoa', 'khen-thuong']);
    expect(doc.sections.map((s) => s.id)).toEqual(['van-hoa', 'khen-thuong', 'bang-thon']);
  });

  test('the base of the Gia đình văn hóa rate can be all households, and the text says so', async () => {
    const s = buildReport(await sampleInput(), ['van-hoa'], { culturalFamilyBase: 'all' }).sections[0];
    expect(paragraphs(s)[0]).toBe(`Tổ chức bình xét các danh hiệu văn hóa năm ${YEAR}, toàn xã có ${vi(h.culturalFamily.achieved)}/${vi(h.total)} hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt ${pct(h.culturalFamily.achieved, h.total, 1)}% tổng số hộ của xã); ${aw.byForm['Thôn văn hóa']}/${h.byVillage.length} thôn đạt danh hiệu Thôn văn hóa (Cao Mại).`);
  });
});

describe('every number in the text agrees with the summary', () => {
  const num = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));
  test('each "x/y … (đạt z%)" and "N hộ, tỷ lệ z%" recomputes from its own count and base', async () => {
    const input = await sampleInput();
    const text = reportText(buildReport(input));
    const ratios = [...text.matchAll(/(\d[\d.]*)\/(\d[\d.]*) hộ[^()]*\(đạt (\d+(?:,\d+)?)%/g)];
    expect(ratios.length).toBeGreaterThanOrEqual(2);
    for (const [, x, y, z] of ratios) {
      const decimals = z.includes(',') ? z.split(',')[1].length : 0;
      expect(num(z)).toBeCloseTo(Math.round((num(x) / num(y)) * 100 * 10 ** decimals) / 10 ** decimals, 6);
    }
    const total = input.households?.total ?? 0;
    const rates = [...text.matchAll(/(\d[\d.]*) hộ, tỷ lệ (\d+,\d+)%/g)];
    expect(rates).toHaveLength(3);
    for (const [, n, z] of rates) expect(num(z)).toBeCloseTo(Math.round((num(n) / total) * 10000) / 100, 6);
    expect(text).toContain(`${vi(h.culturalFamily.achieved)}/${vi(h.culturalFamily.registered)} hộ`);
    expect(text).toContain(`số hộ nghèo ${h.poverty.poor} hộ`);
    expect(text).toContain(`${millions(aw.amount.communeChair)} triệu đồng`);
  });
});

describe('empty and partial data', () => {
  const bad = /NaN|undefined|null|\b0\/0\b|Infinity/;

  test('an awards file alone: household sections are left out with a stated reason, award sections are written', async () => {
    const input = { ...(await sampleInput()), households: undefined };
    const doc = buildReport(input);
    const omitted = doc.sections.filter((s) => s.omitted).map((s) => s.id);
    // so-sanh is left out too: no registers of last year are loaded.
    expect(omitted).toEqual(['van-hoa', 'ho-ngheo', 'hoc-tap', 'bang-thon', 'so-sanh']);
    for (const s of doc.sections) if (s.omitted && s.id !== 'so-sanh') expect(s.omitted).toMatch(/sổ hộ gia đình/);
    expect(reportText(doc)).not.toMatch(bad);
  });

  test('a households file alone: award sections are left out with a stated reason', async () => {
    const input = { ...(await sampleInput()), awards: undefined, awardItems: [] };
    const doc = buildReport(input);
    expect(doc.sections.filter((s) => s.omitted).map((s) => s.id)).toEqual(['khen-thuong', 'cap-tren', 'bang-khen-thuong', 'so-sanh']);
    expect(reportText(doc)).not.toMatch(bad);
  });

  test('no poor households: the text says there are none instead of "0 hộ, tỷ lệ 0,00%"', async () => {
    const input = await sampleInput();
    const households = { ...keyHouseholds(), poverty: { poor: 0, nearPoor: 0, average: 0 } };
    const text = reportText(buildReport({ ...input, households }, ['ho-ngheo']));
    expect(text).toContain('không còn hộ nghèo; không có hộ cận nghèo');
    expect(text).not.toMatch(/ 0 hộ|0,00%/);
  });

  test('a village with no households gets a row of zeros and no rate, never NaN', async () => {
    const input = await sampleInput();
    const h = keyHouseholds();
    const empty = { village: 'Tân Hưng', known: true, total: 0, persons: 0, poverty: { poor: 0, nearPoor: 0, average: 0 }, culturalFamily: { registered: 0, achieved: 0 }, learningFamily: 0, rates: { poor: null, nearPoor: null, average: null, culturalFamilyAchieved: null } };
    const doc = buildReport({ ...input, households: { ...h, byVillage: [...h.byVillage, empty] } });
    const t = table(doc.sections.find((s) => s.id === 'bang-thon') as ReportSection);
    expect(t.rows[h.byVillage.length]).toEqual([String(h.byVillage.length + 1), 'Tân Hưng', '0', '0', '0', '0', '0', '0', '0', '–', '0']);
    expect(reportText(doc)).not.toMatch(bad);
  });

  test('no data at all: every section is left out with its reason', () => {
    const doc = buildReport({ year: 2024, villages: [], awardItems: [] });
    expect(doc.sections.every((s) => s.omitted && s.blocks.length === 0)).toBe(true);
    expect(reportText(doc)).not.toMatch(bad);
  });
});
