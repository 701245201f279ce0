// The ground truth of the sample commune: xã Tân Lập (fictional), its villages, households with their members, and
// the awards of the year. Every sample workbook is a way of writing this truth down, and every answer key is counted
// from it (keys.ts), never typed by hand. Deterministic: one seed, no Math.random, no clock.
import { cccdOf, draw, type Draw, type Gender } from './random';

export const COMMUNE = {
  commune: 'Tân Lập',
  district: 'Kiến Xương',
  province: 'Thái Bình',
  /** CCCD province code of Thái Bình. */
  provinceCode: '034',
  year: 2024,
  /** Canonical names, in the commune's own order; `code` is used in household codes. */
  villages: [
    { name: 'Tân Thành', code: 'TT', weight: 1.1 },
    { name: 'Lập Thượng', code: 'LT', weight: 0.9 },
    { name: 'Lập Hạ', code: 'LH', weight: 1.2 },
    { name: 'Cao Mại', code: 'CM', weight: 0.8 },
    { name: 'Đông Trì', code: 'ĐT', weight: 1.3 },
    { name: 'Phúc Lâm', code: 'PL', weight: 1.0 },
    { name: 'Bình Minh', code: 'BM', weight: 0.7 },
    { name: 'Hòa Lạc', code: 'HL', weight: 1.0 },
  ],
  households: 1318,
  /** The commune's officers, as they sign lists and receive awards. */
  chairman: 'Đặng Văn Khiêm',
  clerk: 'Lương Thị Hải Yến',
} as const;

export const VILLAGES: string[] = COMMUNE.villages.map((v) => v.name);
export const SEED = 20241230;
/** When the clerk saved the workbooks: the workbooks' own created and modified dates (fixed, so files are stable). */
export const SAVED = new Date(Date.UTC(2025, 0, 6, 8, 30, 0));

export type Relation = 'Chủ hộ' | 'Vợ' | 'Chồng' | 'Con' | 'Bố' | 'Mẹ' | 'Cháu' | 'Em';
export type Poverty = 'poor' | 'nearPoor' | 'average' | null;

export interface Born {
  y: number;
  m: number;
  d: number;
}

export interface Person {
  name: string;
  relation: Relation;
  gender: Gender;
  born: Born;
  /** 12 digits, consistent with the person's gender and birth year; null for a child under 14 (none issued). */
  cccd: string | null;
  job: string | null;
  /** Where the person lives now when not at home (a city, a country); null = at home. */
  away: string | null;
}

