// Wrong-column traps (DOMAIN §2.2, §3): a column that looks like the poverty class, the size or the village, and is not.
import { analyse } from '../../../src/core/analyse';
import { beneficiaryClassColumn, cadreClassColumn, homeTownAndBirthplace, personCodeBeforeSize, smallPersonCodes, YEN_LAM_TRAPS } from './fixtures/traps';
import { family, householdFigures, issuesOf, serious } from './helpers';

const profile = YEN_LAM_TRAPS;
const run = (grid: Parameters<typeof analyse>[0][0]['sheets'][0]) => analyse([{ file: 'ds.xlsx', sheets: [grid] }], { profile });
const inColumn = (issues: ReturnType<typeof issuesOf>, column: string) => serious(issues.filter((i) => i.column === column));

describe('"Phân loại cán bộ" (Cán bộ, Công chức, KCT) in a list of cadres\' households', () => {
  const trap = cadreClassColumn();
  const analysis = run(trap.grid);

  it('is not a poverty class: no household is poor, near-poor or of average living standard', () => {
    expect(analysis.summary.households?.poverty).toEqual({ poor: 0, nearPoor: 0, average: 0 });
  });

  it('raises no issue on the cadre classes', () => {
    expect(inColumn(issuesOf(analysis), trap.column)).toEqual([]);
    expect(issuesOf(analysis).filter((i) => i.field === 'poverty')).toEqual([]);
  });

  it('leaves the rest of the register read as usual', () => {
    expect(householdFigures(analysis)).toEqual(trap.truth);
  });
});

describe('"Phân loại đối tượng" (Người có công, Bảo trợ xã hội) beside the poverty marks', () => {
  const trap = beneficiaryClassColumn();
  const analysis = run(trap.grid);

  it('counts poverty from the marks only', () => {
    expect(householdFigures(analysis)).toEqual(trap.truth);
  });

  it('raises no issue on the beneficiary classes', () => {
    expect(inColumn(issuesOf(analysis), trap.column)).toEqual([]);
  });
});

describe('"Mã nhân khẩu" (9-digit codes) before "Số nhân khẩu" in a household list', () => {
  const trap = personCodeBeforeSize();
  const analysis = run(trap.grid);

  it('takes the persons from "Số nhân khẩu", not from the codes', () => {
    expect(householdFigures(analysis)).toEqual(trap.truth);
  });

  it('raises no size error on the codes', () => {
    expect(issuesOf(analysis).filter((i) => family(i.code) === 'value.range' && i.field === 'size')).toEqual([]);
    expect(inColumn(issuesOf(analysis), trap.column)).toEqual([]);
  });
});

describe('"Mã NK" numbering the members 1, 2, 3 … in a person list with no size column', () => {
  const trap = smallPersonCodes();
  const analysis = run(trap.grid);

  it('counts persons as person rows, not as the sum of the codes', () => {
    const codes = trap.households.reduce((s, h) => s + (h.members.length * (h.members.length + 1)) / 2, 0);
    expect(codes).not.toBe(trap.truth.persons);
    expect(analysis.summary.households?.persons).toBe(trap.truth.persons);
    expect(householdFigures(analysis)).toEqual(trap.truth);
  });

  it('raises no size error on the codes', () => {
    expect(issuesOf(analysis).filter((i) => family(i.code) === 'value.range' && i.field === 'size')).toEqual([]);
    expect(inColumn(issuesOf(analysis), trap.column)).toEqual([]);
  });
});

describe('"Quê quán" and "Nơi sinh" before the "Thôn" column', () => {
  const trap = homeTownAndBirthplace(true);
  const analysis = run(trap.grid);

  it('take the village from "Thôn", even where the birthplace names another village of the commune', () => {
    expect(householdFigures(analysis)).toEqual(trap.truth);
    expect(analysis.summary.households?.withoutVillage).toBe(0);
  });

  it('raise no village issue', () => {
    expect(issuesOf(analysis).filter((i) => i.field === 'village' && i.severity !== 'info')).toEqual([]);
  });
});

describe('"Quê quán" and "Nơi sinh" with no village column', () => {
  const trap = homeTownAndBirthplace(false);
  const analysis = run(trap.grid);

  it('give no household a village', () => {
    expect(householdFigures(analysis)).toEqual(trap.truth);
    expect(analysis.summary.households?.withoutVillage).toBe(trap.truth.total);
  });

  it('raise no unknown-village issue on provinces and hospitals', () => {
    expect(issuesOf(analysis).filter((i) => i.field === 'village' && i.severity !== 'info')).toEqual([]);
  });

  it('without a profile, infer no village from them', () => {
    const bare = analyse([{ file: 'ds.xlsx', sheets: [trap.grid] }]);
    expect((bare.summary.households?.byVillage ?? []).filter((v) => v.total > 0)).toEqual([]);
    expect(bare.summary.households?.total).toBe(trap.truth.total);
  });
});
