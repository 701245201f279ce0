// The tuning corpus for the table checks: a commune's statistics annex (Biểu 01–11) in the register of a province's
// annex, correct as written, and the defects planted one at a time into fresh copies. The held-out corpus
// (tableHeldOut.ts) was written apart and is only measured, never tuned on.
import { d, n, pct, type DocSpec, type TableSpec } from './tableDocs';

export const VILLAGES = ['An Lạc', 'An Phú', 'Bình Minh', 'Đông Hòa', 'Tân Lập', 'Phú Xuân', 'Hòa Bình', 'Thượng Đồng', 'Hạ Đồng'];

/** Deterministic figures: a small linear congruential sequence. */
export function figures(seed: number): (lo: number, hi: number) => number {
  let s = seed;
  return (lo, hi) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period (f(0, 3) would always give the same figure).
    return lo + (Math.floor(s / 65536) % (hi - lo + 1));
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Biểu: poor and near-poor households by village, 2-row header, "Tổng cộng" merged over STT and Thôn. */
export function poorByVillage(villages: string[], seed: number, caption = 'Biểu số 01'): TableSpec {
  const f = figures(seed);
  const rows = villages.map((v) => {
    const h = f(90, 420);
    return { v, h, p: f(2, Math.floor(h / 12)), c: f(3, Math.floor(h / 10)) };
  });
  const H = sum(rows.map((r) => r.h));
  const P = sum(rows.map((r) => r.p));
  const C = sum(rows.map((r) => r.c));
  return {
    caption: [caption, 'TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN NĂM 2023', '(Kèm theo Báo cáo số 15/BC-UBND)', 'Đơn vị tính: hộ'],
    rows: [
      ['STT', 'Thôn', 'Tổng số hộ', 'Hộ nghèo', '<', 'Hộ cận nghèo', '<'],
      ['^', '^', '^', 'Số hộ', 'Tỷ lệ (%)', 'Số hộ', 'Tỷ lệ (%)'],
      ...rows.map((r, i) => [String(i + 1), `Thôn ${r.v}`, n(r.h), n(r.p), pct(r.p, r.h), n(r.c), pct(r.c, r.h)]),
      ['Tổng cộng', '<', n(H), n(P), pct(P, H), n(C), pct(C, H)],
    ],
  };
}

/** Biểu: population with a 3-row header, a row of column numbers, "Toàn xã" first, a density column. */
export function population(villages: string[], seed: number): TableSpec {
  const f = figures(seed);
  const rows = villages.map((v) => {
    const male = f(300, 900);
    const female = f(300, 950);
    const area = f(80, 400) / 100;
    return { v, male, female, hh: Math.round((male + female) / 3.6), area };
  });
  const M = sum(rows.map((r) => r.male));
  const F = sum(rows.map((r) => r.female));
  const HH = sum(rows.map((r) => r.hh));
  const A = sum(rows.map((r) => r.area));
  return {
    caption: ['Biểu số 02', 'DÂN SỐ, SỐ HỘ VÀ MẬT ĐỘ DÂN SỐ NĂM 2023'],
    rows: [
      ['STT', 'Đơn vị', 'Dân số trung bình (người)', '<', '<', 'Số hộ (hộ)', 'Mật độ dân số (người/km²)'],
      ['^', '^', 'Tổng số', 'Chia theo giới tính', '<', '^', '^'],
      ['^', '^', '^', 'Nam', 'Nữ', '^', '^'],
      ['A', 'B', '1', '2', '3', '4', '5'],
      ['', 'Toàn xã', n(M + F), n(M), n(F), n(HH), n((M + F) / A)],
      ...rows.map((r, i) => [String(i + 1), r.v, n(r.male + r.female), n(r.male), n(r.female), n(r.hh), n((r.male + r.female) / r.area)]),
    ],
  };
}

/** Biểu: awards by level, groups I–III carrying their subtotals, "Tổng cộng" first. */
export function awards(seed: number): TableSpec {
  const f = figures(seed);
  const groups: Array<[string, string, string[]]> = [
    ['I', 'Khen thưởng cấp Nhà nước', ['Huân chương Lao động hạng Ba', 'Bằng khen của Thủ tướng Chính phủ']],
    ['II', 'Khen thưởng cấp tỉnh', ['Bằng khen của Chủ tịch UBND tỉnh', 'Cờ thi đua của UBND tỉnh', 'Tập thể lao động xuất sắc']],
    ['III', 'Khen thưởng cấp huyện, xã', ['Giấy khen của Chủ tịch UBND huyện', 'Giấy khen của Chủ tịch UBND xã']],
  ];
  const body: string[][] = [];
  let T = 0;
  let C = 0;
  for (const [code, name, items] of groups) {
    const vals = items.map(() => [f(0, 6), f(1, 25)]);
    const t = sum(vals.map((v) => v[0]));
    const c = sum(vals.map((v) => v[1]));
    T += t;
    C += c;
    body.push([code, name, n(t + c), n(t), n(c)]);
    vals.forEach((v, i) => body.push([String(i + 1), items[i], n(v[0] + v[1]), v[0] ? n(v[0]) : '-', n(v[1])]));
  }
  return {
    caption: ['Biểu số 03', 'KẾT QUẢ KHEN THƯỞNG NĂM 2023'],
    rows: [
      ['STT', 'Hình thức khen thưởng', 'Tổng số', 'Chia ra', '<'],
      ['^', '^', '^', 'Tập thể', 'Cá nhân'],
      ['', 'Tổng cộng', n(T + C), n(T), n(C)],
      ...body,
    ],
  };
}

/** Biểu: sown area with one decimal, group headings without figures, "Cộng" per group, "Tổng cộng" last. */
export function sownArea(seed: number): TableSpec {
  const f = figures(seed);
  const groups: Array<[string, string, string[]]> = [
    ['I', 'Cây lương thực có hạt', ['Lúa', 'Ngô']],
    ['II', 'Cây rau màu, cây công nghiệp', ['Khoai lang', 'Lạc', 'Đậu tương', 'Rau các loại']],
  ];
  const body: string[][] = [];
  const totals = [0, 0, 0];
  for (const [code, name, items] of groups) {
    body.push([code, name, '', '', '']);
    const g = [0, 0, 0];
    items.forEach((it, i) => {
      const a = f(50, 3200) / 10;
      const b = f(40, 2900) / 10;
      const row = [a + b, a, b];
      row.forEach((x, k) => (g[k] += x));
      body.push([String(i + 1), it, d(a + b, 1), d(a, 1), d(b, 1)]);
    });
    g.forEach((x, k) => (totals[k] += x));
    body.push(['', 'Cộng', d(g[0], 1), d(g[1], 1), d(g[2], 1)]);
  }
  return {
    caption: ['Biểu số 04', 'DIỆN TÍCH GIEO TRỒNG NĂM 2023', 'Đơn vị tính: ha'],
    rows: [['STT', 'Cây trồng', 'Tổng diện tích', 'Vụ Đông Xuân', 'Vụ Mùa'], ...body, ['', 'Tổng cộng', d(totals[0], 1), d(totals[1], 1), d(totals[2], 1)]],
  };
}

/** Biểu: indicators by year, rates as rows, a comparison column over 100%. */
export function byYear(seed: number): TableSpec {
  const f = figures(seed);
  const hh = [f(1350, 1400), f(1400, 1420), f(1420, 1450)];
  const poor = [f(60, 80), f(40, 59), f(25, 39)];
  const near = [f(70, 90), f(60, 75), f(50, 65)];
  const income = [f(300, 340) / 10, f(345, 380) / 10, f(385, 420) / 10];
  const cmp = (a: number, b: number) => d((a / b) * 100, 1);
  return {
    caption: ['Biểu số 05', 'MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU'],
    rows: [
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'So sánh 2023/2022 (%)'],
      ['1', 'Tổng số hộ', 'Hộ', n(hh[0]), n(hh[1]), n(hh[2]), cmp(hh[2], hh[1])],
      ['2', 'Số hộ nghèo', 'Hộ', n(poor[0]), n(poor[1]), n(poor[2]), cmp(poor[2], poor[1])],
      ['', 'Tỷ lệ hộ nghèo', '%', pct(poor[0], hh[0]), pct(poor[1], hh[1]), pct(poor[2], hh[2]), ''],
      ['3', 'Số hộ cận nghèo', 'Hộ', n(near[0]), n(near[1]), n(near[2]), cmp(near[2], near[1])],
      ['', 'Tỷ lệ hộ cận nghèo', '%', pct(near[0], hh[0]), pct(near[1], hh[1]), pct(near[2], hh[2]), ''],
      ['4', 'Thu nhập bình quân đầu người', 'Triệu đồng', d(income[0], 1), d(income[1], 1), d(income[2], 1), cmp(income[2], income[1])],
    ],
  };
}

