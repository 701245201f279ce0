#!/usr/bin/env node
// Performance bench: how long the core and the CLI take on a large household register, compared with exceljs
// reading the same file. Measurement, not a test: a missed budget never fails the process.
//   npm run bench [-- --rows N] [-- --json] [-- --no-memory | --memory]
//   (use `npm run -s bench -- --json` for clean JSON on stdout; the peak memory of `baocao validate` on 300,000 and
//   1,048,575 rows is measured unless --no-memory, or alone with --memory; the registers are generated once, cached)
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { performance } = require('perf_hooks');
const ExcelJS = require('exceljs');
const { analyse } = require('../dist/core/analyse.js');
const { readWorkbookFile } = require('../dist/io/xlsx.js');
const { checkReport } = require('../dist/core/check/index.js');
const { compareAnalyses } = require('../dist/core/compare/index.js');

const GENERATOR_VERSION = 2; // bump when the generated register changes, so cached files are rebuilt
const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const ROWS = argv.includes('--rows') ? Number(argv[argv.indexOf('--rows') + 1]) : 100000;
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error('--rows needs a positive integer');
const log = (msg) => { if (!JSON_OUT) process.stderr.write(`${msg}\n`); };
const gc = () => { if (global.gc) global.gc(); };

// ---- Register generator: deterministic (seeded) household register shaped like households-flat.xlsx ----
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

function householdRows(n) {
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
    if (rnd() < 0.01) plant(row, rows, pick);
    rows.push(row);
  }
  return rows;
}

