// The bench's generated household register: deterministic (seeded), shaped like households-flat.xlsx, written once
// and cached under .bench/ (bench/run.js, bench/merged.js).
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const GENERATOR_VERSION = 2; // bump when the generated registers change, so cached files are rebuilt

function prng(seed) { // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const VILLAGES = [['An Lạc', 'AL'], ['An Phú', 'AP'], ['Đông Hải', 'DH'], ['Tây Sơn', 'TS'], ['Bắc Hà', 'BH'],
  ['Nam Thịnh', 'NT'], ['Phú Lộc', 'PL'], ['Vĩnh Khang', 'VK'], ['Hòa Bình', 'HB']];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đinh', 'Ngô', 'Vũ', 'Đỗ', 'Bùi', 'Trịnh', 'Phan', 'Đặng',
  'Dương'];
// Family + middle (+ second middle in 40%) + given: enough variety to keep chance namesakes (duplicates) rare.
const MIDDLE = { m: ['Văn', 'Văn', 'Văn', 'Hữu', 'Quang', 'Tiến', 'Xuân', 'Đức', 'Minh', 'Ngọc', 'Công', 'Trọng', 'Bá'],
  f: ['Thị', 'Thị', 'Thị', 'Minh', 'Kim', 'Hồng', 'Thu', 'Ngọc', 'Thanh', 'Phương', 'Bích'] };
const MIDDLE2 = { m: ['Minh', 'Quốc', 'Thanh', 'Hoài', 'Anh', 'Gia', 'Đình', 'Mạnh'],
  f: ['Minh', 'Thanh', 'Thu', 'Ngọc', 'Hoài', 'Bảo', 'Diệu', 'Kim'] };