/** Biểu: budget, plan and outcome in millions with one decimal, a rate outcome/plan that passes 100%. */
export function budget(seed: number): TableSpec {
  const f = figures(seed);
  const items = ['Thu thuế, phí, lệ phí', 'Thu từ quỹ đất công ích', 'Thu bổ sung từ ngân sách cấp trên', 'Thu khác'];
  const plan = items.map(() => f(2000, 90000) / 10);
  const done = plan.map((p) => Math.round(p * (f(880, 1250) / 1000) * 10) / 10);
  const P = sum(plan);
  const D = sum(done);
  return {
    caption: ['Biểu số 06', 'THU NGÂN SÁCH XÃ NĂM 2023', 'Đơn vị tính: triệu đồng'],
    rows: [
      ['STT', 'Nội dung', 'Dự toán năm 2023', 'Thực hiện năm 2023', 'Tỷ lệ TH/DT (%)'],
      ['', 'Tổng số', d(P, 1), d(D, 1), d((D / P) * 100, 1)],
      ...items.map((it, i) => [String(i + 1), it, d(plan[i], 1), d(done[i], 1), d((done[i] / plan[i]) * 100, 1)]),
    ],
  };
}

/** Biểu: land use, "Trong đó" and "- …" rows that are parts, codes, a structure (%) column. */
export function landUse(seed: number): TableSpec {
  const f = figures(seed);
  const agri = f(60000, 90000) / 100;
  const rice = Math.round(agri * 0.6 * 100) / 100;
  const perennial = Math.round(agri * 0.2 * 100) / 100;
  const non = f(20000, 30000) / 100;
  const unused = f(500, 2500) / 100;
  const T = agri + non + unused;
  const s = (x: number) => d((x / T) * 100, 2);
  return {
    caption: ['Biểu số 07', 'HIỆN TRẠNG SỬ DỤNG ĐẤT NĂM 2023'],
    rows: [
      ['STT', 'Loại đất', 'Mã', 'Diện tích (ha)', 'Cơ cấu (%)'],
      ['', 'Tổng diện tích tự nhiên', '', d(T, 2), '100,00'],
      ['1', 'Đất nông nghiệp', 'NNP', d(agri, 2), s(agri)],
      ['', 'Trong đó: Đất trồng lúa', 'LUA', d(rice, 2), s(rice)],
      ['', '- Đất trồng cây lâu năm', 'CLN', d(perennial, 2), s(perennial)],
      ['2', 'Đất phi nông nghiệp', 'PNN', d(non, 2), s(non)],
      ['3', 'Đất chưa sử dụng', 'CSD', d(unused, 2), s(unused)],
    ],
  };
}