// One planted problem per affected row (~1%), so validation has real work to do.
function plant(row, rows, pick) {
  switch (pick(['village', 'alias', 'size', 'year', 'cccd', 'gdvh', 'name', 'spaces', 'duplicate'])) {
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
}

async function ensureRegister(rows) {
  const file = path.join(ROOT, '.bench', `households-${rows % 1000 === 0 ? `${rows / 1000}k` : rows}.xlsx`);
  const meta = `${file}.json`;
  try {
    const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
    if (m.version === GENERATOR_VERSION && m.rows === rows && fs.statSync(file).size === m.bytes) return file;
  } catch { /* missing or stale: build it */ }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  log(`Generating ${file} (${rows} rows)…`);
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
  for (const r of householdRows(rows)) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
  fs.writeFileSync(meta, JSON.stringify({ version: GENERATOR_VERSION, rows, bytes: fs.statSync(file).size }));
  return file;
}

// ---- Last year's register for the year-over-year row: this year's grid, changed the way a year changes it ----
/**
 * Last year's household register of the same commune, derived from this year's grid (columns as HEADER): 2% of
 * households are new this year (absent last year), 2% changed poverty class, 1% had another code last year (found
 * again by CCCD), 1% another code and no CCCD (found by name + birth year + village), 1% lost or gained Gia đình văn
 * hóa, and 1.5% of last year's households are gone this year.
 */
function previousYearOf(wb) {
  const rnd = prng(20221215);
  return {
    ...wb,
    sheets: wb.sheets.map((g) => {
      const [header, ...body] = g.values;
      const rows = [];
      for (const row of body) {
        const r = rnd();
        if (r < 0.02) continue;
        const old = [...row];
        if (r < 0.04) old[8] = old[8] === 'Hộ nghèo' ? null : 'Hộ nghèo';
        else if (r < 0.05) old[1] = `CU-${old[1]}`;
        else if (r < 0.06) { old[1] = `CU-${old[1]}`; old[5] = null; }
        else if (r < 0.07 && old[9]) old[10] = old[10] === 'Đạt' ? 'Không đạt' : 'Đạt';
        rows.push(old);
        if (rnd() < 0.015) rows.push([null, `CHUYEN-DI-${rows.length}`, old[2], old[3], (old[4] ?? 1970) + 1, null, ...old.slice(6)]);
      }
      return { ...g, values: [header, ...rows] };
    }),
  };
}

// ---- Report generator for checkReport: a ~200-page yearly report (~2,000 paragraphs) of realistic paragraphs ----
const REPORT_PARAGRAPHS = 2000;
const viInt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const viRate = (a, b, d) => (Math.floor((2 * a * 100 * 10 ** d + b) / (2 * b)) / 10 ** d).toFixed(d).replace('.', ',');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Consistent figures (rates computed from their counts) varied per block, so every check has real work to do. */
function reportBlock(rnd, k) {
  const total = 900 + Math.floor(rnd() * 900);
  const reg = total - 50 - Math.floor(rnd() * 150);
  const got = reg - 10 - Math.floor(rnd() * 80);
  const poor = 10 + Math.floor(rnd() * 40);
  const near = 20 + Math.floor(rnd() * 40);
  const parts = [300 + Math.floor(rnd() * 500), 100 + Math.floor(rnd() * 300), 50 + Math.floor(rnd() * 150)];
  const day = 1 + Math.floor(rnd() * 27);
  const month = 1 + Math.floor(rnd() * 12);
  return [
    `${k}. Kết quả phong trào thi đua tại khu vực ${k}`,
    'a) Về phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
    `Tổ chức bình xét các danh hiệu văn hóa năm 2023, toàn xã có ${viInt(reg)} hộ gia đình đăng ký xây dựng Gia đình văn hóa; kết quả có ${viInt(got)}/${viInt(reg)} hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt ${viRate(got, reg, 1)}% số hộ đăng ký); 9/9 thôn đạt danh hiệu Thôn văn hóa.`,
    `Phong trào được nhà nhà, người người hưởng ứng; các hoạt động văn hóa, văn nghệ, thể dục thể thao… dần dần đi vào nền nếp, luôn luôn được duy trì.`,
    'b) Về phong trào "Cả nước chung tay vì người nghèo"',
    `Thực hiện tốt công tác rà soát hộ nghèo, hộ cận nghèo năm 2023: toàn xã có ${viInt(total)} hộ, trong đó số hộ nghèo ${poor} hộ, tỷ lệ ${viRate(poor, total, 2)}%; hộ cận nghèo ${near} hộ, tỷ lệ ${viRate(near, total, 2)}%.`,
    `Ngày ${day}/${month}/2023, UBND xã tổ chức hội nghị; từ ngày 01/12 – 05/12/2023 ra quân tổng vệ sinh môi trường tại các thôn.`,
    'c) Về cải cách hành chính',
    `Bộ phận Tiếp nhận và trả kết quả tiếp nhận ${viInt(parts[0] + parts[1] + parts[2])} hồ sơ (trong đó chứng thực ${viInt(parts[0])}; hộ tịch ${parts[1]}; khác ${parts[2]}), không có hồ sơ tồn đọng.`,
    `Năm 2023, xã trích quỹ thi đua, khen thưởng, khen thưởng cho 0${1 + (k % 9)} tập thể và ${10 + (k % 20)} cá nhân với tổng số tiền ${(k % 9) + 2},5 triệu đồng.`,
  ];
}

function reportParagraphs(n) {
  const rnd = prng(20240105);
  const out = ['UỶ BAN NHÂN DÂN', 'XÃ AN HÒA', 'Số: 12/BC-UBND', 'An Hòa, ngày 05 tháng 01 năm 2024', 'BÁO CÁO',
    'Tổng kết công tác thi đua, khen thưởng năm 2023, phương hướng, nhiệm vụ năm 2024'];
  const perSection = Math.ceil(n / ROMAN.length);
  for (let r = 0; r < ROMAN.length && out.length < n; r++) {
    out.push(`${ROMAN[r]}. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023 – PHẦN ${r + 1}`);
    for (let k = 1; out.length < Math.min(n, (r + 1) * perSection); k++) out.push(...reportBlock(rnd, k));
  }
  out.push('Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 và phương hướng, nhiệm vụ năm 2024 của UBND xã An Hòa./.');
  return out;
}

// ---- Measurement helpers ----
/** Best (minimum) wall time of `runs` calls of fn after `warmups` untimed ones; `setup` runs untimed before each. */
async function bestOf(runs, warmups, fn, setup = () => undefined) {
  let best = Infinity;
  for (let i = 0; i < warmups + runs; i++) {
    const input = setup();
    gc();
    const t0 = performance.now();
    await fn(input);
    if (i >= warmups) best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const TIME_BIN = '/usr/bin/time';
/** Runs the CLI's validate on `file`; resolves its peak RSS (MB). Exit code 0 or 1 (issues found) are both fine. */
function runCli(file) {
  const cli = [process.execPath, path.join(ROOT, 'bin', 'baocao.js'), 'validate', '--json', file];
  const viaTime = fs.existsSync(TIME_BIN);
  const [cmd, ...args] = viaTime ? [TIME_BIN, '-f', '%M', ...cli] : cli;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    child.stderr.on('data', (d) => { stderr += d; });
    // Without GNU time, poll the kernel's high-water mark of the child's resident set.
    const poll = viaTime ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* process already gone */ }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      if (code !== 0 && code !== 1) return reject(new Error(`validate exited ${code}: ${stderr.trim().slice(-500)}`));
      if (viaTime) peakKb = Number(stderr.trim().split('\n').pop());
      resolve(peakKb / 1024);
    });
  });
}

const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

