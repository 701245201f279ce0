#!/usr/bin/env node
// `npm start`: runs the pane's dev server (https://localhost:3000) and, where Excel for Windows or Mac is installed
// and the office-addin-debugging tool is at hand (globally, or on PATH — it is not a dependency: it pulls keytar),
// sideloads manifest.xml into it. Otherwise it prints, in Vietnamese then English, the address of the pane and how
// to sideload it in Excel on the web. Ctrl+C stops the server.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const tls = require('node:tls');

const ROOT = path.join(__dirname, '..');
const PORT = 3000;
const MANIFEST = path.join(ROOT, 'manifest.xml');

/** Where desktop Excel is, or null (Linux, or not installed). */
function desktopExcel() {
  if (process.platform === 'darwin') {
    const app = '/Applications/Microsoft Excel.app';
    return fs.existsSync(app) ? app : null;
  }
  if (process.platform === 'win32') {
    const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)'], process.env.ProgramW6432].filter(Boolean);
    for (const r of roots) {
      for (const v of ['root\\Office16', 'Office16', 'root\\Office15', 'Office15']) {
        const exe = path.join(r, 'Microsoft Office', v, 'EXCEL.EXE');
        if (fs.existsSync(exe)) return exe;
      }
    }
  }
  return null;
}

/** The office-addin-debugging command on PATH (a global install) or in node_modules/.bin, or null. */
function officeAddinDebugging() {
  const names = process.platform === 'win32' ? ['office-addin-debugging.cmd', 'office-addin-debugging.exe'] : ['office-addin-debugging'];
  const dirs = [path.join(ROOT, 'node_modules', '.bin'), ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  for (const d of dirs) {
    for (const n of names) {
      const f = path.join(d, n);
      if (fs.existsSync(f)) return f;
    }
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: 'localhost', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** Whether the server on the port speaks TLS. */
function speaksTls(port) {
  return new Promise((resolve) => {
    const s = tls.connect({ host: 'localhost', port, rejectUnauthorized: false, servername: 'localhost' }, () => {
      s.destroy();
      resolve(true);
    });
    s.setTimeout(3000, () => {
      s.destroy();
      resolve(false);
    });
    s.on('error', () => resolve(false));
  });
}

function printSideloadHelp(url, https) {
  const manifest = path.relative(process.cwd(), MANIFEST) || 'manifest.xml';
  const lines = [
    '',
    `Ngăn tác vụ Báo cáo xã: ${url}`,
    '  Mở địa chỉ trên trong trình duyệt để xem ngăn với dữ liệu mẫu (không cần Office).',
    '  Cài vào Excel trên web: mở một sổ Excel › Trang đầu › Phần bổ trợ › Phần bổ trợ khác ›',
    `  Tải lên phần bổ trợ của tôi › chọn ${manifest}.`,
    '  Word trên web: làm như trên trong một tài liệu Word.',
    ...(https ? [] : ['  Lưu ý: máy chủ đang chạy http; Office chỉ nạp phần bổ trợ qua https (xem README, mục sideload).']),
    '',
    `Báo cáo xã task pane: ${url}`,
    '  Open that address in a browser to see the pane with sample data (no Office needed).',
    '  Sideload in Excel on the web: open a workbook › Home › Add-ins › More Add-ins ›',
    `  Upload My Add-in › choose ${manifest}.`,
    '  Word on the web: the same, in a document.',
    ...(https ? [] : ['  Note: the server runs plain http; Office loads add-ins over https only (see the README, sideload section).']),
    '',
    'Ctrl+C: dừng máy chủ / stops the server.',
    '',
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) {
    console.error('Chưa cài Vite: chạy "npm ci" trước. — Vite is not installed: run "npm ci" first.');
    return 1;
  }
  if (await portOpen(PORT)) {
    console.error(`Cổng ${PORT} đang bận (máy chủ đã chạy?). — Port ${PORT} is in use (is the dev server already running?).`);
    return 1;
  }
  const server = spawn(process.execPath, [vite, '--port', String(PORT)], { cwd: ROOT, stdio: 'inherit' });
  let serverExit = null;
  const exited = new Promise((resolve) =>
    server.on('exit', (code, signal) => {
      serverExit = code ?? (signal ? 1 : 0);
      resolve(serverExit);
    }),
  );
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));

  // Wait for the server (the certificates can take a while to be made the first time).
  const deadline = Date.now() + 120_000;
  while (serverExit === null && !(await portOpen(PORT))) {
    if (Date.now() > deadline) {
      console.error(`Máy chủ không mở cổng ${PORT} sau 2 phút. — The dev server did not open port ${PORT} within 2 minutes.`);
      server.kill();
      return 1;
    }
    await sleep(300);
  }
  if (serverExit !== null) return serverExit || 1;

  const https = await speaksTls(PORT);
  const url = `${https ? 'https' : 'http'}://localhost:${PORT}/taskpane.html`;
  const excel = desktopExcel();
  const tool = excel && officeAddinDebugging();
  if (excel && tool) {
    console.log(`\nNạp phần bổ trợ vào Excel (${excel}) bằng office-addin-debugging… — Sideloading into Excel with office-addin-debugging…\n`);
    const args = ['start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(PORT)];
    // A .cmd needs a shell on Windows; quote the paths, which may hold spaces.
    const win = process.platform === 'win32';
    const sideload = win
      ? spawn(`"${tool}"`, args.map((a) => `"${a}"`), { cwd: ROOT, stdio: 'inherit', shell: true })
      : spawn(tool, args, { cwd: ROOT, stdio: 'inherit' });
    sideload.on('exit', (code) => {
      if (code) {
        console.error(`office-addin-debugging kết thúc với mã ${code}; xem cách nạp thủ công dưới đây. — office-addin-debugging exited with code ${code}; see the manual steps below.`);
        printSideloadHelp(url, https);
      }
    });
  } else {
    if (excel) console.log('\n(Có Excel trên máy nhưng không có office-addin-debugging: "npm i -g office-addin-debugging" để tự nạp. — Excel is installed but office-addin-debugging is not: "npm i -g office-addin-debugging" sideloads automatically.)');
    printSideloadHelp(url, https);
  }
  return exited;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
