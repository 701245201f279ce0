// Person-level lists (DOMAIN §2.1): one row per person, grouped by household. Their figures must come out as from a
// one-row-per-household register: households = households, persons = person rows.
import { analyse } from '../../../src/core/analyse';
import { GIA_TRUNG, householdAndMemberLists, KHANH_HAI, maHoWithMqh, relationOnly, ttHoWithRelation, YEN_LAM, type PersonList } from './fixtures/persons';
import { cccdAndAges, headProblems, householdNumbering } from './fixtures/person-checks';
import { family, householdFigures, issuesOf, kindOf, personsOf, personsRegister, registersOf, serious } from './helpers';

const shapes: Array<[string, () => PersonList, typeof YEN_LAM]> = [
  ['"TT hộ" on the head\'s row, "Quan hệ với chủ hộ", attributes on the head\'s row only', () => ttHoWithRelation(), YEN_LAM],
  ['"TT hộ", "Quan hệ với chủ hộ", household number, village and attributes merged down the household\'s rows', () => ttHoWithRelation({ merged: true }), YEN_LAM],
  ['"Mã hộ" on every member\'s row and "MQH" with "CH"', () => maHoWithMqh(), GIA_TRUNG],
  ['a relation column only, no household number or code', () => relationOnly(), KHANH_HAI],
];

describe.each(shapes)('a person list with %s', (_name, make, profile) => {
  const list = make();
  const analysis = analyse([{ file: 'nhan-khau.xlsx', sheets: list.grids }], { profile });
  const regs = registersOf(analysis);

  it('is one persons register with one record per household, at its first row, and one person per person row', () => {
    expect(regs.map(kindOf)).toEqual(['persons']);
    expect(regs[0].records.map((r) => r.row)).toEqual(list.firstRows);
    expect(personsOf(regs[0])?.length).toBe(list.personRows.length);
  });

  it('counts households, persons, poverty classes, GĐVH, học tập and villages from the households, not the rows', () => {
    expect(householdFigures(analysis)).toEqual(list.truth);
  });

  it('raises no error or warning on a list whose people are all well written', () => {
    expect(serious(personsRegister(analysis).issues)).toEqual([]);
  });
});

describe('a household list and its member list of the same commune', () => {
  const { households, members, truth } = householdAndMemberLists();

  it('on two sheets of one workbook give one set of figures: households from the list, persons from the members', () => {
    const analysis = analyse([{ file: 'ho-va-nhan-khau.xlsx', sheets: [households, members] }], { profile: YEN_LAM });
    expect(householdFigures(analysis)).toEqual(truth);
  });

  it('in two workbooks give the same figures, never added up', () => {
    const analysis = analyse(
      [
        { file: 'danh-sach-ho.xlsx', sheets: [households] },
        { file: 'nhan-khau.xlsx', sheets: [members] },
      ],
      { profile: YEN_LAM },
    );
    expect(householdFigures(analysis)).toEqual(truth);
  });

  it('in the other order give the same figures', () => {
    const analysis = analyse([{ file: 'ho-va-nhan-khau.xlsx', sheets: [members, households] }], { profile: YEN_LAM });
    expect(householdFigures(analysis)).toEqual(truth);
  });
});

describe('a household with no head and a household with two heads', () => {
  const list = headProblems();
  const analysis = analyse([{ file: 'nhan-khau.xlsx', sheets: list.grids }], { profile: GIA_TRUNG });
  const head = issuesOf(analysis).filter((i) => family(i.code) === 'household.head');

  it('gives the household whose head is not written one household.head error on one of its rows', () => {
    const here = head.filter((i) => list.noHead.includes(i.row));
    expect(here).toHaveLength(1);
    expect(here[0].severity).toBe('error');
  });

  it('gives the household with two "CH" rows one household.head error on one of its rows', () => {
    const here = head.filter((i) => list.twoHeads.includes(i.row));
    expect(here).toHaveLength(1);
    expect(here[0].severity).toBe('error');
  });

  it('gives no other household a household.head issue', () => {
    personsRegister(analysis);
    expect(head.filter((i) => !list.noHead.includes(i.row) && !list.twoHeads.includes(i.row))).toEqual([]);
  });

  it('still counts every household by its code and every person row', () => {
    expect(analysis.summary.households).toMatchObject({ total: list.truth.total, persons: list.truth.persons });
  });
});

describe('person-level checks: a member\'s CCCD against that member\'s gender, and ages', () => {
  const list = cccdAndAges();
  const analysis = analyse([{ file: 'nhan-khau.xlsx', sheets: list.grids }], { profile: YEN_LAM });
  const issues = issuesOf(analysis);

  it('reports the wife\'s CCCD whose century/gender digit says male, at her own CCCD cell, and no other CCCD', () => {
    const cccd = issues.filter((i) => family(i.code) === 'id.cccd');
    expect(cccd.map((i) => i.cell)).toEqual([list.wrongCccdCell]);
    expect(cccd[0].severity).toBe('error');
  });

  it('finds nothing wrong with a 5-year-old child', () => {
    personsRegister(analysis);
    expect(issues.filter((i) => i.row === list.childRow && i.severity !== 'info')).toEqual([]);
  });

  it('warns, and does not err, about a head of household who is 12 years old', () => {
    const here = issues.filter((i) => i.row === list.youngHeadRow);
    expect(here.some((i) => i.severity === 'warning')).toBe(true);
    expect(here.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('says nothing else about the list', () => {
    personsRegister(analysis);
    const expected = new Set([list.wrongCccdRow, list.youngHeadRow]);
    expect(serious(issues.filter((i) => !expected.has(i.row)))).toEqual([]);
  });
});

describe.each(['skip', 'restart'] as const)('household numbers that %s', (kind) => {
  const list = householdNumbering(kind);
  const analysis = analyse([{ file: 'nhan-khau.xlsx', sheets: list.grids }], { profile: YEN_LAM });
  const numbering = issuesOf(analysis).filter((i) => family(i.code) === 'household.numbering');

  it('are reported as one household.numbering warning at the first number out of sequence', () => {
    expect(numbering.map((i) => [i.cell, i.severity])).toEqual([[`A${list.breakRow}`, 'warning']]);
  });

  it('do not change the count: every numbered household is a household', () => {
    expect(householdFigures(analysis)).toEqual(list.truth);
  });
});