export interface Household {
  /** 1-based running number over the commune. */
  no: number;
  /** 1-based running number inside its village. */
  noInVillage: number;
  code: string;
  village: string;
  members: Person[];
  poverty: Poverty;
  registered: boolean;
  achieved: boolean;
  learning: boolean;
  phone: string | null;
  note: string | null;
  /** How this household's permanent address is written in the list of persons (0–2). */
  addressStyle: number;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hoàng', 'Ngô', 'Đinh', 'Lương', 'Tạ', 'Cao', 'Phí', 'Đoàn', 'Trịnh', 'Mai', 'Hà', 'Tô'];
const SURNAME_WEIGHTS = [14, 8, 8, 7, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1];
const MIDDLE: Record<Gender, string[]> = {
  Nam: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thế', 'Duy', 'Đình', 'Trung', 'Ngọc'],
  Nữ: ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Minh', 'Bích', 'Hồng', 'Thúy', 'Phương'],
};
const MIDDLE2: Record<Gender, string[]> = { Nam: ['Anh', 'Hoài', 'Bảo', 'Gia', 'Tuấn', 'Quốc'], Nữ: ['Hải', 'Khánh', 'Mai', 'Thùy', 'Lan', 'Diệu'] };
const GIVEN: Record<Gender, string[]> = {
  Nam: ['Khiêm', 'Toản', 'Lực', 'Thành', 'Chiến', 'Hòa', 'Nghĩa', 'Tùng', 'Kiên', 'Quyền', 'Bằng', 'Hải', 'Dũng', 'Thắng', 'Tiến', 'Mạnh',
    'Hưng', 'Tuấn', 'Phong', 'Quân', 'Trường', 'Vượng', 'Lộc', 'Thịnh', 'Luân', 'Ngọc', 'Nam', 'Sơn', 'Tâm', 'Cương', 'Hiệp', 'Khải'],
  Nữ: ['Yến', 'Huệ', 'Nhung', 'Thoa', 'Hằng', 'Lan', 'Liên', 'Mến', 'Nguyệt', 'Tuyết', 'Xuân', 'Hiền', 'Ngân', 'Thương', 'Hòa', 'Thêu',
    'Vân', 'Loan', 'Trinh', 'Phượng', 'Hà', 'Duyên', 'Quỳnh', 'Thảo', 'Dịu', 'Lụa', 'Nhàn', 'Sen', 'Gấm', 'Huyền', 'Oanh', 'Thơm'],
};
const JOBS = ['Làm ruộng', 'Làm ruộng', 'Làm ruộng', 'Công nhân', 'Công nhân', 'Buôn bán', 'Tự do', 'Thợ xây', 'Giáo viên', 'Lái xe', 'Thợ may'];
const AWAY = ['Hà Nội', 'TP Hồ Chí Minh', 'Bình Dương', 'Hàn Quốc', 'Nhật Bản', 'Đài Loan', 'Hải Phòng'];
const NOTES = ['Hộ có công với cách mạng', 'Mới tách hộ năm 2024', 'Đi làm ăn xa', 'Hộ neo đơn', 'Hộ kinh doanh cá thể', 'Gia đình chính sách'];
/** Other provinces of birth registration (an out-of-province CCCD is normal, not an error). */
const OTHER_PROVINCES = ['036', '033', '030', '001', '022', '031', '035'];

function weighted<T>(d: Draw, xs: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = d() * total;
  for (let i = 0; i < xs.length; i++) {
    x -= weights[i];
    if (x < 0) return xs[i];
  }
  return xs[xs.length - 1];
}

/** Households of each village, in the commune's order: the counts split by weight, rounded so they add up. */
export function villageCounts(total = COMMUNE.households): number[] {
  const w = COMMUNE.villages.map((v) => v.weight);
  const sum = w.reduce((a, b) => a + b, 0);
  const counts = w.map((x) => Math.floor((x * total) / sum));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i++) counts[i % counts.length]++;
  return counts;
}

