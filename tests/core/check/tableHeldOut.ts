// The held-out corpus for the table checks: shapes and wordings written after the checks were built and not
// tuned on (schools with a 3-row "Trong đó" header, coverage rates written with "%", a "Chia theo thôn" breakdown
// across, groups A/B carrying subtotals, a yearly birth table, "Cộng thôn …" subtotals, a commune total that is not
// the sum of the categories listed, a contact list and a plan table). tableMeasure.test.ts only measures on it.
import { figures, VILLAGES } from './tableCorpus';
import { d, n, pct, type DocSpec, type Plant, type TableSpec } from './tableDocs';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function schools(seed: number): TableSpec {
  const f = figures(seed);
  const rows = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS'].map((s) => {
    const pupils = f(180, 650);
    return { s, classes: f(8, 24), pupils, girls: f(Math.floor(pupils * 0.45), Math.floor(pupils * 0.52)), minority: f(0, Math.floor(pupils * 0.1)) };
  });
  const tot = (k: 'classes' | 'pupils' | 'girls' | 'minority') => n(sum(rows.map((r) => r[k])));
  return {
    caption: ['Biểu 3', 'QUY MÔ TRƯỜNG, LỚP, HỌC SINH NĂM HỌC 2023-2024'],
    rows: [
      ['TT', 'Trường', 'Số lớp', 'Số học sinh', '<', '<'],
      ['^', '^', '^', 'Tổng số', 'Trong đó', '<'],
      ['^', '^', '^', '^', 'Nữ', 'Dân tộc thiểu số'],
      ['', 'TỔNG SỐ', tot('classes'), tot('pupils'), tot('girls'), tot('minority')],
      ...rows.map((r, i) => [String(i + 1), r.s, n(r.classes), n(r.pupils), n(r.girls), r.minority ? n(r.minority) : '-']),
    ],
  };
}

function insurance(seed: number): TableSpec {
  const f = figures(seed);
  const rows = VILLAGES.slice(2, 8).map((v) => {
    const pop = f(600, 1900);
    return { v, pop, ins: f(Math.floor(pop * 0.86), pop) };
  });
  const P = sum(rows.map((r) => r.pop));
  const I = sum(rows.map((r) => r.ins));
  return {
    caption: ['Bảng 2. Tỷ lệ bao phủ bảo hiểm y tế theo thôn, năm 2023'],
    rows: [
      ['STT', 'Thôn', 'Dân số (người)', 'Số người tham gia BHYT', 'Tỷ lệ bao phủ'],
      ...rows.map((r, i) => [String(i + 1), r.v, n(r.pop), n(r.ins), `${pct(r.ins, r.pop, 1)}%`]),
      ['Cộng toàn xã', '<', n(P), n(I), `${pct(I, P, 1)}%`],
    ],
  };
}

function production(seed: number): TableSpec {
  const f = figures(seed);
  const line = (name: string, unit: string, lo: number, hi: number, decimals: number) => {
    const parts = [0, 1, 2, 3].map(() => f(lo, hi) / 10 ** decimals);
    return [name, unit, d(sum(parts), decimals), ...parts.map((x) => d(x, decimals))];
  };
  const area = [0, 1, 2, 3].map(() => f(800, 2400) / 10);
  const yieldRow = area.map(() => f(520, 640) / 10);
  const output = area.map((a, i) => Math.round((a * yieldRow[i]) / 10));
  const avg = sum(output) * 10 / sum(area);
  return {
    caption: ['Biểu 5', 'KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2023'],
    rows: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Tổng số', 'Chia theo thôn', '<', '<', '<'],
      ['^', '^', '^', '^', 'Đông', 'Tây', 'Nam', 'Bắc'],
      ['1', 'Diện tích lúa cả năm', 'ha', d(sum(area), 1), ...area.map((x) => d(x, 1))],
      ['2', 'Năng suất lúa bình quân', 'tạ/ha', d(avg, 1), ...yieldRow.map((x) => d(x, 1))],
      ['3', 'Sản lượng lúa', 'tấn', n(sum(output)), ...output.map(n)],
      ['4', ...line('Đàn trâu', 'con', 20, 90, 0)],
      ['5', ...line('Đàn bò', 'con', 60, 300, 0)],
      ['6', ...line('Đàn lợn', 'con', 400, 2500, 0)],
    ],
  };
}

