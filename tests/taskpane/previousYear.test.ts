// Last year in the panes: the worker's comparison (with this year's rows, or its summary only), the words the panes
// show (main changes, how households were matched), and the hand-over that carries last year to Word — old stored
// hand-overs still read, a comparison of another year is not used, and last year can be dropped.
import { analyse } from '../../src/core/analyse';
import { analysePrevious, previousYearData } from '../../src/core/compare/previous';
import { reportInputOf } from '../../src/core/report/input';
import { HANDOVER_KEY, dropHandoverPrevious, handedOver, readHandover, sendHandover, type KeyValueStore } from '../../src/hosts/handover';
import { comparePrevious } from '../../src/taskpane/worker/analysisRun';
import { runRequest } from '../../src/taskpane/worker/runAnalysis';
import type { WorkerMessage } from '../../src/taskpane/worker/protocol';
import { mainChanges, matchingLines, signed } from '../../src/taskpane/previousYear';
import { PROFILE_2023, Y2022, Y2023, register } from '../core/compare/twoYears';

const TODAY = new Date('2026-12-05T07:00:00Z');
const LAST = register('so-ho-2022.xlsx', 2022, Y2022);
const THIS = register('so-ho-2023.xlsx', 2023, Y2023);
const REQ = { profile: PROFILE_2023, overrides: {}, lang: 'vi' as const, today: TODAY.toISOString() };

function memory(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const current = analyse([THIS], { profile: PROFILE_2023, today: TODAY });

describe('the comparison the worker makes', () => {
  test('with this year rows: households matched by key, the main changes, the unmatched rows listed', () => {
    const r = comparePrevious([LAST], current, REQ);
    if (!r.ok) throw new Error(r.message);
    const d = r.data;
    expect(d).toMatchObject({ files: ['so-ho-2022.xlsx'], year: 2022, yearAssumed: false, errors: 0 });
    // An, Bình, Hoa, Khoa by code; Cường (CCCD lost its zeros), Lan by CCCD; Dung, Em (Nam Hà renamed Bắc Hà) by
    // name + birth year + village; Hải: two rows of 2022 share his key (ambiguous).
    expect(d.matching?.matchedBy).toEqual({ householdId: 4, cccd: 2, nameBirthVillage: 2 });
    expect(d.comparison.movements).toMatchObject({ matched: 8, newHouseholds: 1, removedHouseholds: 1, leftPoverty: 1, fellIntoPoverty: 1 });
    expect(d.matching?.newHouseholds.map((x) => [x.file, x.row])).toEqual([['so-ho-2023.xlsx', 10]]);
    expect(d.matching?.removedHouseholds.map((x) => [x.file, x.row])).toEqual([['so-ho-2022.xlsx', 10]]);
    expect(mainChanges(d, 'vi')).toEqual([
      'Số hộ: 11 → 10 (\u22121)', 'Hộ nghèo: 4 → 3 (\u22121)', 'Hộ cận nghèo: 2 → 1 (\u22121)', 'Đạt Gia đình văn hóa: 5 → 4 (\u22121)',
    ]);
    expect(matchingLines(d, 'vi')).toEqual({
      matched: 'Ghép hộ giữa hai năm: 8 hộ có trong cả hai năm (4 theo mã hộ, 2 theo CCCD chủ hộ, 2 theo họ tên + năm sinh + thôn).',
      unmatched: `1 hộ mới, 1 hộ không còn trong sổ, ${d.comparison.movements?.ambiguous} dòng trùng khóa. Dòng không ghép được chỉ được liệt kê, không đoán.`,
    });
    expect(d.comparison.movements?.ambiguous).toBe(3);
    // No name and no CCCD leaves the worker.
    const text = JSON.stringify(d);
    for (const h of [...Y2022, ...Y2023]) {
      expect(text).not.toContain(h.name);
      if (h.cccd) expect(text).not.toContain(String(h.cccd));
    }
  });

  test('against a summary only (figures sent from Excel): the figures compared, households not matched', () => {
    const r = comparePrevious([LAST], { year: 2023, summary: current.summary }, REQ);
    if (!r.ok) throw new Error(r.message);
    expect(r.data.matching).toBeUndefined();
    expect(r.data.comparison.movements).toBeUndefined();
    expect(matchingLines(r.data, 'vi')).toBeNull();
    expect(mainChanges(r.data, 'vi')[1]).toBe('Hộ nghèo: 4 → 3 (\u22121)');
  });

  test('last year of the same year is refused in words; a file with no register is named', () => {
    const same = comparePrevious([register('so-ho-khac.xlsx', 2023, Y2022)], analyse([THIS], { today: TODAY }), { ...REQ, profile: undefined });
    expect(same).toEqual({ ok: false, message: 'Sổ năm trước ghi năm 2023, không trước năm báo cáo 2023: hãy chọn đúng sổ của năm trước, hoặc xác nhận năm báo cáo.' });
    const empty = comparePrevious([{ file: 'trong.xlsx', sheets: [{ sheet: 'S', originRow: 1, originColumn: 1, values: [['ghi chú']], merges: [] }] }], current, REQ);
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.message).toContain('"trong.xlsx"');
  });

  test('the worker analyses this year with last year and puts the comparison in the report input', async () => {
    const out: WorkerMessage[] = [];
    await runRequest({ id: 7, workbook: THIS, previous: [LAST], ...REQ }, (m) => out.push(m));
    const m = out.at(-1);
    if (m?.type !== 'result') throw new Error(JSON.stringify(m));
    expect(m.result.previous?.ok).toBe(true);
    expect(m.result.report.comparison?.previousYear).toBe(2022);
    expect(m.result.report.comparison?.movements?.leftPoverty).toBe(1);
    const s: WorkerMessage[] = [];
    await runRequest({ id: 8, type: 'compare-summary', previous: [LAST], current: { year: 2023, summary: current.summary }, ...REQ }, (x) => s.push(x));
    expect(s.at(-1)).toMatchObject({ id: 8, type: 'previous', result: { ok: true, data: { year: 2022 } } });
  });

  test('signs: plus, the minus sign, zero; English numbers', () => {
    expect([signed(3, 'vi'), signed(-1200, 'vi'), signed(0, 'vi'), signed(-1200, 'en')]).toEqual(['+3', '\u22121.200', '0', '\u22121,200']);
  });
});

