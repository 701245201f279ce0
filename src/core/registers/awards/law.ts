// The dated tables of award law kept in one place: who may give what, the base salary, and money multiples.
import { FORMS, type FormName } from './forms';
import type { AuthorityKind } from './authorities';
import type { DayDate } from '../../values/dates';

interface Period<T> {
  from: string;
  to?: string;
  value: T;
}

function inPeriod<T>(periods: Array<Period<T>>, date: DayDate): T | undefined {
  const iso = `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
  return periods.find((p) => p.from <= iso && (!p.to || iso <= p.to))?.value;
}

const LOWER_TITLES = [FORMS.LDTT, FORMS.CSTDCS, FORMS.TTLDTT];

/**
 * Forms each state authority may give (Luật Thi đua, khen thưởng 2022 Điều 80 and the same split under the earlier
 * law from 2017). From 2025-07-01 the district tier is gone and the merged commune chairman took most of its powers;
 * only what is certainly wrong is flagged then.
 */
const PERMISSIONS: Array<Period<Partial<Record<AuthorityKind, FormName[]>>>> = [
  {
    from: '2017-01-01',
    to: '2025-06-30',
    value: {
      chair_xa: [FORMS.GK, FORMS.LDTT, FORMS.GDVH],
      chair_huyen: [FORMS.GK, FORMS.LDTT, FORMS.CSTDCS, FORMS.TTLDTT, FORMS.TVH, FORMS.GDVH],
      chair_tinh: [FORMS.BK, FORMS.CSTD_TINH, FORMS.TTLDXS, FORMS.CTD, FORMS.TVH, ...LOWER_TITLES],
      department_head: [FORMS.GK, ...LOWER_TITLES],
      unit_head: [FORMS.GK, ...LOWER_TITLES],
      minister: [FORMS.BK, FORMS.CSTD_TINH, FORMS.TTLDXS, FORMS.CTD, ...LOWER_TITLES],
      prime_minister: [FORMS.BK, FORMS.CSTDTQ, FORMS.CTD],
    },
  },
  {
    from: '2025-07-01',
    value: {
      chair_xa: [FORMS.GK, FORMS.LDTT, FORMS.CSTDCS, FORMS.TTLDTT, FORMS.TVH, FORMS.GDVH],
      chair_tinh: [FORMS.BK, FORMS.CSTD_TINH, FORMS.TTLDXS, FORMS.CTD, FORMS.TVH, ...LOWER_TITLES],
      prime_minister: [FORMS.BK, FORMS.CSTDTQ, FORMS.CTD],
    },
  },
];

/** Forms the authority may give on that date; undefined when the table does not cover it (not checked). */
export function permittedForms(kind: AuthorityKind, date: DayDate): FormName[] | undefined {
  return inPeriod(PERMISSIONS, date)?.[kind];
}

/** Mức lương cơ sở (đồng per month) by period. */
export const BASE_SALARY: Array<Period<number>> = [
  { from: '2019-07-01', to: '2023-06-30', value: 1_490_000 },
  { from: '2023-07-01', to: '2024-06-30', value: 1_800_000 },
  { from: '2024-07-01', value: 2_340_000 },
];

export function baseSalary(date: DayDate, table: Array<Period<number>> = BASE_SALARY): number | undefined {
  return inPeriod(table, date);
}

/** Which multiple applies: a form, refined by who gave it where the law pays differently. */
export type MoneyKey = FormName | 'Giấy khen (Chủ tịch UBND xã)' | 'Bằng khen Thủ tướng' | 'Cờ thi đua UBND tỉnh';

/** Multiples of the base salary for an individual (NĐ 91/2017, then NĐ 98/2023); collective forms as listed. */
const MULTIPLES: Array<Period<Partial<Record<MoneyKey, number>>>> = [
  {
    from: '2017-01-01',
    to: '2025-06-30',
    value: {
      'Chiến sĩ thi đua cơ sở': 1.0,
      'Lao động tiên tiến': 0.3,
      'Giấy khen': 0.3,
      'Giấy khen (Chủ tịch UBND xã)': 0.15,
      'Bằng khen': 1.0,
      'Bằng khen Thủ tướng': 3.5,
      'Tập thể lao động tiên tiến': 0.8,
      'Tập thể lao động xuất sắc': 1.5,
      'Cờ thi đua UBND tỉnh': 8.0,
    },
  },
  {
    from: '2025-07-01',
    value: {
      'Chiến sĩ thi đua cơ sở': 1.0,
      'Lao động tiên tiến': 0.3,
      'Giấy khen': 0.3,
      'Giấy khen (Chủ tịch UBND xã)': 0.15,
      'Bằng khen': 1.5,
      'Bằng khen Thủ tướng': 3.5,
      'Tập thể lao động tiên tiến': 0.8,
      'Tập thể lao động xuất sắc': 1.5,
      'Cờ thi đua UBND tỉnh': 8.0,
    },
  },
];

/** Forms that are collective by nature: their multiple is already the collective's. */
const COLLECTIVE_FORMS = new Set<MoneyKey>([FORMS.TTLDTT, FORMS.TTLDXS, 'Cờ thi đua UBND tỉnh']);

/**
 * The amount the money table gives (đồng), rounded up to the next 10.000 đồng; a collective gets twice an
 * individual's amount for the same form. Undefined when the table has no multiple for it.
 */
export function tableAmount(key: MoneyKey, collective: boolean, date: DayDate, salaryTable?: Array<Period<number>>): number | undefined {
  const multiple = inPeriod(MULTIPLES, date)?.[key];
  const base = baseSalary(date, salaryTable);
  if (multiple === undefined || base === undefined) return undefined;
  const one = Math.ceil((multiple * base) / 10_000 - 1e-9) * 10_000;
  return collective && !COLLECTIVE_FORMS.has(key) ? one * 2 : one;
}

export type { Period };

/**
 * No single award pays more: the largest multiple in the money table (Huân chương Sao vàng to a collective, 92 × the
 * base salary) is about 215 million đồng at 2,34 million. A larger amount in one row is a typing or unit error
 * (a total written in the row, thousands written as đồng twice), not a figure to add into the report.
 */
export const MAX_AWARD_AMOUNT = 500_000_000;

/** The money an award row adds to the totals: a positive amount no award can exceed; anything else adds nothing. */
export function countedAmount(amount: number | null): number {
  return amount !== null && amount > 0 && amount <= MAX_AWARD_AMOUNT ? amount : 0;
}

/** An amount that is flagged and left out of the totals (value.range amount.absurd). */
export function absurdAmount(amount: number | null): boolean {
  return amount !== null && amount > MAX_AWARD_AMOUNT;
}