function welfare(seed: number): TableSpec {
  const f = figures(seed);
  const groups: Array<[string, string, string[]]> = [
    ['A', 'Đối tượng bảo trợ xã hội', ['Người cao tuổi từ 80 tuổi trở lên', 'Người khuyết tật', 'Trẻ em mồ côi']],
    ['B', 'Người có công với cách mạng', ['Thương binh, bệnh binh', 'Thân nhân liệt sĩ']],
  ];
  const body: string[][] = [];
  let people = 0;
  let money = 0;
  for (const [code, name, items] of groups) {
    const vals = items.map(() => {
      const k = f(5, 160);
      return [k, Math.round(k * f(40, 250)) / 10];
    });
    const gp = sum(vals.map((v) => v[0]));
    const gm = sum(vals.map((v) => v[1]));
    people += gp;
    money += gm;
    body.push([code, name, n(gp), d(gm, 1)]);
    vals.forEach((v, i) => body.push([String(i + 1), items[i], n(v[0]), d(v[1], 1)]));
  }
  return {
    caption: ['Biểu 6', 'CHI TRẢ TRỢ CẤP XÃ HỘI NĂM 2023'],
    rows: [['STT', 'Đối tượng', 'Số đối tượng (người)', 'Kinh phí (triệu đồng)'], ...body, ['', 'Tổng cộng', n(people), d(money, 1)]],
  };
}

function births(seed: number): TableSpec {
  const f = figures(seed);
  const years = [2019, 2020, 2021, 2022, 2023].map((y) => {
    const b = f(70, 140);
    return { y, b, third: f(4, 16) };
  });
  const B = sum(years.map((x) => x.b));
  const T = sum(years.map((x) => x.third));
  return {
    caption: ['Biểu 7', 'TÌNH HÌNH SINH CON THỨ BA TRỞ LÊN GIAI ĐOẠN 2019-2023'],
    rows: [
      ['Năm', 'Số trẻ sinh ra', 'Trong đó: con thứ 3 trở lên', 'Tỷ lệ sinh con thứ 3 trở lên (%)'],
      ...years.map((x) => [String(x.y), n(x.b), n(x.third), pct(x.third, x.b, 1)]),
      ['Tổng cộng', n(B), n(T), pct(T, B, 1)],
    ],
  };
}

function villagesGrouped(seed: number): TableSpec {
  const f = figures(seed);
  const body: string[][] = [];
  let H = 0;
  let K = 0;
  let W = 0;
  for (const village of ['Đông', 'Tây', 'Trung']) {
    body.push([village === 'Đông' ? 'I' : village === 'Tây' ? 'II' : 'III', `Thôn ${village}`, '', '', '']);
    const rows = [1, 2, 3].map((k) => {
      const h = f(30, 90);
      const people = h * f(3, 5);
      return [k, h, people, Math.floor(people / 2) + f(-5, 5)];
    });
    rows.forEach(([k, h, p, w]) => body.push([String(k), `Tổ ${k}`, n(h), n(p), n(w)]));
    const [h, p, w] = [1, 2, 3].map((i) => sum(rows.map((r) => r[i])));
    body.push(['', `Cộng thôn ${village}`, n(h), n(p), n(w)]);
    H += h;
    K += p;
    W += w;
  }
  return {
    caption: ['Biểu 8', 'DÂN SỐ THEO TỔ DÂN CƯ'],
    rows: [['STT', 'Đơn vị', 'Số hộ', 'Số nhân khẩu', 'Trong đó: Nữ'], ...body, ['', 'Tổng cộng', n(H), n(K), n(W)]],
  };
}

/** A commune total followed by categories that are not all of it: no sum to check. */
function categories(seed: number): TableSpec {
  const f = figures(seed);
  const all = f(1300, 1500);
  return {
    caption: ['Biểu 9', 'PHÂN LOẠI HỘ GIA ĐÌNH'],
    rows: [
      ['TT', 'Chỉ tiêu', 'Số hộ', 'Số nhân khẩu'],
      ['', 'Toàn xã', n(all), n(all * 4 - f(0, 200))],
      ['1', 'Hộ nghèo', n(f(20, 40)), n(f(60, 140))],
      ['2', 'Hộ cận nghèo', n(f(30, 60)), n(f(90, 200))],
      ['3', 'Hộ có người cao tuổi sống một mình', n(f(10, 30)), n(f(10, 30))],
    ],
  };
}