const GIVEN = { m: ['Việt', 'Hải', 'Hùng', 'Khoa', 'Thuận', 'Điệp', 'Nghĩa', 'Thịnh', 'Long', 'Dũng', 'Tuấn', 'Sơn', 'Cường',
  'Bình', 'Hưng', 'Phong', 'Quân', 'Thắng', 'Trung', 'Hiếu', 'Đạt', 'Toàn', 'Lâm', 'Nam', 'Khánh', 'Phúc', 'Tài', 'Vinh'],
  f: ['Hằng', 'Uyên', 'Lý', 'Liên', 'Lan', 'Hoa', 'Mai', 'Nga', 'Huệ', 'Thảo', 'Hương', 'Yến', 'Loan', 'Dung', 'Hạnh',
  'Hiền', 'Huyền', 'Linh', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Tâm', 'Thủy', 'Trang', 'Vân', 'Duyên'] };
const sum = (a) => a.reduce((x, y) => x + y, 0);
const WEIGHTS = [1.2, 0.9, 1.1, 1, 0.8, 1.3, 0.9, 1, 0.8]; // relative village sizes
const SHARE = WEIGHTS.map((_, i) => sum(WEIGHTS.slice(0, i + 1)) / sum(WEIGHTS)); // cumulative, last exactly 1
const SIZES = [1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9]; // weighted draw
const NOTES = ['Gia đình có công', 'Chuyển đến năm 2023', 'Đi làm ăn xa', 'Hộ neo đơn', 'Mới tách hộ', 'Hộ kinh doanh'];
const HEADER = ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Giới tính', 'Năm sinh', 'Số CCCD', 'Thôn', 'Số nhân khẩu',
  'Phân loại hộ', 'Đăng ký GĐVH', 'Kết quả GĐVH', 'Gia đình học tập', 'Ghi chú'];
const WIDTHS = [6, 13, 26, 9, 9, 15, 14, 10, 24, 10, 11, 10, 22];

/**
 * The rows (columns as HEADER) of an n-household register, village by village. `planted`, when given, collects the
 * indexes of the rows a planted problem touches (a planted duplicate: both rows), so a caller can pick clean rows.
 */
function householdRows(n, planted) {
  const rnd = prng(20231215);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const digits = (k) => { let s = ''; while (s.length < k) s += Math.floor(rnd() * 10); return s; };
  const name = (g) => {
    const mid = pick(MIDDLE[g]);
    const mid2 = rnd() < 0.4 ? pick(MIDDLE2[g].filter((m) => m !== mid)) : null;
    return [pick(FAMILY), mid, ...(mid2 ? [mid2] : []), pick(GIVEN[g])].join(' ');
  };
  const serial = new Array(VILLAGES.length).fill(0);
  const rows = [];
  for (let i = 1; i <= n; i++) {
    const v = SHARE.findIndex((c) => (i - 0.5) / n < c); // registers list households village by village
    const g = rnd() < 0.72 ? 'm' : 'f';
    const year = 1938 + Math.floor(rnd() * 66);
    const cccd = `037${(year >= 2000 ? 2 : 0) + (g === 'f' ? 1 : 0)}${String(year % 100).padStart(2, '0')}${digits(6)}`;
    const p = rnd();
    const poverty = p < 0.022 ? 'Hộ nghèo' : p < 0.049 ? 'Hộ cận nghèo' : p < 0.15 ? 'Hộ có mức sống trung bình' : null;
    const registered = rnd() < 0.86;
    const row = [i, `AH-${VILLAGES[v][1]}-${String(++serial[v]).padStart(5, '0')}`,
      name(g), g === 'm' ? 'Nam' : 'Nữ', year, cccd, VILLAGES[v][0],
      pick(SIZES), poverty, registered ? 'x' : null, registered ? (rnd() < 0.94 ? 'Đạt' : 'Không đạt') : null,
      rnd() < 0.7 ? 'x' : null, rnd() < 0.026 ? pick(NOTES) : null];
    if (rnd() < 0.01) {
      const what = plant(row, rows, pick);
      planted?.add(i - 1);
      if (what === 'duplicate') planted?.add(i - 2);
    }
    rows.push(row);
  }
  return rows;
}

// One planted problem per affected row (~1%), so validation has real work to do.
function plant(row, rows, pick) {
  const what = pick(['village', 'alias', 'size', 'year', 'cccd', 'gdvh', 'name', 'spaces', 'duplicate']);
  switch (what) {
    case 'village': row[6] = 'Thôn Mới'; break;
    case 'alias': row[6] = pick(['Dong Hai', 'Thôn Phú Lộc', 'tây sơn']); break;
    case 'size': row[7] = pick([0, -2, '#N/A']); break;
    case 'year': row[4] = pick([1890, 2021, 19655]); break;
    case 'cccd': row[5] = pick([row[5].slice(1), `${row[5]}7`, `${row[5].slice(0, 8)}O${row[5].slice(9)}`,
      `${row[5].slice(0, 3)}${row[5][3] ^ 1}${row[5].slice(4)}`]); break;
    case 'gdvh': row[9] = null; row[10] = 'Đạt'; break;
    case 'name': row[2] = null; break;
    case 'spaces': row[2] = `  ${row[2].replace(' ', '  ')} `; break;
    case 'duplicate': for (const c of [2, 3, 4, 5, 6]) row[c] = (rows[rows.length - 1] ?? row)[c]; break; // same head
  }
  return what;
}

/**
 * Writes the rows `rowsOf()` gives under HEADER as a styled one-sheet register (as a clerk's file looks), unless `file` is already there
 * with the same `meta` (written next to it as `<file>.json`, with its size): generated files are cached.
 */
async function writeRegister(file, meta, rowsOf, log = () => undefined) {
  const metaFile = `${file}.json`;
  const want = { version: GENERATOR_VERSION, ...meta };
  try {
    const { bytes, ...m } = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    if (JSON.stringify(m) === JSON.stringify(want) && fs.statSync(file).size === bytes) return file;
  } catch { /* missing or stale: build it */ }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const rows = rowsOf();
  log(`Generating ${file} (${rows.length} rows)…`);
  const tmp = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  wb.created = wb.modified = new Date('2023-12-15T08:00:00Z');
  const ws = wb.addWorksheet('Danh sach ho', { views: [{ state: 'frozen', ySplit: 1 }] });
  const thin = { style: 'thin' };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const font = { name: 'Times New Roman', size: 12 };
  ws.columns = WIDTHS.map((width, c) => ({ width, style: { font, border, ...(c === 5 ? { numFmt: '@' } : {}) } }));
  const head = ws.addRow(HEADER);
  head.font = { ...font, bold: true };
  head.commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
  fs.writeFileSync(metaFile, JSON.stringify({ ...want, bytes: fs.statSync(file).size }));
  return file;
}

module.exports = { GENERATOR_VERSION, VILLAGES, HEADER, prng, householdRows, writeRegister };