/** The commune's households, village by village, with every member; no two heads share name, birth year and village. */
export function generateHouseholds(seed = SEED): Household[] {
  const d = draw(seed);
  const serials = new Set<string>();
  const cccd = (gender: Gender, y: number): string | null => {
    if (y > COMMUNE.year - 14) return null;
    const province = d.chance(0.05) ? d.pick(OTHER_PROVINCES) : COMMUNE.provinceCode;
    for (;;) {
      const serial = d.between(1, 999_999);
      const id = cccdOf(province, gender, y, serial);
      const key = id.slice(0, 4) + id.slice(6); // unique serial per century-gender digit, whatever the year
      if (!serials.has(key)) {
        serials.add(key);
        return id;
      }
    }
  };
  const born = (y: number): Born => ({ y, m: d.between(1, 12), d: d.between(1, 28) });
  const name = (surname: string, gender: Gender) =>
    [surname, d.pick(MIDDLE[gender]), ...(d.chance(0.25) ? [d.pick(MIDDLE2[gender])] : []), d.pick(GIVEN[gender])].join(' ');
  const job = (y: number): string | null => {
    const age = COMMUNE.year - y;
    if (age < 6) return null;
    if (age < 18) return 'Học sinh';
    if (age < 23 && d.chance(0.5)) return 'Sinh viên';
    if (age >= 65) return d.chance(0.6) ? 'Hưu trí' : 'Làm ruộng';
    return d.pick(JOBS);
  };
  const person = (relation: Relation, gender: Gender, y: number, surname: string): Person => {
    const p: Person = { name: name(surname, gender), relation, gender, born: born(y), cccd: cccd(gender, y), job: job(y), away: null };
    const age = COMMUNE.year - y;
    if (relation !== 'Chủ hộ' && age >= 18 && age <= 40 && d.chance(0.12)) p.away = d.pick(AWAY);
    return p;
  };

  const heads = new Set<string>();
  const out: Household[] = [];
  const counts = villageCounts();
  COMMUNE.villages.forEach((v, vi) => {
    for (let k = 1; k <= counts[vi]; k++) {
      const headGender: Gender = d.chance(0.74) ? 'Nam' : 'Nữ';
      // Heads aged 21–88; a few young heads born from 2000 on (their CCCD century digit is 2 or 3).
      const headYear = d.chance(0.02) ? d.between(2000, 2003) : d.between(1936, 1999);
      let surname = weighted(d, SURNAMES, SURNAME_WEIGHTS);
      let head = person('Chủ hộ', headGender, headYear, surname);
      while (heads.has(`${head.name}|${headYear}|${v.name}`)) {
        surname = weighted(d, SURNAMES, SURNAME_WEIGHTS);
        head = person('Chủ hộ', headGender, headYear, surname);
      }
      heads.add(`${head.name}|${headYear}|${v.name}`);
      const members: Person[] = [head];
      const age = COMMUNE.year - headYear;
      let fatherSurname = surname;
      // A spouse for most heads; a widowed or single head lives alone or with children.
      if (d.chance(age > 75 ? 0.45 : 0.8)) {
        const g: Gender = headGender === 'Nam' ? 'Nữ' : 'Nam';
        const spouseSurname = weighted(d, SURNAMES, SURNAME_WEIGHTS);
        const y = Math.min(COMMUNE.year - 19, headYear + d.between(-5, 5));
        members.push(person(g === 'Nữ' ? 'Vợ' : 'Chồng', g, y, spouseSurname));
        if (g === 'Nam') fatherSurname = spouseSurname;
      }
      const children = age < 25 ? d.between(0, 1) : age > 70 ? d.between(0, 1) : d.between(0, 4);
      for (let c = 0; c < children; c++) {
        const y = Math.min(COMMUNE.year, headYear + d.between(21, 40));
        members.push(person('Con', d.chance(0.5) ? 'Nam' : 'Nữ', y, fatherSurname));
      }
      if (headYear >= 1962 && d.chance(0.14)) {
        const g: Gender = d.chance(0.7) ? 'Nữ' : 'Nam';
        members.push(person(g === 'Nữ' ? 'Mẹ' : 'Bố', g, headYear - d.between(21, 32), g === 'Nam' ? surname : weighted(d, SURNAMES, SURNAME_WEIGHTS)));
      }
      if (headYear <= 1966 && d.chance(0.3)) {
        for (let c = d.between(1, 2); c > 0; c--) members.push(person('Cháu', d.chance(0.5) ? 'Nam' : 'Nữ', d.between(2006, 2023), fatherSurname));
      }
      if (age < 45 && d.chance(0.04)) members.push(person('Em', d.chance(0.5) ? 'Nam' : 'Nữ', Math.min(COMMUNE.year - 16, headYear + d.between(2, 9)), surname));

      const p = d();
      const poverty: Poverty = p < 0.024 ? 'poor' : p < 0.053 ? 'nearPoor' : p < 0.142 ? 'average' : null;
      const registered = d.chance(poverty === 'poor' ? 0.7 : 0.89);
      const achieved = registered && d.chance(0.935);
      const learning = d.chance(0.67);
      const phone = d.chance(0.62) ? `0${d.pick(['3', '5', '7', '8', '9'])}${d.digits(8)}` : null;
      const note = d.chance(0.03) ? d.pick(NOTES) : null;
      out.push({
        no: out.length + 1, noInVillage: k, code: `TL-${v.code}-${String(k).padStart(4, '0')}`, village: v.name, members,
        poverty, registered, achieved, learning, phone, note, addressStyle: d.between(0, 2),
      });
    }
  });
  return out;
}

// ---- Awards --------------------------------------------------------------------------------------------------

export type Level = 'xa' | 'huyen' | 'tinh' | 'trung_uong';
export type Kind = 'collective' | 'individual';
/** The block of the sectioned awards register: A. the commune chairman's, B. higher levels', C. the Party committee's. */
export type Part = 'A' | 'B' | 'C';

export interface Award {
  name: string;
  kind: Kind;
  position: string | null;
  /** Canonical form name (DOMAIN §3.1). */
  form: string;
  authority: string;
  level: Level;
  decisionNo: string;
  decision: Born;
  /** Money in đồng, or null when the register records none. */
  amount: number | null;
  field: string;
  part: Part;
}

const X = `xã ${COMMUNE.commune}`;
const CHAIR_XA = `Chủ tịch UBND ${X}`;
const CHAIR_HUYEN = `Chủ tịch UBND huyện ${COMMUNE.district}`;
const CHAIR_TINH = `Chủ tịch UBND tỉnh ${COMMUNE.province}`;
const PARTY = `Đảng ủy ${X}`;

/**
 * Money by the dated table (DOMAIN §3.3): multiple × base salary on the decision date, rounded up to the next
 * 10.000 đồng; twice for a collective given an individual's form (`collective`; a collective form's multiple is
 * already the collective's). Computed here from the law, independently of src.
 */
