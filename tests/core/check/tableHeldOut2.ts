// A second held-out corpus for the table checks, written after the first was measured and run once: a title row
// inside the table and whole-number rates with "%", a table pasted from an en-US spreadsheet, plan/outcome rates
// that pass 100%, three levels of groups (A, I, 1) carrying their sums, "Chia ra" and "Trong đó" side by side, a
// structure (%) column, and a total merged over three columns with blank and "-" cells.
import { figures, VILLAGES } from './tableCorpus';
import { d, n, pct, type DocSpec, type Plant, type TableSpec } from './tableDocs';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function vaccination(seed: number): TableSpec {
  const f = figures(seed);
  const rows = VILLAGES.slice(0, 7).map((v) => {
    const kids = f(25, 95);
    return { v, kids, done: kids - f(0, 4) };
  });
  const K = sum(rows.map((r) => r.kids));
  const D = sum(rows.map((r) => r.done));
  return {
    rows: [
      ['Biểu 04 - KẾT QUẢ TIÊM CHỦNG MỞ RỘNG NĂM 2023', '<', '<', '<', '<'],
      ['STT', 'Thôn', 'Số trẻ trong độ tuổi', 'Số trẻ được tiêm đủ', 'Tỷ lệ'],
      ['', 'Cộng', n(K), n(D), `${pct(D, K, 0)}%`],
      ...rows.map((r, i) => [String(i + 1), r.v, n(r.kids), n(r.done), `${pct(r.done, r.kids, 0)}%`]),
    ],
  };
}

function pasted(seed: number): TableSpec {
  const f = figures(seed);
  const en = (x: number) => x.toLocaleString('en-US');
  const rows = ['Đông', 'Tây', 'Nam', 'Bắc'].map((v) => {
    const area = f(800, 9000);
    return { v, area, value: area * f(40, 90) * 1000 };
  });
  return {
    caption: ['Bảng 5: Bồi thường giải phóng mặt bằng'],
    rows: [
      ['No.', 'Thôn', 'Diện tích thu hồi (m2)', 'Giá trị bồi thường (đồng)'],
      ...rows.map((r, i) => [String(i + 1), r.v, en(r.area), en(r.value)]),
      ['Tổng cộng', '<', en(sum(rows.map((r) => r.area))), en(sum(rows.map((r) => r.value)))],
    ],
  };
}

