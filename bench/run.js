#!/usr/bin/env node
// Performance bench: how long the core and the CLI take on a large household register, compared with exceljs
// reading the same file; two years compared; a merged commune's three workbooks (bench/merged.js). Measurement, not
// a test: a missed budget never fails the process.
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
const { parseProfile } = require('../dist/core/profile.js');
const { crossFileDuplicates } = require('../dist/cli/formerCommunes.js');
const { prng, householdRows, writeRegister } = require('./register.js');
const { ensureMerged } = require('./merged.js');

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const ROWS = argv.includes('--rows') ? Number(argv[argv.indexOf('--rows') + 1]) : 100000;
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error('--rows needs a positive integer');
const log = (msg) => { if (!JSON_OUT) process.stderr.write(`${msg}\n`); };
const gc = () => { if (global.gc) global.gc(); };

async function ensureRegister(rows) {
  const file = path.join(ROOT, '.bench', `households-${rows % 1000 === 0 ? `${rows / 1000}k` : rows}.xlsx`);
  return writeRegister(file, { rows }, () => householdRows(rows), log);
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
const sum = (a) => a.reduce((x, y) => x + y, 0);

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

  log('Measuring the merged commune: the register in three workbooks, one per former commune…');
  const merged = await mergedFigures(analysis.year, today, coreMs);

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
    merged, records, issues, fileMb: round(fs.statSync(file).size / 2 ** 20, 1), node: process.version,
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
    ...mergedTable(merged, ok),
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

/**
 * The merged commune (bench/merged.js): the register's households in three workbooks, one per former commune, analysed
 * together with the profile naming the former communes. Baseline: exceljs reading the three files one after another.
 */
async function mergedFigures(year, today, coreMs) {
  const m = await ensureMerged(path.join(ROOT, '.bench'), ROWS, year, log);
  const parsed = parseProfile(m.profile);
  if (!parsed.ok) throw new Error(`bench/merged.js wrote a profile the core refuses: ${parsed.problems.join(' ')}`);
  const grids = [];
  for (const f of m.files) grids.push(await readWorkbookFile(f));
  let a;
  let [readMs, ms] = [Infinity, Infinity];
  // Best of 3 (after a warm-up) of each, read and analyse in turn: a burst of load on the shared machine weighs on
  // both sides of the ratio alike, not on one phase only.
  for (let i = 0; i < 3; i++) {
    readMs = Math.min(readMs, await bestOf(1, i ? 0 : 1, async () => { for (const f of m.files) await new ExcelJS.Workbook().xlsx.readFile(f); }));
    ms = Math.min(ms, await bestOf(1, i ? 0 : 1, (wbs) => { a = analyse(wbs, { today, profile: parsed.profile }); }, () => structuredClone(grids)));
  }
  const rowsOf = new Map(grids.map((wb) => [wb.file, wb.sheets.reduce((n, g) => n + g.values.length - 1, 0)]));
  // The village name two former communes had: read as the new village in the renaming former commune's file only.
  const byVillage = new Map((a.summary.households?.byVillage ?? []).map((v) => [v.village, v.total]));
  const cells = (wbs, name) => sum(wbs.flatMap((wb) => wb.sheets.map((g) => g.values.filter((r) => r[6] === name).length)));
  const renamed = parsed.profile.renamedVillages.map((r) => {
    const mine = grids.filter((wb) => parsed.profile.formerCommunes.some((c) => c.name === r.formerCommune && c.files.includes(path.basename(wb.file))));
    const others = grids.filter((wb) => !mine.includes(wb));
    return { ...r, oldNameCells: cells(mine, r.from), households: byVillage.get(r.to) ?? 0, keptName: { households: byVillage.get(r.from) ?? 0, cells: cells(others, r.from) } };
  });
  return {
    files: m.files.length, rows: sum([...rowsOf.values()]), fileMb: round(sum(m.files.map((f) => fs.statSync(f).size)) / 2 ** 20, 1),
    readMs: round(readMs), ms: round(ms), ratio: round(ms / readMs, 3), vsOneYear: round(ms / coreMs, 2),
    households: a.summary.households?.total ?? 0,
    formerCommunes: a.formerCommunes.map((c) => ({ name: c.name, files: c.files.map((f) => path.basename(f)), from: c.from, rows: sum(c.files.map((f) => rowsOf.get(f) ?? 0)), households: c.households?.total ?? 0 })),
    renamed, planted: m.planted, crossFileDuplicates: crossFileDuplicates(a), doubts: a.doubts.length,
  };
}

/** The merged commune's rows of the table. */
function mergedTable(m, ok) {
  const parts = sum(m.formerCommunes.map((c) => c.households));
  return [
    [`mergedReadMs  exceljs readFile × ${m.files}, in turn (${m.rows} rows, ${m.fileMb} MB)`, `${m.readMs} ms`, 'baseline', ''],
    ['mergedMs  analyse() of the 3 workbooks + profile', `${m.ms} ms`, '', ''],
    ['mergedRatio  mergedMs / mergedReadMs, same budget as one year', m.ratio.toFixed(3), '≤ 0.25', ok(m.ratio <= 0.25)],
    ['merged vs one year  mergedMs / coreMs', `${m.vsOneYear.toFixed(2)}×`, '', ''],
    ...m.formerCommunes.map((c) => [`merged households  ${c.name ?? '(unknown)'} (${c.rows} rows, by ${c.from.join(', ')})`, String(c.households), '', '']),
    ['merged households  sum of former communes / new commune', `${parts} / ${m.households}`, 'equal', ok(parts === m.households)],
    ...m.renamed.flatMap((r) => [
      [`merged village  ${r.to}, written "${r.from}" in ${r.formerCommune}'s file (${r.oldNameCells} cells)`, `${r.households}`, '', ''],
      [`merged village  ${r.from} kept by the other file: households / cells`, `${r.keptName.households} / ${r.keptName.cells}`, 'equal', ok(r.keptName.households === r.keptName.cells)],
    ]),
    ['merged cross-file duplicates  found / planted (same CCCD)', `${m.crossFileDuplicates} / ${m.planted}`, 'equal', ok(m.crossFileDuplicates === m.planted)],
    ['merged doubts  questions for the clerk', String(m.doubts), '0', ok(m.doubts === 0)],
  ];
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
