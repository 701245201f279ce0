// The hand-over from Excel to Word keeps both parts: households from one workbook, awards from another, each with
// its workbook and time, each replaced alone; an older stored hand-over (one input) still reads.
import { analyse } from '../../src/core/analyse';
import { reportInputOf, type ReportInput } from '../../src/core/report/input';
import { HANDOVER_KEY, dropHandoverPart, handedOver, partsOf, readHandover, sendHandover, type KeyValueStore } from '../../src/hosts/handover';
import { awardWorkbook, householdWorkbook } from './handoverRegisters';

const TODAY = new Date('2026-12-05T07:00:00Z');
const VILLAGES = ['Thôn Đông', 'Thôn Tây', 'Thôn Nam', 'Thôn Bắc', 'Thôn Trung'];

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const households = (year: number | undefined, perVillage = 3) => analyse([householdWorkbook({ year, villages: VILLAGES, perVillage })], { today: TODAY });
const awards = (year: number, count = 4) => analyse([awardWorkbook({ year, count })], { today: TODAY });
const at = (iso: string) => new Date(iso);

describe('the hand-over keeps households and awards from separate workbooks', () => {
  test('households then awards: both parts are there, each with its workbook and time, and they read as one input', () => {
    const store = memory();
    const h = households(2023);
    const a = awards(2023);
    expect(sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2024-01-10T08:00:00Z'), { inferred: h.inferred }).replaced).toEqual(['households']);
    expect(sendHandover(store, 'Khen-thuong.xlsx', reportInputOf(a), at('2024-01-10T09:30:00Z'), { inferred: a.inferred }).replaced).toEqual(['awards']);
    const got = readHandover(store);
    expect(got?.households).toMatchObject({ workbook: 'So-ho.xlsx', at: '2024-01-10T08:00:00.000Z' });
    expect(got?.awards).toMatchObject({ workbook: 'Khen-thuong.xlsx', at: '2024-01-10T09:30:00.000Z' });
    // Each part carries only its own figures.
    expect(got?.households?.input.awards).toBeUndefined();
    expect(got?.households?.input.awardItems).toEqual([]);
    expect(got?.awards?.input.households).toBeUndefined();
    const both = got && handedOver(got);
    expect(both?.input.households).toEqual(h.summary.households);
    expect(both?.input.awards).toEqual(a.summary.awards);
    expect(both?.input.awardItems).toHaveLength(4);
    expect(both?.input.villages).toEqual(h.villages);
    expect(both?.input.year).toBe(2023);
    expect(both?.years).toBeUndefined();
  });

  test('sending a new households summary replaces only the households part; awards likewise', () => {
    const store = memory();
    const first = households(2023, 2);
    const a = awards(2023, 3);
    sendHandover(store, 'So-ho-cu.xlsx', reportInputOf(first), at('2024-01-10T08:00:00Z'), { inferred: first.inferred });
    sendHandover(store, 'Khen-thuong.xlsx', reportInputOf(a), at('2024-01-10T09:00:00Z'), { inferred: a.inferred });
    const second = households(2023, 5);
    sendHandover(store, 'So-ho-moi.xlsx', reportInputOf(second), at('2024-01-11T08:00:00Z'), { inferred: second.inferred });
    let got = readHandover(store);
    expect(got?.households?.workbook).toBe('So-ho-moi.xlsx');
    expect(got?.households?.input.households?.total).toBe(VILLAGES.length * 5);
    expect(got?.awards).toMatchObject({ workbook: 'Khen-thuong.xlsx', at: '2024-01-10T09:00:00.000Z' });
    expect(got?.awards?.input.awardItems).toHaveLength(3);

    const more = awards(2023, 7);
    sendHandover(store, 'Khen-thuong-2.xlsx', reportInputOf(more), at('2024-01-12T08:00:00Z'), { inferred: more.inferred });
    got = readHandover(store);
    expect(got?.awards?.workbook).toBe('Khen-thuong-2.xlsx');
    expect(got?.awards?.input.awardItems).toHaveLength(7);
    expect(got?.households?.workbook).toBe('So-ho-moi.xlsx');
  });

  test('a workbook holding both registers replaces both parts', () => {
    const store = memory();
    const h = households(2023);
    const a = awards(2023);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2024-01-10T08:00:00Z'), { inferred: h.inferred });
    sendHandover(store, 'Khen-thuong.xlsx', reportInputOf(a), at('2024-01-10T09:00:00Z'), { inferred: a.inferred });
    const hh = householdWorkbook({ year: 2023, villages: VILLAGES, perVillage: 2 });
    const aw = awardWorkbook({ year: 2023, count: 2 });
    const whole = analyse([{ file: 'Tong-hop.xlsx', sheets: [...hh.sheets, ...aw.sheets] }], { today: TODAY });
    expect(partsOf(reportInputOf(whole))).toEqual(['households', 'awards']);
    expect(sendHandover(store, 'Tong-hop.xlsx', reportInputOf(whole), at('2024-01-12T08:00:00Z'), { inferred: whole.inferred }).replaced).toEqual(['households', 'awards']);
    const got = readHandover(store);
    expect(got?.households?.workbook).toBe('Tong-hop.xlsx');
    expect(got?.awards?.workbook).toBe('Tong-hop.xlsx');
    expect(got?.awards?.input.awardItems).toHaveLength(2);
  });

  test('a workbook with no figures replaces nothing', () => {
    const store = memory();
    const h = households(2023);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2024-01-10T08:00:00Z'), { inferred: h.inferred });
    const empty: ReportInput = { year: 2023, villages: [], awardItems: [] };
    expect(sendHandover(store, 'Trong.xlsx', empty, at('2024-01-11T08:00:00Z')).replaced).toEqual([]);
    expect(readHandover(store)?.households?.workbook).toBe('So-ho.xlsx');
  });

  test('either part can be dropped alone; dropping the last leaves nothing', () => {
    const store = memory();
    const h = households(2023);
    const a = awards(2023);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2024-01-10T08:00:00Z'), { inferred: h.inferred });
    sendHandover(store, 'Khen-thuong.xlsx', reportInputOf(a), at('2024-01-10T09:00:00Z'), { inferred: a.inferred });
    const left = dropHandoverPart(store, 'households');
    expect(left?.households).toBeUndefined();
    expect(left?.awards?.workbook).toBe('Khen-thuong.xlsx');
    expect(readHandover(store)?.households).toBeUndefined();
    const input = left && handedOver(left)?.input;
    expect(input?.households).toBeUndefined();
    expect(input?.awardItems).toHaveLength(4);
    expect(dropHandoverPart(store, 'awards')).toBeNull();
    expect(readHandover(store)).toBeNull();
  });

  test('an older stored hand-over (one input, one workbook) reads as the parts it holds', () => {
    const store = memory();
    const hh = householdWorkbook({ year: 2022, villages: VILLAGES, perVillage: 2 });
    const aw = awardWorkbook({ year: 2022, count: 3 });
    const whole = analyse([{ file: 'Tong-hop.xlsx', sheets: [...hh.sheets, ...aw.sheets] }], { today: TODAY });
    store.setItem(HANDOVER_KEY, JSON.stringify({ at: '2023-02-01T03:00:00.000Z', workbook: 'Cu.xlsx', input: reportInputOf(whole) }));
    const got = readHandover(store);
    expect(got?.households).toMatchObject({ workbook: 'Cu.xlsx', at: '2023-02-01T03:00:00.000Z' });
    expect(got?.awards).toMatchObject({ workbook: 'Cu.xlsx', at: '2023-02-01T03:00:00.000Z' });
    // The old shape did not say what was inferred: the year and villages are to be confirmed.
    expect(got?.households?.inferred).toBeUndefined();
    const both = got && handedOver(got);
    expect(both?.input.awardItems).toHaveLength(3);
    expect(both?.inferred.map((i) => i.what)).toEqual(['year', 'villages']);
    // An old awards-only hand-over is an awards part; sending households keeps it.
    const a = awards(2022);
    store.setItem(HANDOVER_KEY, JSON.stringify({ at: '2023-02-01T03:00:00.000Z', workbook: 'KT.xlsx', input: reportInputOf(a) }));
    const h = households(2022);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2023-02-02T03:00:00Z'), { inferred: h.inferred });
    const after = readHandover(store);
    expect(after?.awards?.workbook).toBe('KT.xlsx');
    expect(after?.households?.workbook).toBe('So-ho.xlsx');
  });

  test('what cannot be read is no hand-over, and a broken part is left out', () => {
    const store = memory();
    for (const bad of ['{broken', 'null', '42', '"text"', '[]', JSON.stringify({ version: 2, parts: null }), JSON.stringify({ at: 1, workbook: 'x', input: {} })]) {
      store.setItem(HANDOVER_KEY, bad);
      expect(readHandover(store)).toBeNull();
    }
    const a = awards(2023);
    const part = { at: '2024-01-10T08:00:00.000Z', workbook: 'KT.xlsx', input: reportInputOf(a) };
    store.setItem(HANDOVER_KEY, JSON.stringify({ version: 2, parts: { households: { at: 'x', workbook: 'So-ho.xlsx', input: { year: 'no' } }, awards: part } }));
    const got = readHandover(store);
    expect(got?.households).toBeUndefined();
    expect(got?.awards?.workbook).toBe('KT.xlsx');
  });
});

describe('the year and villages of a hand-over: given, inferred, or different between the parts', () => {
  test('a year named in a title is inferred (to confirm); villages from the data likewise', () => {
    const store = memory();
    const h = households(2023);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2024-01-10T08:00:00Z'), { inferred: h.inferred });
    const got = readHandover(store);
    const both = got && handedOver(got);
    expect(both?.inferred).toEqual([
      { what: 'year', value: 2023, from: 'title' },
      { what: 'villages', value: h.villages.join(', '), from: 'data' },
    ]);
  });

  test('a profile in the workbook: nothing is inferred', () => {
    const store = memory();
    const profile = { commune: 'Hòa An', year: 2023, villages: VILLAGES };
    const h = analyse([householdWorkbook({ villages: VILLAGES, perVillage: 2 })], { today: TODAY, profile });
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h, profile), at('2024-01-10T08:00:00Z'), { inferred: h.inferred });
    const both = handedOver(readHandover(store) ?? {});
    expect(both?.inferred).toEqual([]);
    expect(both?.input.commune).toBe('Hòa An');
  });

  test('parts of different years: the better-founded year wins, and both years are told', () => {
    const store = memory();
    // No title year: the households' year is only guessed from today.
    const h = households(undefined);
    expect(h.inferred.find((i) => i.what === 'year')?.from).toBe('today');
    const a = awards(2024);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2025-01-10T08:00:00Z'), { inferred: h.inferred });
    sendHandover(store, 'Khen-thuong.xlsx', reportInputOf(a), at('2025-01-10T09:00:00Z'), { inferred: a.inferred });
    const both = handedOver(readHandover(store) ?? {});
    expect(both?.input.year).toBe(2024);
    expect(both?.years).toEqual({ households: h.year, awards: 2024 });
    expect(both?.inferred.find((i) => i.what === 'year')).toEqual({ what: 'year', value: 2024, from: 'decisionDates' });
    // Villages come from the households part whatever the year.
    expect(both?.input.villages).toEqual(h.villages);
  });

  test("the years of the parts' own dates travel with them; an older part tells its decision dates", () => {
    const store = memory();
    const h = households(2023);
    sendHandover(store, 'So-ho.xlsx', reportInputOf(h), at('2024-01-10T08:00:00Z'), { inferred: h.inferred, dataYears: [2023] });
    const a = awards(2022);
    store.setItem(HANDOVER_KEY, JSON.stringify({ version: 2, parts: { ...JSON.parse(store.getItem(HANDOVER_KEY) ?? '{}').parts, awards: { at: '2024-01-10T09:00:00.000Z', workbook: 'KT.xlsx', input: reportInputOf(a) } } }));
    expect(handedOver(readHandover(store) ?? {})?.dataYears).toEqual([2022, 2023]);
  });
});