// ---- Main ----
/** Compiles bench/syncCounts.ts (the adapters over the tests' fake object models) and runs it: counts, not times. */
function officeSyncCounts(rows, awards) {
  const { execFileSync } = require('node:child_process');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'bench', 'tsconfig.json')], { cwd: ROOT, stdio: 'inherit' });
  const out = execFileSync(process.execPath, [path.join(ROOT, '.bench', 'ts', 'bench', 'syncCounts.js'), String(rows), String(awards)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

/** The Excel pane's actions and the port calls each makes (src/taskpane/excel/useExcelPane.ts). */
const PANE_ACTIONS = { open: ['readWorkbook'], highlight: ['highlight'], clear: ['clearHighlight'], fix: ['applyFixes'], undo: ['undoFixes'] };

async function main() {
  if (argv.includes('--memory')) return void (await memoryOnly());
  const file = await ensureRegister(ROWS);
  const today = new Date();

  log('Measuring exceljs readFile (baseline)…');
  const readMs = await bestOf(3, 1, () => new ExcelJS.Workbook().xlsx.readFile(file));

  log('Measuring analyse…');
  const grids = await readWorkbookFile(file);
  let analysis;
  // A fresh copy of the grids per run (not timed), so no run sees what an earlier one may have left on them.
  const coreMs = await bestOf(3, 1, (wb) => { analysis = analyse([wb], { today }); }, () => structuredClone(grids));
  const registers = analysis.files.flatMap((f) => f.registers);
  const records = registers.reduce((n, r) => n + r.records.length, 0);
  const issues = registers.reduce((n, r) => n + r.issues.length, 0);

  log('Measuring in-process validate (readWorkbookFile + analyse)…');
  const inProcessValidateMs = await bestOf(3, 0, async () => analyse([await readWorkbookFile(file)], { today }));

  log('Measuring `baocao validate --json` (child process)…');
  let peakRssMb = 0;
  const validateMs = await bestOf(3, 0, async () => { peakRssMb = Math.max(peakRssMb, await runCli(file)); });

  log(`Measuring checkReport on a generated report (${REPORT_PARAGRAPHS} paragraphs)…`);
  const paragraphs = reportParagraphs(REPORT_PARAGRAPHS);
  let checkFindings = 0;
  const checkMs = await bestOf(3, 1, () => { checkFindings = checkReport(paragraphs).length; });

  log('Measuring year over year: two years of the register (analyse both, then compare)…');
  const previousGrids = previousYearOf(grids);
  let matching;
  const yoyMs = await bestOf(3, 1, ([c, p]) => { matching = compareAnalyses(analyse([c], { today }), analyse([p], { today })).households; },
    () => [structuredClone(grids), structuredClone(previousGrids)]);
  const [thisYear, lastYear] = [analyse([structuredClone(grids)], { today }), analyse([structuredClone(previousGrids)], { today })];
  const compareMs = await bestOf(3, 1, () => compareAnalyses(thisYear, lastYear));
  const previousRows = previousGrids.sheets.reduce((n, g) => n + g.values.length - 1, 0);

  log('Counting Office.js round trips (fake Excel and Word object models)…');
  const syncs = officeSyncCounts(ROWS, 500);

  const memory = argv.includes('--no-memory') ? [] : await memoryFigures();

  const result = {
    rows: ROWS, readMs: round(readMs), coreMs: round(coreMs), validateMs: round(validateMs),
    ratio: round(coreMs / readMs, 3), validateRatio: round(validateMs / readMs, 3), peakRssMb: round(peakRssMb, 1),
    inProcessValidateMs: round(inProcessValidateMs), benchPeakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    checkMs: round(checkMs), checkParagraphs: paragraphs.length, checkFindings,
    yoy: { previousRows, ms: round(yoyMs), compareMs: round(compareMs), ratio: round(yoyMs / (2 * readMs), 3), vsOneYear: round(yoyMs / coreMs, 2),
      matched: matching.matched, matchedBy: matching.matchedBy, newHouseholds: matching.newHouseholds.length, removedHouseholds: matching.removedHouseholds.length, ambiguous: matching.ambiguous.length },
    records, issues, fileMb: round(fs.statSync(file).size / 2 ** 20, 1), node: process.version,
    syncs, memory,
  };
  if (JSON_OUT) return void process.stdout.write(`${JSON.stringify(result)}\n`);

  const ok = (pass) => (pass ? '✓' : '✗');
  const table = [
    ['figure', 'value', 'budget', ''],
    ['rows (records read, issues found)', `${ROWS} (${records}, ${issues})`, '', ''],
    ['readMs  exceljs readFile', `${result.readMs} ms`, 'baseline', ''],
    ['coreMs  analyse()', `${result.coreMs} ms`, '', ''],
    ['ratio   coreMs / readMs', result.ratio.toFixed(3), '≤ 0.25', ok(result.ratio <= 0.25)],
    ['validateMs  CLI validate --json', `${result.validateMs} ms`, '', ''],
    ['validateRatio  validateMs / readMs', result.validateRatio.toFixed(3), '≤ 1.25', ok(result.validateRatio <= 1.25)],
    ['inProcessValidateMs  read + analyse', `${result.inProcessValidateMs} ms`, '', ''],
    ['peakRssMb  CLI child', `${result.peakRssMb} MB`, '< 1024 MB', ok(result.peakRssMb < 1024)],
    ['benchPeakRssMb  this process', `${result.benchPeakRssMb} MB`, '', ''],
    [`yoyMs  analyse ${ROWS} + ${previousRows} rows + compare`, `${result.yoy.ms} ms`, '', ''],
    ['yoyRatio  yoyMs / (2 × readMs), same budget as one year', result.yoy.ratio.toFixed(3), '≤ 0.25', ok(result.yoy.ratio <= 0.25)],
    ['yoy vs one year  yoyMs / coreMs', `${result.yoy.vsOneYear.toFixed(2)}×`, '', ''],
    ['compareMs  compareAnalyses() alone', `${result.yoy.compareMs} ms`, '', ''],
    [`yoy matched (code, CCCD, name) / new / gone / ambiguous`, `${result.yoy.matched} (${result.yoy.matchedBy.householdId}, ${result.yoy.matchedBy.cccd}, ${result.yoy.matchedBy.nameBirthVillage}) / ${result.yoy.newHouseholds} / ${result.yoy.removedHouseholds} / ${result.yoy.ambiguous}`, '', ''],
    [`checkMs  checkReport() ${result.checkParagraphs} paragraphs (${checkFindings} findings)`, `${result.checkMs} ms`, '< 1000 ms', ok(result.checkMs < 1000)],
    ...Object.entries(syncs.excel).map(([action, n]) => [`syncs  Excel ${action} (${ROWS} rows)`, String(n), '≤ 2', ok(n <= 2)]),
    // A pane action is the port calls it makes (tests/e2e/excelPane*.test.ts check the calls on the fake host): a fix
    // or an undo is analysed again from what was written, with no new read of the workbook.
    ...Object.entries(PANE_ACTIONS).map(([action, calls]) => {
      const n = calls.reduce((sum, c) => sum + syncs.excel[c], 0);
      return [`syncs  Excel pane ${action} = ${calls.join(' + ')}`, String(n), '≤ 2', ok(n <= 2)];
    }),
    ...Object.entries(syncs.word).map(([action, n]) => [`syncs  Word ${action} (all sections, ${syncs.awards} awards)`, String(n), '≤ 2', ok(n <= 2)]),
    ...memory.map((m) => [`peakRssMb  CLI validate --json, ${m.rows} rows (${m.fileMb} MB)`, `${m.peakRssMb} MB`, `< ${m.budgetMb} MB`, ok(m.peakRssMb < m.budgetMb)]),
  ];
  const w = [0, 1, 2].map((c) => Math.max(...table.map((r) => r[c].length)));
  const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`.trimEnd();
  const title = `baocao bench — ${path.relative(ROOT, file)} (${result.fileMb} MB), node ${process.version}, best of 3`;
  const rule = '-'.repeat(w[0] + w[1] + w[2] + 8);
  console.log(['', title, '', line(table[0]), rule, ...table.slice(1).map(line)].join('\n'));
}

/** Peak memory of `baocao validate --json` at the sizes the budgets name: 300,000 rows and a full-height sheet. */
const MEMORY_SIZES = [[300000, 1024], [1048575, 2048]];
async function memoryFigures() {
  const out = [];
  for (const [rows, budgetMb] of MEMORY_SIZES) {
    const file = await ensureRegister(rows);
    log(`Measuring peak memory of \`baocao validate --json\` on ${rows} rows…`);
    const t0 = performance.now();
    const peakRssMb = round(await runCli(file), 1);
    out.push({ rows, peakRssMb, budgetMb, ms: round(performance.now() - t0), fileMb: round(fs.statSync(file).size / 2 ** 20, 1) });
  }
  return out;
}

async function memoryOnly() {
  const figures = await memoryFigures();
  if (JSON_OUT) return void process.stdout.write(`${JSON.stringify(figures)}\n`);
  for (const f of figures) console.log(`validate ${f.rows} rows (${f.fileMb} MB): peak RSS ${f.peakRssMb} MB (budget < ${f.budgetMb} MB) ${f.peakRssMb < f.budgetMb ? '✓' : '✗'}, ${f.ms} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
