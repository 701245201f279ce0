#!/usr/bin/env node
// Renders a generated .docx to PNG pages (LibreOffice → PDF → pdftoppm) so a person — or a reviewer without Word —
// can look at the layout: fonts, indents, tables, borders, page numbers.
//
//   npm run render-docs                 # builds a report from the sample registers (samples/) with `baocao report`
//   npm run render-docs -- file.docx    # renders the given file
//   npm run render-docs -- --sample     # renders a small built-in ReportDoc through dist/io/docx.js
//   … --keep-sdt                        # converts the file as is, content controls included (see below)
//
// LibreOffice (7.4 and later) imports a block content control without a type (what reportToDocx writes, and what
// Word writes for a rich-text control) as a plain-text control around its first paragraph, which drops that
// paragraph's bold/italic: every section's first heading would look regular. Word prints content controls as their
// content, so by default the preview converts a copy with the w:sdt wrappers removed; the input is not changed.
//
// Output goes to .render/ (git-ignored): <name>.pdf and page-<n>.png at 80 dpi; the PNG paths are printed.
'use strict';
const { spawnSync } = require('node:child_process');
const { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } = require('node:fs');
const { basename, delimiter, extname, join, resolve } = require('node:path');
const { tmpdir } = require('node:os');

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, '.render');
// A private LibreOffice profile: works as root and without a desktop session, and never touches a user's profile.
const LO_PROFILE = 'file:///tmp/lo-profile-baocao';
const INSTALL_HINT = 'apt-get install libreoffice-writer-nogui poppler-utils';

function fail(message) {
  process.stderr.write(`render-docs: ${message}\n`);
  process.exit(1);
}

