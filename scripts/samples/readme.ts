// samples/README.md, written by the generator so that its figures are always those of the files beside it.
import { COMMUNE, VILLAGES, type Award, type Household } from './commune';
import { awardSummary, householdSummary, PROFILE_FILE } from './generate';
import { viInt } from './households';

export function samplesReadme(households: Household[], awards: Award[]): string {
  const h = householdSummary(households);
  const a = awardSummary(awards);
  const c = COMMUNE;
  const vi = (n: number | null) => (n === null ? '–' : String(n).replace('.', ','));
  const forms = Object.entries(a.byForm).map(([f, n]) => `${f} ${n}`).join(', ');
  return `# Sample registers — xã ${c.commune}, huyện ${c.district}, tỉnh ${c.province}, year ${c.year} (fictional)

**Generated files: do not edit them by hand.** Every workbook here is one way of writing down the same generated
commune, and every answer key in \`expected/\` is counted from that truth by the generator, never typed. To
regenerate after changing the generator (\`scripts/samples/\`):

    npm run samples

The same generator always writes the same files. \`npm test\` (tests/generatedSamples.test.ts) regenerates them in
memory and fails when a committed workbook, key, profile or this README differs from what the generator makes, or
when \`baocao\` does not read a sample exactly as its key says.

Try them:

    npx baocao summary samples/households-merged.xlsx samples/awards-sectioned.xlsx
    npx baocao validate samples/households-errors-sample.xlsx
    npx baocao summary --profile samples/${PROFILE_FILE} samples/households-flat.xlsx

## The commune

${VILLAGES.length} villages (thôn), in the commune's order: ${VILLAGES.join(', ')}.
${viInt(h.total)} households with ${viInt(h.persons)} persons; poor ${h.poverty.poor} (${vi(h.rates.poor)}%), near-poor ${h.poverty.nearPoor} (${vi(h.rates.nearPoor)}%),
average living standard ${h.poverty.average} (${vi(h.rates.average)}%); Gia đình văn hóa registered ${viInt(h.culturalFamily.registered)}, achieved
${viInt(h.culturalFamily.achieved)} (${vi(h.rates.culturalFamilyAchieved)}% of registered); Gia đình học tập ${viInt(h.learningFamily)}. The same figures in every
household register below.

${a.total} awards: ${a.collective} to collectives, ${a.individual} to individuals; by form: ${forms}. By level: xã ${a.byLevel.xa}
(of them the Party committee's ${awards.filter((x) => x.part === 'C').length}), huyện ${a.byLevel.huyen}, tỉnh ${a.byLevel.tinh}, trung ương ${a.byLevel.trung_uong}. Money ${viInt(a.amount.total)} đồng, of which the
commune fund (awards of the Chủ tịch UBND xã) ${viInt(a.amount.communeChair)} đồng.

## The files

| file | what it is |
| --- | --- |
| \`households-flat.xlsx\` | Household register, one header row at A1: code, head's name, gender, birth year, CCCD, village, size, the poverty class as text (Hộ nghèo / Cận nghèo / Mức sống TB), GĐVH registration (x) and result (Đạt / Không đạt), học tập, phone, notes. |
| \`households-merged.xlsx\` | The same households under title rows, with a two-row merged header (Năm sinh over Nam / Nữ, Phân loại hộ over three mark columns, Gia đình văn hóa over Đăng ký / Đạt), a column-number row, x marks, villages written "Thôn …", the table from column B and the CCCD last. |
| \`households-sectioned.xlsx\` | No village column: each village opens with a heading ("Thôn Tân Thành", "II. THÔN LẬP THƯỢNG", "3. Thôn Lập Hạ") and closes with a "Cộng …" subtotal row; "Tổng cộng" and a footer (place and date, signers). |
| \`households-persons.xlsx\` | One row per person, grouped by household: STT hộ on the head's row, Quan hệ với chủ hộ, birth dates under Nam / Nữ, the village inside "Nơi thường trú", a "Nơi ở hiện nay" that is sometimes a city or a country (not the village), the household's marks on the head's row, a "Tổng cộng" line. |
| \`awards-flat.xlsx\` | Awards register, one header row: recipient, Tập thể / Cá nhân, position, form, authority, decision number, decision date (date cells), money (numbers), achievement. |
| \`awards-sectioned.xlsx\` | The same awards in blocks: A. the commune chairman's, B. higher levels', C. the Party committee's, each split into collectives and individuals (the recipient kind comes from these headings); "Cộng" rows, a "Tổng cộng"; dates and money as text; some forms abbreviated (LĐTT, CSTĐCS). |
| \`households-errors-sample.xlsx\` | 80 households in other wordings (HN / HCN / MSTB marks) with planted problems: legacy TCVN3 names, decomposed (NFD) names, stray spaces, village aliases and an unknown village, bad sizes, bad birth years, bad CCCDs, poor and near-poor both marked, GĐVH achieved without registration, a duplicate, a missing name. |
| \`awards-errors-sample.xlsx\` | 30 awards with planted problems: forms the authority may not give, forms against the recipient kind, malformed decision numbers, decisions outside ${c.year}, impossible dates, a duplicate, an unknown form, a missing name. |
| \`${PROFILE_FILE}\` | The commune profile (\`baocao --profile\`): commune, district, province, year, villages in order. |
| \`expected/<name>.json\` | The answer key of \`<name>.xlsx\`. |

## The answer keys

\`profile\` (the commune), \`register\` (sheet, header rows, the column letter of each field, section / subtotal /
total / footer rows, data rows), \`summary\` (the figures, in the shape of \`baocao summary --json\`), and for the
errors samples \`issues\` (one planted problem each: row, column, code family, field, value, note; \`acceptColumns\`
and \`acceptCodes\` when another cell or family is equally right, \`duplicateOf\`, \`expected\` for a repair),
\`cleanRows\` (rows without a planted problem: an error or warning there is a false positive) and \`notErrors\` (clean
rows that look odd but are valid: a CCCD of another province, a head born from 2000 whose century digit is 2 or 3).
`;
}
