// Seeded randomness and the identity numbers built with it, shared by the sample generator (scripts/samples) and the
// test fixtures (tests/core/real/fixtures/people.ts): the same seed gives the same data on every run, on every
// machine. No Math.random anywhere in generated data.

/** A seeded linear congruential generator returning numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Picks, integers and weighted draws over one seeded generator. */
export interface Draw {
  /** A number in [0, 1). */
  (): number;
  pick<T>(xs: readonly T[]): T;
  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** `k` digits as text, leading zeros kept. */
  digits(k: number): string;
}

export function draw(seed: number): Draw {
  const r = rng(seed);
  const d = (() => r()) as Draw;
  d.pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  d.between = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  d.chance = (p) => r() < p;
  d.digits = (k) => {
    let s = '';
    while (s.length < k) s += String(Math.floor(r() * 10));
    return s;
  };
  return d;
}

export type Gender = 'Nam' | 'Nữ';

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A real date cell as exceljs gives it: UTC midnight of that day. */
export function dateCell(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** The century-and-gender digit of a CCCD (DOMAIN §2): 1900s male 0 / female 1, 2000s male 2 / female 3. */
export function genderDigit(gender: Gender, year: number): number {
  return (year >= 2000 ? 2 : 0) + (gender === 'Nữ' ? 1 : 0);
}

/** A 12-digit CCCD `PPP G YY NNNNNN`: province of birth registration, century and gender, year, serial. */
export function cccdOf(province: string, gender: Gender, year: number, serial: number): string {
  return `${province}${genderDigit(gender, year)}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}