/** Biểu: workers with "Trong đó" columns (parts, not addends), "Cộng" as the only total. */
export function labour(villages: string[], seed: number): TableSpec {
  const f = figures(seed);
  const rows = villages.map((v) => {
    const t = f(200, 700);
    return { v, t, w: f(Math.floor(t * 0.4), Math.floor(t * 0.55)), tr: f(Math.floor(t * 0.3), Math.floor(t * 0.7)) };
  });
  return {
    caption: ['Biểu số 08', 'LAO ĐỘNG TRONG ĐỘ TUỔI THEO THÔN'],
    rows: [
      ['STT', 'Thôn', 'Tổng số lao động', 'Trong đó', '<'],
      ['^', '^', '^', 'Lao động nữ', 'Lao động qua đào tạo'],
      ...rows.map((r, i) => [String(i + 1), r.v, n(r.t), n(r.w), n(r.tr)]),
      ['', 'Cộng', n(sum(rows.map((r) => r.t))), n(sum(rows.map((r) => r.w))), n(sum(rows.map((r) => r.tr)))],
    ],
  };
}

/** Biểu: co-operatives with a year column, "-" and blank cells, a notes column. */
export function coops(): TableSpec {
  const rows: Array<[string, string, number | null, number | null, string]> = [
    ['HTX Dịch vụ nông nghiệp An Lạc', '1997', 215, 1250, ''],
    ['HTX Dịch vụ điện năng', '2004', 12, null, 'Chưa góp vốn'],
    ['HTX Chăn nuôi Bình Minh', '2015', 9, 350, ''],
    ['HTX Mây tre đan Phú Xuân', '2019', null, 120, 'Đang kiện toàn'],
  ];
  const members = sum(rows.map((r) => r[2] ?? 0));
  const capital = sum(rows.map((r) => r[3] ?? 0));
  return {
    caption: ['Biểu số 09', 'TÌNH HÌNH HỢP TÁC XÃ'],
    rows: [
      ['STT', 'Tên hợp tác xã', 'Năm thành lập', 'Số thành viên', 'Vốn điều lệ (triệu đồng)', 'Ghi chú'],
      ...rows.map((r, i) => [String(i + 1), r[0], r[1], r[2] === null ? '' : n(r[2]), r[3] === null ? '-' : n(r[3]), r[4]]),
      ['Tổng cộng', '<', '', n(members), n(capital), ''],
    ],
  };
}

