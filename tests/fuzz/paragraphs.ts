// Random report paragraphs: the claims a commune report makes (counts, bases, rates, sums, dates, heading numbers,
// years, blanks), real reports with their figures and words scrambled, and noise.
import fc from 'fast-check';
import { AN_HOA_2023 } from '../fixtures/reports/anHoa2023';
import { DONG_TAM_2024 } from '../fixtures/reports/dongTam2024';
import { pick, textCell } from './cells';

const REAL = [...AN_HOA_2023, ...DONG_TAM_2024];

/** A number as a report writes it: "1.139", "93,7", "0", "2.000.000", or a stray spelling. */
const viNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map(String),
  fc.integer({ min: 0, max: 3_000_000 }).map((n) => n.toLocaleString('de-DE')),
  fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${String(a)},${String(b)}`),
  fc.constantFrom('1.2.3', '1,,5', '00', '-5', '1e9', '99999999999999999999', '½'),
);
const year = fc.oneof(fc.integer({ min: 1990, max: 2035 }).map(String), fc.constantFrom('0000', '20233', '3000'));
const day = fc.integer({ min: 0, max: 40 }).map((d) => String(d).padStart(2, '0'));
const month = fc.integer({ min: 0, max: 14 }).map((m) => String(m).padStart(2, '0'));

const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(viNumber, viNumber, viNumber).map(([a, b, p]) => `kết quả có ${a}/${b} hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt ${p}%)`),
  fc.tuple(viNumber, viNumber).map(([n, p]) => `số hộ nghèo ${n} hộ, tỷ lệ ${p}%`),
  fc.tuple(viNumber, viNumber, viNumber).map(([t, a, b]) => `toàn xã có ${t} hộ, trong đó: ${a} hộ nghèo, ${b} hộ cận nghèo`),
  fc.tuple(viNumber, viNumber, viNumber, viNumber).map(([t, a, b, c]) => `Tổng số ${t} lượt khen thưởng, gồm ${a} tập thể, ${b} cá nhân và ${c} hộ gia đình`),
  fc.tuple(viNumber, viNumber).map(([a, b]) => `tăng ${a}% so với năm trước, đạt ${b} tỷ đồng`),
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(day, day, month, year).map(([a, b, m, y]) => `Ngày ${a}, ${b}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), day, month, year).map(([n, d, m, y]) => `Quyết định số ${String(n)}/QĐ-UBND ngày ${d}/${m}/${y}`),
  year.map((y) => `BÁO CÁO Tổng kết công tác thi đua, khen thưởng năm ${y}, phương hướng, nhiệm vụ năm ${y}`),
  fc.constantFrom('Số:    /BC-UBND', 'ngày … tháng … năm', 'ngày    tháng    năm 20', '……', 'Số: .../BC-UBND'),
  fc.constantFrom('báo cáo báo cáo', 'luôn luôn', 'nhà nhà', 'của của', 'thôn thôn', 'đã đã được'),
  fc.tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'IX', 'X', '1', '2', '3', '5', 'a', 'b', 'c', 'đ'), fc.constantFrom('. ', ') ', '/ ', '.')).map(([n, s]) => `${n}${s}KẾT QUẢ THỰC HIỆN`),
  fc.constantFrom('- Thôn có tỷ lệ hộ đạt cao nhất: Hòa Bình (140/144 hộ, đạt 97,2%)', '(đạt 100%)', '0/0 hộ (đạt 0%)', '5/6 thôn và 11/11 cơ quan (đạt 100%)'),
  textCell,
);

/** A real report paragraph with its digits, words or characters changed. */
const scrambled: fc.Arbitrary<string> = fc.tuple(pick(REAL), fc.integer({ min: 0, max: 3 }), fc.nat(), fc.string({ maxLength: 6 })).map(([p, how, n, s]) => {
  switch (how) {
    case 0:
      return p.replace(/\d/g, (d) => String((Number(d) + n) % 10));
    case 1: {
      const at = n % (p.length + 1);
      return p.slice(0, at) + s + p.slice(at);
    }
    case 2: {
      const words = p.split(' ');
      const at = n % words.length;
      return [...words.slice(0, at + 1), ...words.slice(at)].join(' ');
    }
    default:
      return p.slice(0, n % (p.length + 1));
  }
});

/** A paragraph: one to four claims, a scrambled real paragraph, or noise; sometimes very long. */
export const paragraph: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 4 }).map((f) => `${f.join('; ')}.`) },
  { weight: 4, arbitrary: scrambled },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\n') },
  { weight: 1, arbitrary: fc.tuple(fragment, fc.integer({ min: 10, max: 400 })).map(([f, n]) => `${f}; `.repeat(n)) },
);

/** A report: real paragraphs mixed with random ones, in any order. */
export const report: fc.Arbitrary<string[]> = fc.array(fc.oneof({ weight: 2, arbitrary: paragraph }, { weight: 1, arbitrary: pick(REAL) }), { maxLength: 40 });