export function lawAmount(multiple: number, date: Born, collective: boolean): number {
  const base = date.m >= 7 ? 2_340_000 : 1_800_000; // 2024: 1.800.000 until 30/6, 2.340.000 from 1/7
  const one = Math.ceil(Math.round(multiple * base) / 10_000) * 10_000;
  return collective ? one * 2 : one;
}

/** The year's awards: the commune chairman's (part A), higher levels' (B) and the Party committee's (C). */
export function generateAwards(households: Household[]): Award[] {
  const byVillage = (v: string) => households.filter((h) => h.village === v);
  const adultOf = (v: string, i: number) => {
    const hs = byVillage(v);
    return hs[(i * 37 + 11) % hs.length].members[0];
  };
  const june: Born = { y: 2024, m: 6, d: 14 };
  const december: Born = { y: 2024, m: 12, d: 23 };
  const awards: Award[] = [];
  const a = (x: Omit<Award, 'level' | 'part'> & Partial<Pick<Award, 'level' | 'part'>>) => awards.push({ level: 'xa', part: 'A', ...x });

  // A. The commune chairman: Giấy khen to villages and units, to people for the year and for the half-year; LĐTT to staff.
  const villages = VILLAGES;
  for (const [i, v] of [villages[0], villages[2], villages[3], villages[4], villages[7]].entries()) {
    a({ name: `Thôn ${v}`, kind: 'collective', position: null, form: 'Giấy khen', authority: CHAIR_XA, decisionNo: '215/QĐ-UBND', decision: december,
      amount: lawAmount(0.15, december, true), field: i % 2 ? 'Phong trào xây dựng nông thôn mới' : 'Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa' });
  }
  a({ name: `Hội Nông dân ${X}`, kind: 'collective', position: null, form: 'Giấy khen', authority: CHAIR_XA, decisionNo: '215/QĐ-UBND', decision: december,
    amount: lawAmount(0.15, december, true), field: 'Phong trào nông dân sản xuất, kinh doanh giỏi' });
  a({ name: `Chi hội Phụ nữ thôn ${villages[5]}`, kind: 'collective', position: null, form: 'Giấy khen', authority: CHAIR_XA, decisionNo: '96/QĐ-UBND', decision: june,
    amount: lawAmount(0.15, june, true), field: 'Hiến đất làm đường giao thông nông thôn' });
  for (let i = 0; i < 8; i++) {
    const v = villages[i % villages.length];
    const p = adultOf(v, i);
    a({ name: p.name, kind: 'individual', position: `Nông dân sản xuất giỏi, thôn ${v}`, form: 'Giấy khen', authority: CHAIR_XA, decisionNo: '215/QĐ-UBND',
      decision: december, amount: lawAmount(0.15, december, false), field: 'Phát triển kinh tế hộ gia đình' });
  }
  for (let i = 0; i < 4; i++) {
    const v = villages[(i * 3 + 1) % villages.length];
    const p = adultOf(v, i + 20);
    a({ name: p.name, kind: 'individual', position: `Trưởng thôn ${v}`, form: 'Giấy khen', authority: CHAIR_XA, decisionNo: '96/QĐ-UBND', decision: june,
      amount: lawAmount(0.15, june, false), field: 'Hiến đất làm đường giao thông nông thôn' });
  }
  const staff = [['Phạm Thị Thu Hiền', 'Công chức Văn phòng - Thống kê'], ['Trần Đức Toản', 'Công chức Địa chính - Xây dựng'], ['Vũ Thị Mến', 'Công chức Văn hóa - Xã hội']];
  for (const [n, pos] of staff) {
    a({ name: n, kind: 'individual', position: `${pos} ${X}`, form: 'Lao động tiên tiến', authority: CHAIR_XA, decisionNo: '216/QĐ-UBND', decision: { y: 2024, m: 12, d: 24 },
      amount: lawAmount(0.3, december, false), field: 'Hoàn thành tốt nhiệm vụ năm 2024' });
  }

  // B. Higher levels, to the commune's units and people.
  const b = (x: Omit<Award, 'part'>) => awards.push({ ...x, part: 'B' });
  const sep12: Born = { y: 2024, m: 9, d: 12 };
  const aug22: Born = { y: 2024, m: 8, d: 22 };
  const jul15: Born = { y: 2024, m: 7, d: 15 };
  b({ name: `Lực lượng dân quân ${X}`, kind: 'collective', position: null, form: 'Giấy khen', authority: CHAIR_HUYEN, level: 'huyen', decisionNo: '1960/QĐ-UBND', decision: jul15,
    amount: lawAmount(0.3, jul15, true), field: 'Huấn luyện dân quân tự vệ' });
  b({ name: `Trường Mầm non ${COMMUNE.commune}`, kind: 'collective', position: null, form: 'Tập thể lao động tiên tiến', authority: CHAIR_HUYEN, level: 'huyen',
    decisionNo: '2817/QĐ-UBND', decision: aug22, amount: lawAmount(0.8, aug22, false), field: 'Giáo dục và đào tạo' });
  b({ name: `Thôn ${villages[3]}`, kind: 'collective', position: null, form: 'Thôn văn hóa', authority: CHAIR_HUYEN, level: 'huyen', decisionNo: '3105/QĐ-UBND',
    decision: { y: 2024, m: 12, d: 10 }, amount: null, field: 'Giữ vững danh hiệu Thôn văn hóa 5 năm liên tục' });
  b({ name: `Đoàn Thanh niên ${X}`, kind: 'collective', position: null, form: 'Giấy khen', authority: `Ban Thường vụ Huyện đoàn ${COMMUNE.district}`, level: 'huyen',
    decisionNo: '102-QĐ/HĐTN', decision: { y: 2024, m: 12, d: 5 }, amount: null, field: 'Công tác Đoàn và phong trào thanh niên' });
  b({ name: `Trường THCS ${COMMUNE.commune}`, kind: 'collective', position: null, form: 'Tập thể lao động xuất sắc', authority: CHAIR_TINH, level: 'tinh', decisionNo: '1044/QĐ-UBND',
    decision: sep12, amount: lawAmount(1.5, sep12, false), field: 'Giáo dục và đào tạo' });
  b({ name: `Trường Tiểu học ${COMMUNE.commune}`, kind: 'collective', position: null, form: 'Cờ thi đua', authority: CHAIR_TINH, level: 'tinh', decisionNo: '1045/QĐ-UBND',
    decision: sep12, amount: null, field: 'Giáo dục và đào tạo' });
  b({ name: `Ban Chỉ huy quân sự ${X}`, kind: 'collective', position: null, form: 'Đơn vị tiên tiến', authority: `Bộ Chỉ huy quân sự tỉnh ${COMMUNE.province}`, level: 'tinh',
    decisionNo: '1733/QĐ-BCH', decision: { y: 2024, m: 12, d: 17 }, amount: null, field: 'Quốc phòng địa phương' });
  b({ name: `Công an ${X}`, kind: 'collective', position: null, form: 'Giấy khen', authority: `Giám đốc Công an tỉnh ${COMMUNE.province}`, level: 'tinh', decisionNo: '2209/QĐ-CAT',
    decision: { y: 2024, m: 11, d: 5 }, amount: null, field: 'Phong trào toàn dân bảo vệ an ninh Tổ quốc' });
  b({ name: `Hợp tác xã dịch vụ nông nghiệp ${COMMUNE.commune}`, kind: 'collective', position: null, form: 'Bằng khen', authority: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
    level: 'trung_uong', decisionNo: '3921/QĐ-BNN-TCCB', decision: { y: 2024, m: 10, d: 30 }, amount: null, field: 'Phát triển kinh tế tập thể' });
  b({ name: `Hội Liên hiệp phụ nữ ${X}`, kind: 'collective', position: null, form: 'Bằng khen', authority: 'Trung ương Hội Liên hiệp phụ nữ Việt Nam', level: 'trung_uong',
    decisionNo: '1288/QĐ-ĐCT', decision: { y: 2024, m: 10, d: 16 }, amount: null, field: 'Công tác Hội và phong trào phụ nữ' });
  const teachers = ['Nguyễn Thị Thoa', 'Bùi Thị Huệ', 'Đỗ Văn Chiến'];
  for (const n of teachers) {
    b({ name: n, kind: 'individual', position: `Giáo viên Trường Tiểu học ${COMMUNE.commune}`, form: 'Lao động tiên tiến', authority: CHAIR_HUYEN, level: 'huyen',
      decisionNo: '2816/QĐ-UBND', decision: aug22, amount: lawAmount(0.3, aug22, false), field: 'Giáo dục và đào tạo' });
  }
  for (const n of ['Lê Thị Thanh Nhàn', 'Hoàng Văn Tùng']) {
    b({ name: n, kind: 'individual', position: `Giáo viên Trường THCS ${COMMUNE.commune}`, form: 'Chiến sĩ thi đua cơ sở', authority: CHAIR_HUYEN, level: 'huyen',
      decisionNo: '2818/QĐ-CT', decision: aug22, amount: lawAmount(1.0, aug22, false), field: 'Giáo dục và đào tạo' });
  }
  b({ name: COMMUNE.chairman, kind: 'individual', position: `Chủ tịch UBND ${X}`, form: 'Giấy khen', authority: CHAIR_HUYEN, level: 'huyen', decisionNo: '1960/QĐ-UBND',
    decision: jul15, amount: lawAmount(0.3, jul15, false), field: 'Huấn luyện dân quân tự vệ' });
  b({ name: 'Tạ Thị Ngân', kind: 'individual', position: `Y sĩ Trạm Y tế ${X}`, form: 'Giấy khen', authority: `Giám đốc Trung tâm Y tế huyện ${COMMUNE.district}`, level: 'huyen',
    decisionNo: '455/QĐ-TTYT', decision: { y: 2024, m: 12, d: 16 }, amount: null, field: 'Y tế dự phòng' });
  b({ name: 'Cao Thị Loan', kind: 'individual', position: 'Chủ tịch Hội LHPN xã', form: 'Giấy khen', authority: `Hội Liên hiệp phụ nữ huyện ${COMMUNE.district}`, level: 'huyen',
    decisionNo: '41/QĐ-HPN', decision: { y: 2024, m: 10, d: 18 }, amount: null, field: 'Công tác Hội' });
  b({ name: 'Vũ Thị Phượng', kind: 'individual', position: `Hiệu trưởng Trường Tiểu học ${COMMUNE.commune}`, form: 'Bằng khen', authority: CHAIR_TINH, level: 'tinh',
    decisionNo: '1045/QĐ-UBND', decision: sep12, amount: lawAmount(1.0, sep12, false), field: 'Giáo dục và đào tạo' });
  b({ name: 'Đoàn Văn Cương', kind: 'individual', position: `Trưởng Công an ${X}`, form: 'Giấy khen', authority: `Giám đốc Công an tỉnh ${COMMUNE.province}`, level: 'tinh',
    decisionNo: '2209/QĐ-CAT', decision: { y: 2024, m: 11, d: 5 }, amount: null, field: 'Bảo vệ an ninh Tổ quốc' });
  const farmer = adultOf(villages[6], 3);
  b({ name: farmer.name, kind: 'individual', position: `Nông dân thôn ${villages[6]}`, form: 'Bằng khen', authority: 'Trung ương Hội Nông dân Việt Nam', level: 'trung_uong',
    decisionNo: '1587/QĐ-HNDTW', decision: { y: 2024, m: 11, d: 26 }, amount: null, field: 'Nông dân sản xuất, kinh doanh giỏi' });

  // C. The Party committee.
  const c = (x: Omit<Award, 'part' | 'level' | 'authority' | 'amount' | 'form'>) =>
    awards.push({ ...x, part: 'C', level: 'xa', authority: PARTY, amount: null, form: 'Giấy khen' });
  for (const v of [villages[1], villages[4], villages[6]]) {
    c({ name: `Chi bộ thôn ${v}`, kind: 'collective', position: null, decisionNo: '27-QĐ/ĐU', decision: { y: 2024, m: 12, d: 26 }, field: 'Chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024' });
  }
  for (let i = 0; i < 9; i++) {
    const v = villages[(i * 5 + 2) % villages.length];
    const p = adultOf(v, i + 40);
    c({ name: p.name, kind: 'individual', position: `Đảng viên Chi bộ thôn ${v}`, decisionNo: '28-QĐ/ĐU', decision: { y: 2024, m: 12, d: 26 },
      field: 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2024' });
  }
  return awards;
}

/** Awards in the order of the sectioned register: part A, B, C; collectives before individuals inside each part. */
export function sectionOrder(awards: Award[]): Award[] {
  const rank = (x: Award) => ['A', 'B', 'C'].indexOf(x.part) * 2 + (x.kind === 'collective' ? 0 : 1);
  return awards.map((x, i) => ({ x, i })).sort((p, q) => rank(p.x) - rank(q.x) || p.i - q.i).map((p) => p.x);
}