describe('last year in the hand-over', () => {
  const outcome = analysePrevious([LAST], current, { profile: PROFILE_2023, today: TODAY });
  if (!outcome.ok) throw new Error(outcome.problem);
  const data = previousYearData(['so-ho-2022.xlsx'], outcome);

  test('sent with the households part, read back, and the comparison goes into the report input', () => {
    const store = memory();
    sendHandover(store, 'so-ho-2023.xlsx', reportInputOf(current), TODAY, { previous: data });
    const h = readHandover(store);
    expect(h?.households?.previous).toEqual(data);
    expect(h?.households?.input.comparison).toBeUndefined();
    const both = h && handedOver(h);
    expect(both?.previous).toEqual(data);
    expect(both?.input.comparison).toEqual(data.comparison);
  });

  test('a hand-over stored before last year existed reads as it was; a broken last year is left out', () => {
    const store = memory();
    store.setItem(HANDOVER_KEY, JSON.stringify({ at: TODAY.toISOString(), workbook: 'So.xlsx', input: reportInputOf(current) }));
    const old = readHandover(store);
    expect(old?.households?.workbook).toBe('So.xlsx');
    expect(old && handedOver(old)?.previous).toBeUndefined();
    sendHandover(store, 'so-ho-2023.xlsx', reportInputOf(current), TODAY, { previous: data });
    const stored = JSON.parse(store.getItem(HANDOVER_KEY) ?? '') as { parts: { households: { previous: { year: number } } } };
    stored.parts.households.previous.year = 2021; // no longer the comparison's previous year
    store.setItem(HANDOVER_KEY, JSON.stringify(stored));
    expect(readHandover(store)?.households?.previous).toBeUndefined();
    expect(readHandover(store)?.households?.workbook).toBe('so-ho-2023.xlsx');
  });

  test('a comparison made for another year is not used; sending again without last year drops it; so does dropHandoverPrevious', () => {
    const store = memory();
    sendHandover(store, 'so-ho-2023.xlsx', { ...reportInputOf(current), year: 2024 }, TODAY, { previous: data });
    const h = readHandover(store);
    expect(h && handedOver(h)?.previous).toBeUndefined();
    expect(h && handedOver(h)?.input.comparison).toBeUndefined();
    sendHandover(store, 'so-ho-2023.xlsx', reportInputOf(current), TODAY, { previous: data });
    const dropped = dropHandoverPrevious(store);
    expect(dropped?.households?.previous).toBeUndefined();
    expect(dropped?.households?.input.households).toEqual(current.summary.households);
    sendHandover(store, 'so-ho-2023.xlsx', reportInputOf(current), TODAY, { previous: data });
    sendHandover(store, 'so-ho-2023.xlsx', reportInputOf(current), TODAY);
    expect(readHandover(store)?.households?.previous).toBeUndefined();
  });
});