function contacts(): TableSpec {
  return {
    caption: ['Danh sách đầu mối liên hệ'],
    rows: [
      ['STT', 'Chức danh', 'Đơn vị', 'Số điện thoại'],
      ['1', 'Chủ tịch UBND xã', 'UBND xã', '0912 345 678'],
      ['2', 'Công chức Văn hóa - Xã hội', 'UBND xã', '0987 654 321'],
      ['3', 'Trưởng thôn', 'Thôn Đông', '0203 3812 456'],
    ],
  };
}

function targets(): TableSpec {
  return {
    caption: ['Biểu 10', 'CHỈ TIÊU KẾ HOẠCH NĂM 2024'],
    rows: [
      ['STT', 'Chỉ tiêu', 'Thực hiện 2023', 'Kế hoạch 2024', 'Ghi chú'],
      ['1', 'Tỷ lệ hộ nghèo (%)', '2,20', 'giảm 0,5', ''],
      ['2', 'Tỷ lệ tham gia BHYT (%)', '93,7', '≥ 95', ''],
      ['3', 'Tỷ lệ thu ngân sách so với dự toán (%)', '112,5', '≥ 100', 'Vượt dự toán'],
      ['4', 'Số lao động được tạo việc làm (người)', '215', '220', ''],
    ],
  };
}

export function heldOutDoc(seed: number): DocSpec {
  return [
    'UBND XÃ ĐỒNG TÂM',
    'PHỤ LỤC: SỐ LIỆU THỐNG KÊ NĂM 2023',
    schools(seed),
    insurance(seed + 1),
    production(seed + 2),
    welfare(seed + 3),
    births(seed + 4),
    villagesGrouped(seed + 5),
    categories(seed + 6),
    contacts(),
    targets(),
  ];
}

const times = (k: number) => (old: string) => old.replace(/[\d.]+/, (x) => String(Number(x.replace(/\./g, '')) * k));
const bump = (by: number) => (old: string) => {
  const m = /^([\d.]+)(?:,(\d+))?(%?)$/.exec(old);
  if (!m) throw new Error(old);
  const decimals = m[2]?.length ?? 0;
  const v = Number(m[1].replace(/\./g, '')) + (m[2] ? Number(`0.${m[2]}`) : 0) + by * 10 ** -decimals;
  return `${d(v, decimals)}${m[3]}`;
};

export const HELD_OUT_PLANTS: Plant[] = [
  { table: 0, row: 'TỔNG SỐ', column: 2, to: bump(1), what: 'schools: total classes' },
  { table: 0, row: 'Trường Tiểu học', column: 4, to: times(3), what: 'schools: girls more than pupils', also: [['TỔNG SỐ', 4]] },
  { table: 1, row: 'Cộng toàn xã', column: 2, to: bump(20), what: 'insurance: total population', also: [['Cộng toàn xã', 4]] },
  { table: 1, row: 3, column: 4, to: bump(4), what: 'insurance: a village rate with "%"' },
  { table: 1, row: 5, column: 4, to: '101,2%', what: 'insurance: a rate over 100%' },
  { table: 2, row: 'Đàn bò', column: 3, to: bump(5), what: 'production: total across villages' },
  { table: 2, row: 'Diện tích lúa cả năm', column: 3, to: bump(3), what: 'production: area total with decimals' },
  { table: 3, row: 'Người có công với cách mạng', column: 3, to: bump(4), what: 'welfare: group B money' },
  { table: 3, row: 'Tổng cộng', column: 2, to: bump(1), what: 'welfare: total persons' },
  { table: 4, row: 'Tổng cộng', column: 1, to: bump(3), what: 'births: total births', also: [['Tổng cộng', 3]] },
  { table: 4, row: '2021', column: 3, to: bump(6), what: 'births: a yearly rate' },
  { table: 5, row: 'Cộng thôn Tây', column: 3, to: bump(7), what: 'village groups: a subtotal' },
  { table: 5, row: 'Tổng cộng', column: 2, to: bump(-2), what: 'village groups: grand total' },
];
