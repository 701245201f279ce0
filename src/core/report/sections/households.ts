// Household sections: Gia đình văn hóa (van-hoa), poverty (ho-ngheo) and Gia đình học tập (hoc-tap).
import type { Block, ReportSection, Run } from '../model';
import { checkNote, text } from '../model';
import type { VillageHouseholds } from '../../summary/households';
import { viRate } from '../format';
import { viNumber } from '../../text/numbers';
import type { ReportInput } from '../input';
import type { ReportOptions } from './options';
import { villageKey } from '../../villages';
import { formerCommunePoverty } from './formerCommunes';

const NO_HOUSEHOLDS = 'Chưa có số liệu hộ gia đình: cần mở sổ hộ gia đình của xã.';

/** Villages recognised as Thôn văn hóa, as the awards register lists them. */
function culturalVillages(input: ReportInput): string[] {
  const keys = new Map(input.villages.map((v) => [villageKey(v), v]));
  const found = new Set<string>();
  for (const a of input.awardItems) {
    if (a.form !== 'Thôn văn hóa') continue;
    const v = keys.get(villageKey(a.recipientName.replace(/\s+(văn hóa|văn hoá)$/iu, '')));
    if (v) found.add(v);
  }
  return input.villages.filter((v) => found.has(v));
}

/** van-hoa: "toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7% số hộ đăng ký)". */
export function culturalFamilySection(input: ReportInput, o: ReportOptions): ReportSection {
  const base = { id: 'van-hoa' as const, title: 'Gia đình văn hóa, Thôn văn hóa' };
  const h = input.households;
  if (!h) return { ...base, blocks: [], omitted: NO_HOUSEHOLDS };
  const { registered, achieved } = h.culturalFamily;
  const overAll = o.culturalFamilyBase === 'all';
  const denominator = overAll ? h.total : registered;
  if (denominator === 0 || (registered === 0 && achieved === 0)) return { ...base, blocks: [], omitted: 'Sổ hộ gia đình chưa có số liệu đăng ký, bình xét Gia đình văn hóa.' };
  const rate = viRate(achieved, denominator, o.decimals.culturalFamily);
  const baseWords = overAll ? 'tổng số hộ của xã' : 'số hộ đăng ký';
  let sentence = `Tổ chức bình xét các danh hiệu văn hóa năm ${input.year}, `;
  if (!overAll) sentence += `toàn xã có ${viNumber(registered)} hộ gia đình đăng ký xây dựng Gia đình văn hóa; `;
  // More households recognised than the base cannot be: the counts are written as the registers give them, the
  // rate is not, and a note in the text says what to check (DOMAIN.md §2: only a registered household is recognised).
  const impossible = achieved > denominator;
  sentence += achieved === 0
    ? `chưa có hộ gia đình được công nhận danh hiệu Gia đình văn hóa`
    : impossible
      ? `kết quả có ${viNumber(achieved)} hộ gia đình đạt danh hiệu Gia đình văn hóa`
      : `${overAll ? 'toàn xã' : 'kết quả'} có ${viNumber(achieved)}/${viNumber(denominator)} hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt ${rate} ${baseWords})`;
  const villages = culturalVillages(input);
  const n = input.villages.length;
  if (villages.length && n) sentence += villages.length === n ? `; ${n}/${n} thôn đạt danh hiệu Thôn văn hóa` : `; ${villages.length}/${n} thôn đạt danh hiệu Thôn văn hóa (${villages.join(', ')})`;
  const runs: Run[] = text(`${sentence}.`);
  if (impossible) runs.push(checkNote(`số hộ đạt (${viNumber(achieved)}) nhiều hơn ${baseWords} (${viNumber(denominator)}), tỷ lệ không tính được; cần kiểm tra lại cột Đăng ký và Đạt trong sổ trước khi gửi báo cáo.`));
  const blocks: Block[] = [{ type: 'paragraph', runs }];
  const villageBase = (v: VillageHouseholds) => (overAll ? v.total : v.culturalFamily.registered);
  const counted = h.byVillage.filter((v) => v.known && villageBase(v) > 0);
  const wrong = counted.filter((v) => v.culturalFamily.achieved > villageBase(v));
  const ranked = counted.filter((v) => !wrong.includes(v)).map((v) => ({ v, score: v.culturalFamily.achieved / villageBase(v), rate: viRate(v.culturalFamily.achieved, villageBase(v), o.decimals.culturalFamily) }));
  const items: Run[][] = [];
  if (ranked.length >= 2) {
    ranked.sort((a, b) => b.score - a.score);
    const top = ranked[0];
    const bottom = ranked[ranked.length - 1];
    if (top.rate !== bottom.rate) items.push(text(`Thôn có tỷ lệ hộ đạt danh hiệu Gia đình văn hóa cao nhất: ${top.v.village} (${top.rate}); thấp nhất: ${bottom.v.village} (${bottom.rate}).`));
  }
  if (wrong.length && !impossible) items.push([checkNote(`${wrong.map((v) => `thôn ${v.village} có ${viNumber(v.culturalFamily.achieved)} hộ đạt, nhiều hơn ${viNumber(villageBase(v))} hộ ${overAll ? 'của thôn' : 'đăng ký'}`).join('; ')}: tỷ lệ của ${wrong.length > 1 ? 'các thôn này' : 'thôn này'} không được tính; cần kiểm tra lại sổ.`, false)]);
  if (items.length) blocks.push({ type: 'list', marker: '-', items });
  return { ...base, blocks };
}

