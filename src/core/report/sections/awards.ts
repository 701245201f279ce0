// Award sections: the commune's own awards (khen-thuong) and awards received from higher levels (cap-tren).
import type { ReportSection, Run } from '../model';
import { checkNote, text } from '../model';
import { absurdAmount, countedAmount } from '../../registers/awards/law';
import { awardCount, viMoney } from '../../text/numbers';
import type { AwardItem, ReportInput } from '../input';
import { countKinds, formPhrase, recipients, shortAuthority, unitOf } from './phrases';
import { matchKey } from '../../text/normalize';
import { reportedAwardCounts } from '../../summary/awards';

const NO_AWARDS = 'Chưa có số liệu khen thưởng: cần mở sổ khen thưởng của xã.';

/**
 * The counts the sentences say, as the registers' summary counts them: every row whose recipient kind is readable,
 * a row without a name or a form included (DOMAIN §5), so the report agrees with `summary` and its own check.
 * The listed lines ("+ …", the table) name only rows with a name and a form.
 */
function registerCounts(input: ReportInput): ReturnType<typeof reportedAwardCounts> | null {
  const a = input.awards;
  // A summary that does not cover the listed items (an input put together by hand) cannot speak for them.
  if (!a?.commune || !a.higher || !a.party || !(a.total >= input.awardItems.length)) return null;
  return reportedAwardCounts(a);
}

/** khen-thuong: "Năm 2023, xã trích quỹ thi đua, khen thưởng, khen thưởng cho 07 tập thể, 15 cá nhân với tổng số tiền 7,7 triệu đồng." */
export function communeAwardsSection(input: ReportInput): ReportSection {
  const base = { id: 'khen-thuong' as const, title: 'Về công tác khen thưởng' };
  if (!input.awards || input.awardItems.length === 0) return { ...base, blocks: [], omitted: NO_AWARDS };
  const items = input.awardItems;
  const chair = items.filter((i) => i.communeChair);
  const higher = items.filter((i) => i.higher);
  const party = items.filter((i) => i.party && !i.higher);
  const others = items.filter((i) => !i.communeChair && !i.higher && !i.party && i.level === 'xa');
  const sentences: string[] = [];
  const notes: Run[] = [];
  const counts = registerCounts(input);
  const chairWho = recipients(others.length === 0 && counts ? counts.commune : countKinds(chair));
  if (chairWho) {
    const money = chair.reduce((s, i) => s + countedAmount(i.amount), 0);
    sentences.push(money > 0
      ? `Năm ${input.year}, xã trích quỹ thi đua, khen thưởng, khen thưởng cho ${chairWho} với tổng số tiền ${viMoney(money)}.`
      : `Năm ${input.year}, Chủ tịch UBND xã khen thưởng cho ${chairWho}.`);
    const absurd = chair.filter((i) => absurdAmount(i.amount)).length;
    if (absurd) notes.push(checkNote(`${absurd} khen thưởng ghi số tiền lớn hơn mức thưởng cao nhất có thể, không được cộng vào tổng số tiền; cần kiểm tra lại sổ.`));
  }
  const otherWho = recipients(countKinds(others));
  if (otherWho) sentences.push(`Mặt trận Tổ quốc và các đoàn thể xã khen thưởng ${otherWho}.`);
  const higherWho = recipients(counts?.higher ?? countKinds(higher));
  if (higherWho) sentences.push(`Đề nghị cấp trên khen thưởng và được cấp trên khen thưởng cho ${higherWho}.`);
  const partyWho = recipients(counts?.party ?? countKinds(party));
  if (partyWho) sentences.push(`Đảng ủy xã khen thưởng ${partyWho}.`);
  if (!sentences.length) return { ...base, blocks: [], omitted: 'Sổ khen thưởng không ghi rõ đối tượng (tập thể, cá nhân) của các khen thưởng.' };
  return {
    ...base,
    blocks: [{ type: 'heading', level: 3, runs: text('Về công tác khen thưởng') }, ...sentences.map((s, i) => ({ type: 'paragraph' as const, runs: [...text(s), ...(i === 0 ? notes : [])] }))],
  };
}

const LEVEL_RANK = { trung_uong: 0, tinh: 1, huyen: 2, xa: 3 } as const;

interface Unit {
  name: string;
  rank: number;
  first: number;
  own: AwardItem[];
  people: AwardItem[];
}

/** Groups awards by the unit that receives them: a collective is its own unit; a person belongs to the unit in their position. */
function byUnit(items: AwardItem[]): Unit[] {
  const units = new Map<string, Unit>();
  const get = (name: string, i: number) => {
    const key = matchKey(name);
    let u = units.get(key);
    if (!u) units.set(key, (u = { name, rank: 9, first: i, own: [], people: [] }));
    return u;
  };
  items.forEach((a, i) => {
    const unitName = a.recipientKind === 'collective' ? a.recipientName : unitOf(a.position);
    const u = get(unitName ?? 'Cá nhân khác', unitName ? i : Number.MAX_SAFE_INTEGER);
    (a.recipientKind === 'collective' ? u.own : u.people).push(a);
    if (a.level) u.rank = Math.min(u.rank, LEVEL_RANK[a.level]);
  });
  return [...units.values()].sort((x, y) => x.rank - y.rank || x.first - y.first);
}

const givenBy = (a: AwardItem) => (a.authority ? `${shortAuthority(a.authority)} tặng ` : 'tặng ');

/** One "+" line per receiving unit, clauses grouped by authority and form. */
function unitLine(u: Unit): string {
  const clauses: string[] = [];
  const own = new Map<string, AwardItem>();
  for (const a of u.own) own.set(`${givenBy(a)}${formPhrase(a.form)}`, a);
  const ownClauses = [...own.keys()];
  if (ownClauses.length) clauses.push(`${u.name} được ${ownClauses.join(', được ')}`);
  const people = new Map<string, number>();
  for (const a of u.people) {
    const k = `${givenBy(a)}${formPhrase(a.form)}`;
    people.set(k, (people.get(k) ?? 0) + 1);
  }
  for (const [k, n] of people) clauses.push(`${awardCount(n)} ${u.people.some((p) => p.recipientKind === 'household') && u.people.every((p) => p.recipientKind === 'household') ? 'hộ gia đình' : 'cá nhân'} được ${k}`);
  const line = clauses.join('; ');
  return ownClauses.length ? `${line}.` : `${u.name}: ${line}.`;
}

/** cap-tren: "+ Trường Tiểu học An Hòa được Chủ tịch UBND tỉnh tặng Cờ thi đua; 01 cá nhân được …". */
export function higherAwardsSection(input: ReportInput): ReportSection {
  const base = { id: 'cap-tren' as const, title: 'Thành tích được cấp trên khen thưởng' };
  if (!input.awards || input.awardItems.length === 0) return { ...base, blocks: [], omitted: NO_AWARDS };
  const higher = input.awardItems.filter((i) => i.higher);
  if (!higher.length) return { ...base, blocks: [], omitted: 'Sổ khen thưởng không có khen thưởng của cấp trên.' };
  const who = recipients(registerCounts(input)?.higher ?? countKinds(higher));
  const intro = `Năm ${input.year}, ${who ? `${who} của xã` : 'các tập thể, cá nhân của xã'} được cấp trên khen thưởng, cụ thể:`;
  return {
    ...base,
    blocks: [
      { type: 'heading', level: 3, runs: text('Thành tích được cấp trên khen thưởng') },
      { type: 'paragraph', runs: text(intro) },
      { type: 'list', marker: '+', items: byUnit(higher).map((u) => text(unitLine(u))) },
    ],
  };
}