/** Whether `command` is an executable on PATH (looked up directly, so it works without a shell). */
function have(command) {
  return (process.env.PATH || '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function run(command, args, what) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.error) fail(`${what} failed: ${r.error.message}`);
  if (r.status !== 0) fail(`${what} failed (exit ${r.status}):\n${(r.stderr || r.stdout || '').trim()}`);
  return r;
}

/** The default input: a report built by the CLI from the repository's sample registers (samples/). */
function reportFromSamples() {
  const samples = resolve(ROOT, 'samples');
  const out = join(OUT, 'report.docx');
  if (existsSync(out)) unlinkSync(out); // so a failed run can't pass off the last report as this one's
  const args = ['bin/baocao.js', 'report', join(samples, 'households-merged.xlsx'), join(samples, 'awards-sectioned.xlsx'), '-o', out];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  // The CLI exits 1 when the registers have errors but still writes the report; only a missing file is fatal.
  if (!existsSync(out)) fail(`"baocao report" wrote no file (exit ${r.status}):\n${(r.stderr || '').trim()}\nTry: npm run render-docs -- --sample`);
  return out;
}

/** A small ReportDoc exercising every block type, rendered through the built renderer. */
async function sampleDocx() {
  const { reportToDocx } = require(join(ROOT, 'dist', 'io', 'docx.js'));
  const t = (text, style = {}) => [{ text, ...style }];
  const para = 'Tổ chức bình xét các danh hiệu văn hóa năm 2023, toàn xã có 1.139/1.216 hộ gia đình đạt danh hiệu Gia đình văn hóa (đạt 93,7%); 9/9 thôn đạt danh hiệu Thôn văn hóa.';
  const doc = {
    sections: [
      { id: 'van-hoa', title: 'Gia đình văn hóa', blocks: [
        { type: 'heading', level: 1, runs: t('I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA') },
        { type: 'heading', level: 2, runs: t('2. Kết quả phong trào thi đua') },
        { type: 'heading', level: 3, runs: t('a) Về phong trào thi đua') },
        { type: 'paragraph', runs: t(para) },
        { type: 'paragraph', runs: [{ text: 'Hộ nghèo: ' , italic: true }, { text: 'số hộ nghèo 31 hộ, tỷ lệ 2,20%; hộ cận nghèo 38 hộ, tỷ lệ 2,69%.' }] },
      ] },
      { id: 'cap-tren', title: 'Cấp trên khen thưởng', blocks: [
        { type: 'list', marker: '+', items: [
          t('Trường Tiểu học An Hòa được Chủ tịch UBND tỉnh tặng Cờ thi đua; 01 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.'),
          t('03 cá nhân được Chủ tịch UBND huyện tặng danh hiệu Lao động tiên tiến.'),
        ] },
      ] },
      { id: 'bang-thon', title: 'Bảng tổng hợp theo thôn', blocks: [{
        type: 'table', caption: t('Bảng 1. Kết quả bình xét theo thôn'),
        columns: [{ width: 1, align: 'center' }, { width: 4, align: 'left' }, { width: 2, align: 'right' }, { width: 2, align: 'right' }, { width: 2, align: 'right' }],
        header: [
          [{ runs: t('TT'), rowSpan: 2 }, { runs: t('Thôn'), rowSpan: 2 }, { runs: t('Số hộ'), colSpan: 2 }, { runs: t('Tỷ lệ'), rowSpan: 2 }],
          [{ runs: t('Tổng') }, { runs: t('GĐVH') }],
        ],
        rows: [
          { kind: 'group', cells: [{ runs: t('A. Thôn văn hóa') }] },
          ...['Đông', 'Tây', 'Nam', 'Bắc'].map((n, i) => ({ kind: 'data', cells: [
            { runs: t(String(i + 1)) }, { runs: t(`Thôn ${n}`) }, { runs: t(String(150 + i * 7)) }, { runs: t(String(140 + i * 6)) }, { runs: t(`9${i},${i}%`) },
          ] })),
          { kind: 'total', cells: [{ runs: t('Tổng cộng'), colSpan: 2 }, { runs: t('1.216') }, { runs: t('1.139') }, { runs: t('93,7%') }] },
        ],
      }] },
    ],
  };
  const out = join(OUT, 'sample.docx');
  writeFileSync(out, await reportToDocx(doc, { title: 'BÁO CÁO' }));
  return out;
}

/** A copy of `file` whose block content controls are replaced by their content (see the note at the top). */
async function withoutContentControls(file) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml').async('string');
  const unwrapped = xml
    .replace(/<w:sdt>\s*<w:sdtPr>[\s\S]*?<\/w:sdtPr>\s*(?:<w:sdtEndPr>[\s\S]*?<\/w:sdtEndPr>|<w:sdtEndPr\/>)?\s*<w:sdtContent>/g, '')
    .replace(/<\/w:sdtContent>\s*<\/w:sdt>/g, '');
  zip.file('word/document.xml', unwrapped);
  const dir = join(tmpdir(), 'baocao-render');
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, basename(file)); // same name, so the PDF is named after the input
  writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer' }));
  return copy;
}

async function main() {
  const missing = ['soffice', 'pdftoppm'].filter((c) => !have(c));
  if (missing.length) fail(`${missing.join(' and ')} not found. Install them with: ${INSTALL_HINT}`);
  mkdirSync(OUT, { recursive: true });

  const keepSdt = process.argv.includes('--keep-sdt');
  const arg = process.argv.slice(2).find((a) => a !== '--keep-sdt');
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const input = arg === '--sample' ? await sampleDocx() : arg ? resolve(process.env.INIT_CWD || process.cwd(), arg) : reportFromSamples();
  if (!existsSync(input)) fail(`no such file: ${input}`);
  if (extname(input).toLowerCase() !== '.docx') fail(`not a .docx file: ${input}`);

  const converted = keepSdt ? input : await withoutContentControls(input);
  run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, converted], 'LibreOffice conversion');
  const pdf = join(OUT, `${basename(input, extname(input))}.pdf`);
  if (!existsSync(pdf)) fail(`LibreOffice wrote no PDF for ${input}`);

  // Stale pages from a longer earlier document would otherwise be listed with the new ones.
  for (const f of readdirSync(OUT)) if (/^page-\d+\.png$/.test(f)) unlinkSync(join(OUT, f));
  run('pdftoppm', ['-png', '-r', '80', pdf, join(OUT, 'page')], 'pdftoppm');
  const pages = readdirSync(OUT).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => parseInt(a.slice(5), 10) - parseInt(b.slice(5), 10));
  process.stdout.write(`${pdf}\n${pages.map((f) => join(OUT, f)).join('\n')}\n`);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