function plan(seed: number): TableSpec {
  const f = figures(seed);
  const lines: Array<[string, string, number, number]> = [
    ['Tổng giá trị sản xuất', 'tỷ đồng', f(900, 1200) / 10, 0],
    ['Sản lượng lương thực', 'tấn', f(5000, 7000), 0],
    ['Số lao động được tạo việc làm', 'người', f(150, 250), 0],
    ['Số hộ được công nhận gia đình văn hóa', 'hộ', f(1100, 1300), 0],
  ];
  for (const l of lines) l[3] = Math.round(l[2] * (f(900, 1150) / 1000) * (l[1] === 'tỷ đồng' ? 10 : 1)) / (l[1] === 'tỷ đồng' ? 10 : 1);
  const fmt = (x: number, unit: string) => (unit === 'tỷ đồng' ? d(x, 1) : n(x));
  return {
    caption: ['Biểu 6', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023'],
    rows: [
      ['TT', 'Nội dung', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Đạt (%)'],
      ...lines.map(([name, unit, p, done], i) => [String(i + 1), name, unit, fmt(p, unit), fmt(done, unit), d((done / p) * 100, 1)]),
    ],
  };
}

function threeLevels(seed: number): TableSpec {
  const f = figures(seed);
  const tree: Array<[string, string, Array<[string, string, string[]]>]> = [
    ['A', 'KHỐI ĐẢNG, ĐOÀN THỂ', [['I', 'Đảng ủy', ['Văn phòng Đảng ủy', 'Ban Tuyên giáo']], ['II', 'Mặt trận và đoàn thể', ['Mặt trận Tổ quốc', 'Hội Nông dân', 'Hội Phụ nữ']]]],
    ['B', 'KHỐI CHÍNH QUYỀN', [['I', 'Ủy ban nhân dân', ['Văn phòng', 'Tư pháp - Hộ tịch', 'Địa chính']], ['II', 'Công an, quân sự', ['Công an xã', 'Ban Chỉ huy quân sự']]]],
  ];
  const body: string[][] = [];
  let grand = [0, 0];
  for (const [a, aname, groups] of tree) {
    const aRow = body.length;
    body.push([a, aname, '', '']);
    let at = [0, 0];
    for (const [g, gname, items] of groups) {
      const vals = items.map(() => [f(1, 6), f(0, 3)]);
      const s = [sum(vals.map((v) => v[0])), sum(vals.map((v) => v[1]))];
      body.push([g, gname, n(s[0]), n(s[1])]);
      vals.forEach((v, i) => body.push([String(i + 1), items[i], n(v[0]), v[1] ? n(v[1]) : '-']));
      at = [at[0] + s[0], at[1] + s[1]];
    }
    body[aRow] = [a, aname, n(at[0]), n(at[1])];
    grand = [grand[0] + at[0], grand[1] + at[1]];
  }
  return {
    caption: ['Biểu 7', 'SỐ LƯỢNG CÁN BỘ, CÔNG CHỨC VÀ NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH'],
    rows: [['STT', 'Cơ quan, đơn vị', 'Số người', 'Trong đó: nữ'], ['', 'TỔNG CỘNG', n(grand[0]), n(grand[1])], ...body],
  };
}

function sideBySide(seed: number): TableSpec {
  const f = figures(seed);
  const rows = VILLAGES.slice(3, 8).map((v) => {
    const male = f(300, 800);
    const female = f(300, 820);
    const all = male + female;
    return { v, male, female, old: f(Math.floor(all * 0.08), Math.floor(all * 0.15)), kids: f(Math.floor(all * 0.05), Math.floor(all * 0.1)) };
  });
  return {
    caption: ['Biểu 8', 'DÂN SỐ CHIA THEO GIỚI TÍNH, NHÓM TUỔI'],
    rows: [
      ['Thôn', 'Tổng số người', 'Chia ra', '<', 'Trong đó', '<'],
      ['^', '^', 'Nam', 'Nữ', 'Người cao tuổi', 'Trẻ em dưới 6 tuổi'],
      ...rows.map((r) => [r.v, n(r.male + r.female), n(r.male), n(r.female), n(r.old), n(r.kids)]),
    ],
  };
}

function structure(seed: number): TableSpec {
  const f = figures(seed);
  const items = ['Nông, lâm nghiệp, thủy sản', 'Công nghiệp, xây dựng', 'Thương mại, dịch vụ'].map((name) => ({ name, v: f(1500, 6000) / 10 }));
  const T = sum(items.map((x) => x.v));
  return {
    caption: ['Biểu 9', 'CƠ CẤU GIÁ TRỊ SẢN XUẤT NĂM 2023'],
    rows: [
      ['STT', 'Ngành', 'Giá trị (tỷ đồng)', 'Cơ cấu (%)'],
      ['', 'Tổng số', d(T, 1), '100,0'],
      ...items.map((x, i) => [String(i + 1), x.name, d(x.v, 1), pct(x.v, T, 1)]),
    ],
  };
}

function mergedTotal(seed: number): TableSpec {
  const f = figures(seed);
  const rows = [
    ['1', 'DN01', 'Công ty TNHH May Hòa Bình', f(80, 300), f(10, 60)],
    ['2', 'DN02', 'Hợp tác xã Gạch ngói', f(15, 40), 0],
    ['3', 'DN03', 'Cơ sở chế biến gỗ Tân Lập', f(8, 20), f(0, 5)],
  ] as Array<[string, string, string, number, number]>;
  return {
    caption: ['Biểu 10', 'DOANH NGHIỆP, CƠ SỞ SẢN XUẤT TRÊN ĐỊA BÀN'],
    rows: [
      ['STT', 'Mã', 'Tên doanh nghiệp, cơ sở', 'Số lao động', 'Trong đó: lao động nữ', 'Ghi chú'],
      ...rows.map((r) => [r[0], r[1], r[2], n(r[3]), r[4] ? n(r[4]) : '-', '']),
      ['Tổng số', '<', '<', n(sum(rows.map((r) => r[3]))), n(sum(rows.map((r) => r[4]))), ''],
    ],
  };
}

export function heldOut2Doc(seed: number): DocSpec {
  return [
    'ỦY BAN NHÂN DÂN XÃ TÂN LẬP',
    'PHỤ LỤC KÈM THEO BÁO CÁO KINH TẾ - XÃ HỘI NĂM 2023',
    vaccination(seed),
    pasted(seed + 1),
    plan(seed + 2),
    threeLevels(seed + 3),
    sideBySide(seed + 4),
    structure(seed + 5),
    mergedTotal(seed + 6),
  ];
}

const bump = (by: number) => (old: string) => {
  const m = /^([\d.]+)(?:,(\d+))?(%?)$/.exec(old);
  if (!m) throw new Error(old);
  const decimals = m[2]?.length ?? 0;
  const v = Number(m[1].replace(/\./g, '')) + (m[2] ? Number(`0.${m[2]}`) : 0) + by * 10 ** -decimals;
  return `${d(v, decimals)}${m[3]}`;
};
const bumpEn = (by: number) => (old: string) => (Number(old.replace(/,/g, '')) + by).toLocaleString('en-US');
const times = (k: number) => (old: string) => n(Number(old.replace(/\./g, '')) * k);

export const HELD_OUT_2_PLANTS: Plant[] = [
  { table: 0, row: 4, column: 4, to: bump(3), what: 'vaccination: a whole-number rate with "%"' },
  { table: 0, row: 'Cộng', column: 2, to: bump(4), what: 'vaccination: total children (title row in the table)', also: [['Cộng', 4]] },
  { table: 1, row: 'Tổng cộng', column: 2, to: bumpEn(1000), what: 'pasted en-US: total area' },
  { table: 2, row: 'Sản lượng lương thực', column: 5, to: bump(25), what: 'plan: outcome/plan rate' },
  { table: 3, row: 'KHỐI CHÍNH QUYỀN', column: 2, to: bump(2), what: 'three levels: group B' },
  { table: 3, row: 'Mặt trận và đoàn thể', column: 2, to: bump(1), what: 'three levels: group II of A' },
  { table: 3, row: 'TỔNG CỘNG', column: 3, to: bump(1), what: 'three levels: grand total of women' },
  { table: 4, row: 2, column: 1, to: bump(10), what: 'side by side: a village total' },
  { table: 4, row: 3, column: 5, to: times(20), what: 'side by side: children more than people' },
  { table: 5, row: 'Tổng số', column: 2, to: bump(30), what: 'structure: total value', also: [['Tổng số', 3]] },
  { table: 6, row: 'Tổng số', column: 3, to: bump(3), what: 'merged total: workers' },
];
