// Award proposal lists (DOMAIN §3): "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", names, genders and birth dates, a recipient-kind
// column "Phân loại khen thưởng", forms proposed or not yet, no decision. An awards register marked as a proposal,
// summarised apart from the awards given, and never a household register.
import { analyse } from '../../../src/core/analyse';
import { gridOf } from '../../../src/core/grid';
import { proposalsInCodes, proposalsInWords, type ProposalList } from './fixtures/proposals';
import { family, ignoredOf, issuesOf, kindOf, proposalOf, proposalsOf, registersOf } from './helpers';

describe.each([
  ['kinds and forms in words (Cá nhân / Tập thể / Hộ gia đình), birth dates as date cells', proposalsInWords],
  ['kinds and forms as codes (CANHAN / TAPTHE / HOGIADINH, 1 / 2 / 3) with a DANHMUC sheet', proposalsInCodes],
] as Array<[string, () => ProposalList]>)('a proposal list with %s', (_name, make) => {
  const list = make();
  const analysis = analyse([{ file: 'de-nghi-khen-thuong.xlsx', sheets: list.grids }], { profile: { commune: 'Yên Lâm', year: 2024, villages: ['Đông Phong', 'Tây Phong', 'Nam Phong'] } });
  const regs = registersOf(analysis);

  it('is one awards register marked as a proposal', () => {
    expect(regs.map((r) => [kindOf(r), proposalOf(r)])).toEqual([['awards', true]]);
  });

  it('is not a household register: there are no household figures', () => {
    expect(regs.map(kindOf).filter((k) => k !== 'awards')).toEqual([]);
    expect(analysis.summary.households).toBeUndefined();
  });

  it('reads one record per proposed recipient, units as collectives even where the kind is left empty', () => {
    const expected = list.proposals.map((p, i) => [list.rows[i], p.kind]);
    const records = regs[0]?.records as unknown as Array<{ row: number; recipientKind: string | null }>;
    expect(records.map((r) => [r.row, r.recipientKind])).toEqual(expected);
  });

  it('counts the proposals by kind in summary.proposals, never in summary.awards', () => {
    expect(proposalsOf(analysis)).toMatchObject(list.truth);
    expect(analysis.summary.awards).toBeUndefined();
  });

  it('does not ask a proposal for a decision, nor check its people as household members', () => {
    expect(regs).toHaveLength(1);
    const families = issuesOf(analysis).map((i) => family(i.code));
    expect(families.filter((f) => f === 'award.decision' || f.startsWith('household.') || f === 'id.cccd')).toEqual([]);
  });
});

describe('the DANHMUC sheet beside a coded proposal list', () => {
  it('is set aside as a code table, not read as a register', () => {
    const list = proposalsInCodes();
    const analysis = analyse([{ file: 'de-nghi-khen-thuong.xlsx', sheets: list.grids }]);
    expect(ignoredOf(analysis)).toEqual([{ sheet: 'DANHMUC', reason: 'codes' }]);
    expect(registersOf(analysis)).toHaveLength(1);
  });
});

describe('proposals beside an awards register of the same year', () => {
  it('are summarised apart: the given awards in summary.awards, the proposals in summary.proposals', () => {
    const list = proposalsInWords();
    const analysis = analyse([
      { file: 'de-nghi.xlsx', sheets: list.grids },
      {
        file: 'khen-thuong.xlsx',
        sheets: [
          gridOf('Khen thưởng', [
            ['DANH SÁCH KHEN THƯỞNG NĂM 2024'],
            ['STT', 'Họ và tên', 'Hình thức khen thưởng', 'Cấp khen', 'Số QĐ', 'Ngày QĐ'],
            [1, 'Nguyễn Văn Hải', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', '20/12/2024'],
            [2, 'Trường Tiểu học Yên Lâm', 'Giấy khen', 'Chủ tịch UBND xã', '215/QĐ-UBND', '20/12/2024'],
          ]),
        ],
      },
    ]);
    expect(analysis.summary.awards).toMatchObject({ total: 2, collective: 1, individual: 1 });
    expect(proposalsOf(analysis)).toMatchObject(list.truth);
  });
});