/** Biểu: a "Tổng" column at the right over year columns (years as header numbers), "Cộng" last. */
export function housingSupport(villages: string[], seed: number): TableSpec {
  const f = figures(seed);
  const rows = villages.map((v) => ({ v, y: [f(0, 6), f(0, 5), f(1, 7)] }));
  const col = (k: number) => sum(rows.map((r) => r.y[k]));
  const all = col(0) + col(1) + col(2);
  return {
    caption: ['Biểu số 10', 'SỐ HỘ ĐƯỢC HỖ TRỢ XÂY DỰNG, SỬA CHỮA NHÀ Ở'],
    rows: [
      ['TT', 'Thôn', '2021', '2022', '2023', 'Tổng'],
      ...rows.map((r, i) => [String(i + 1), r.v, ...r.y.map((x) => (x ? n(x) : '-')), n(sum(r.y))]),
      ['Cộng', '<', n(col(0)), n(col(1)), n(col(2)), n(all)],
    ],
  };
}

export function signatures(): TableSpec {
  return { rows: [['NGƯỜI LẬP BIỂU', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'], ['(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)'], ['Người lập biểu', 'Chủ tịch UBND xã']] };
}

export function annex(seed: number): DocSpec {
  const v = VILLAGES.slice(0, 5 + (seed % 4));
  return [
    'UỶ BAN NHÂN DÂN XÃ AN HÒA',
    'PHỤ LỤC SỐ LIỆU KINH TẾ - XÃ HỘI NĂM 2023',
    poorByVillage(v, seed),
    population(v, seed + 1),
    awards(seed + 2),
    sownArea(seed + 3),
    byYear(seed + 4),
    budget(seed + 5),
    landUse(seed + 6),
    labour(v, seed + 7),
    coops(),
    housingSupport(v, seed + 8),
    signatures(),
  ];
}