/** ho-ngheo: "số hộ nghèo 31 hộ, tỷ lệ 2,20%; hộ cận nghèo 38 hộ, tỷ lệ 2,69%; …" over all households. */
export function povertySection(input: ReportInput, o: ReportOptions): ReportSection {
  const base = { id: 'ho-ngheo' as const, title: 'Hộ nghèo, hộ cận nghèo' };
  const h = input.households;
  if (!h || h.total === 0) return { ...base, blocks: [], omitted: NO_HOUSEHOLDS };
  // No class column is no data: "không còn hộ nghèo" would be a claim the registers do not make.
  if (h.measured && !h.measured.poverty) return { ...base, blocks: [], omitted: 'Sổ hộ gia đình không có cột phân loại hộ (nghèo, cận nghèo): chưa có số liệu hộ nghèo.' };
  const d = o.decimals.poverty;
  const { poor, nearPoor, average } = h.poverty;
  // A list of poor households only: its counts, without a rate over a base it does not hold.
  if (h.filtered === 'poverty') {
    const counts = [poor && `số hộ nghèo ${viNumber(poor)} hộ`, nearPoor && `hộ cận nghèo ${viNumber(nearPoor)} hộ`, average && `hộ có mức sống trung bình ${viNumber(average)} hộ`].filter((x): x is string => Boolean(x));
    return { ...base, blocks: [{ type: 'paragraph', runs: text(`Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm ${input.year}: ${counts.join('; ')}.`) }] };
  }
  const clauses = [
    poor ? `số hộ nghèo ${viNumber(poor)} hộ, tỷ lệ ${viRate(poor, h.total, d)}` : 'không còn hộ nghèo',
    nearPoor ? `hộ cận nghèo ${viNumber(nearPoor)} hộ, tỷ lệ ${viRate(nearPoor, h.total, d)}` : 'không có hộ cận nghèo',
  ];
  if (average && h.measured?.average !== false) clauses.push(`hộ có mức sống trung bình ${viNumber(average)} hộ, tỷ lệ ${viRate(average, h.total, d)}`);
  const sentence = `Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm ${input.year}: toàn xã có ${viNumber(h.total)} hộ, trong đó ${clauses.join('; ')} (tỷ lệ tính trên tổng số hộ toàn xã).`;
  const byFormer = formerCommunePoverty(input, o);
  return { ...base, blocks: [{ type: 'paragraph', runs: text(sentence) }, ...(byFormer ? [byFormer] : [])] };
}

/** hoc-tap: "toàn xã có 987/1.412 hộ gia đình đạt danh hiệu Gia đình học tập (đạt 69,9% tổng số hộ)". */
export function learningFamilySection(input: ReportInput, o: ReportOptions): ReportSection {
  const base = { id: 'hoc-tap' as const, title: 'Gia đình học tập' };
  const h = input.households;
  if (!h || h.total === 0) return { ...base, blocks: [], omitted: NO_HOUSEHOLDS };
  if (h.learningFamily === 0) return { ...base, blocks: [], omitted: 'Sổ hộ gia đình chưa có số liệu Gia đình học tập.' };
  const rate = viRate(h.learningFamily, h.total, o.decimals.learningFamily);
  const sentence = `Phong trào khuyến học, khuyến tài, xây dựng xã hội học tập tiếp tục được duy trì; năm ${input.year} toàn xã có ${viNumber(h.learningFamily)}/${viNumber(h.total)} hộ gia đình đạt danh hiệu Gia đình học tập (đạt ${rate} tổng số hộ).`;
  return { ...base, blocks: [{ type: 'paragraph', runs: text(sentence) }] };
}
