// The Word report of a merged commune: the ho-ngheo section states each former commune's area only when asked, inside
// the section's own content control; and a report check reads those lines without a finding about the figures.
import JSZip from 'jszip';
import { analyse } from '../../../src/core/analyse';
import { reportInputOf } from '../../../src/core/report/input';
import { buildReport } from '../../../src/core/report/sections';
import { reportToDocx } from '../../../src/io/docx';
import { reportText } from '../../../src/core/report/plainText';
import { checkReport } from '../../../src/core/check';
import { PROFILE, WORKBOOKS } from './threeCommunes';

const a = analyse(WORKBOOKS, { profile: PROFILE, today: new Date(2026, 0, 10) });
const input = reportInputOf(a, PROFILE);

test('the report input carries counts per former commune, no rows', () => {
  expect(input.formerCommunes).toEqual([
    { name: 'Gia Hòa', households: { total: 4, poverty: { poor: 2, nearPoor: 1 } } },
    { name: 'Gia Thịnh', households: { total: 5, poverty: { poor: 1, nearPoor: 1 } } },
    { name: 'Gia Phú', households: { total: 4, poverty: { poor: 1, nearPoor: 0 } } },
  ]);
});

test('in the .docx, the lines per former commune sit in the ho-ngheo content control when asked', async () => {
  const xmlOf = async (byFormerCommune: boolean) => {
    const bytes = await reportToDocx(buildReport(input, ['ho-ngheo'], { byFormerCommune }));
    return (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  };
  const asked = await xmlOf(true);
  const inside = asked.slice(asked.indexOf('baocao:ho-ngheo'), asked.lastIndexOf('</w:sdtContent>'));
  expect(inside).toContain('Địa bàn xã Gia Thịnh (cũ): 5 hộ, trong đó 1 hộ nghèo (tỷ lệ 20,00%), 1 hộ cận nghèo (tỷ lệ 20,00%).');
  expect(inside).toContain('Địa bàn xã Gia Phú (cũ): 4 hộ, trong đó 1 hộ nghèo (tỷ lệ 25,00%), không có hộ cận nghèo.');
  expect(await xmlOf(false)).not.toContain('Địa bàn xã');
});

test('a former commune with no workbook given has no line, and its row in the breakdown has no figures', () => {
  const two = analyse(WORKBOOKS.slice(0, 2), { profile: PROFILE, today: new Date(2026, 0, 10) });
  expect(two.formerCommunes!.map((c) => [c.name, c.files, c.households?.total ?? null])).toEqual([['Gia Hòa', ['so-ho-2025.xlsx'], 4], ['Gia Thịnh', ['gia-thinh-2025.xlsx'], 5], ['Gia Phú', [], null]]);
  const doc = buildReport(reportInputOf(two, PROFILE), ['ho-ngheo'], { byFormerCommune: true });
  const list = doc.sections[0].blocks.find((b) => b.type === 'list');
  expect(list && list.type === 'list' ? list.items.map((i) => i.map((r) => r.text).join('')) : []).toEqual([
    'Địa bàn xã Gia Hòa (cũ): 4 hộ, trong đó 2 hộ nghèo (tỷ lệ 50,00%), 1 hộ cận nghèo (tỷ lệ 25,00%).',
    'Địa bàn xã Gia Thịnh (cũ): 5 hộ, trong đó 1 hộ nghèo (tỷ lệ 20,00%), 1 hộ cận nghèo (tỷ lệ 20,00%).',
  ]);
});

test('the report check reads the lines per former commune without a finding (they are not the commune\'s figures)', () => {
  const doc = buildReport(input, ['ho-ngheo'], { byFormerCommune: true });
  const paragraphs = ['BÁO CÁO', 'I. KẾT QUẢ', ...reportText(doc).split('\n').filter(Boolean)];
  expect(paragraphs.filter((p) => p.startsWith('- Địa bàn xã'))).toHaveLength(3);
  expect(checkReport(paragraphs, { summary: a.summary, year: 2025 })).toEqual([]);
});
