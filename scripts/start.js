#!/usr/bin/env node
// `npm start`: runs the pane's dev server (vite, https://localhost:3000 with the Office dev certificates, hot reload
// from src/) and, where Excel for Windows or Mac is installed and the office-addin-debugging tool is at hand
// (globally, or on PATH — it is not a dependency: it pulls keytar), sideloads manifest.xml into it. Otherwise it
// prints, in Vietnamese then English, the address of the pane and how to sideload it in Excel on the web.
// Ctrl+C (SIGINT) or SIGTERM stops it and the dev server with it: vite runs in a process group of its own, which is
// signalled as a whole and waited for (killed after 5 s), so no server is left holding the port.
// `npm start -- --help` for the options; BAOCAO_NO_SIDELOAD=1 never sideloads, BAOCAO_DEV_HTTP=1 serves plain http.
// The built pane, as Office will load it in production, is `npm run serve` (scripts/serve.js).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const tls = require('node:tls');

const ROOT = path.join(__dirname, '..');
const MANIFEST_PORT = 3000;
const MANIFEST = path.join(ROOT, 'manifest.xml');
/** POSIX: vite gets a process group of its own, signalled as a whole. Windows has no groups (and a detached child
 * would get a console window of its own). */
const GROUPS = process.platform !== 'win32';

const USAGE = `Cách dùng / Usage: npm start [-- --port <n>]
  Chạy máy chủ phát triển của ngăn tác vụ (vite) tại https://localhost:${MANIFEST_PORT} (sửa src/ là thấy ngay) và, nếu có
  Excel trên Windows/Mac cùng office-addin-debugging, nạp manifest.xml vào Excel; nếu không, in cách nạp vào Excel
  trên web. Ctrl+C: dừng cả máy chủ.
  Runs the task pane's dev server (vite) at https://localhost:${MANIFEST_PORT} (edits in src/ show at once) and, where
  Excel for Windows/Mac and office-addin-debugging are installed, sideloads manifest.xml into Excel; otherwise it
  prints how to sideload in Excel on the web. Ctrl+C stops it, dev server included.
  --port <n>           another port (manifest.xml points at ${MANIFEST_PORT})
  BAOCAO_NO_SIDELOAD=1 never sideload, only print the address
  BAOCAO_DEV_HTTP=1    plain http, no certificates
  The built pane, as in production: npm run serve.`;

function parseArgs(argv) {
  const opts = { port: MANIFEST_PORT, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--port' || a.startsWith('--port=')) {
      const v = a === '--port' ? argv[++i] : a.slice('--port='.length);
      if (!/^\d+$/.test(v ?? '') || Number(v) < 1 || Number(v) > 65535) throw new Error(`--port: "${v ?? ''}" không phải số cổng — is not a port number`);
      opts.port = Number(v);
    } else throw new Error(`Không hiểu "${a}" — unknown argument "${a}"`);
  }
  return opts;
}

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

/** Sends `signal` to vite's process group (to vite alone on Windows); quiet when it is gone already. */
function signalServer(server, signal) {
  try {
    if (GROUPS) process.kill(-server.pid, signal);
    else server.kill(signal);
  } catch {
    // gone already
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const PORT = opts.port;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) {
    console.error('Chưa cài Vite: chạy "npm ci" trước. — Vite is not installed: run "npm ci" first.');
    return 1;
  }
  if (await portOpen(PORT)) {
    console.error(`Cổng ${PORT} đang bận (máy chủ đã chạy?). — Port ${PORT} is in use (is the dev server already running?).`);
    return 1;
  }
  // In a group of its own, vite is not in the terminal's foreground group: it gets no stdin (reading it would stop
  // it), and Ctrl+C reaches it through the handlers below.
  const server = spawn(process.execPath, [vite, '--port', String(PORT)], { cwd: ROOT, stdio: GROUPS ? ['ignore', 'inherit', 'inherit'] : 'inherit', detached: GROUPS });
  let serverExit = null;
  const exited = new Promise((resolve) =>
    server.on('exit', (code, signal) => {
      serverExit = code ?? (signal ? 1 : 0);
      resolve(serverExit);
    }),
  );
  // Whatever ends this process, the group goes with it.
  process.on('exit', () => {
    if (serverExit === null) signalServer(server, 'SIGKILL');
  });
  let sideload = null;
  let stopping = null;
  const stop = (sig) => {
    if (stopping) {
      signalServer(server, 'SIGKILL'); // a second Ctrl+C: at once
      return stopping;
    }
    console.log(`\n${sig}: dừng máy chủ phát triển… — ${sig}: stopping the dev server…`);
    signalServer(server, sig);
    if (sideload && sideload.exitCode === null) sideload.kill(sig);
    const timer = setTimeout(() => signalServer(server, 'SIGKILL'), 5000);
    stopping = exited.then(() => {
      clearTimeout(timer);
      // vite is gone; anything it started in its group goes too.
      signalServer(server, 'SIGKILL');
      return 0;
    });
    return stopping;
  };
  const stopped = new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(sig).then(resolve));
  });

  // Wait for the server (the certificates can take a while to be made the first time).
  const deadline = Date.now() + 120_000;
  while (serverExit === null && !stopping && !(await portOpen(PORT))) {
    if (Date.now() > deadline) {
      console.error(`Máy chủ không mở cổng ${PORT} sau 2 phút. — The dev server did not open port ${PORT} within 2 minutes.`);
      return stop('SIGTERM').then(() => 1);
    }
    await sleep(300);
  }
  if (stopping) return stopped;
  if (serverExit !== null) return serverExit || 1;

  const https = await speaksTls(PORT);
  const url = `${https ? 'https' : 'http'}://localhost:${PORT}/taskpane.html`;
  const excel = process.env.BAOCAO_NO_SIDELOAD === '1' ? null : desktopExcel();
  const tool = excel && officeAddinDebugging();
  if (excel && tool) {
    console.log(`\nNạp phần bổ trợ vào Excel (${excel}) bằng office-addin-debugging… — Sideloading into Excel with office-addin-debugging…\n`);
    const args = ['start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(PORT)];
    // A .cmd needs a shell on Windows; quote the paths, which may hold spaces.
    const win = process.platform === 'win32';
    sideload = win
      ? spawn(`"${tool}"`, args.map((a) => `"${a}"`), { cwd: ROOT, stdio: 'inherit', shell: true })
      : spawn(tool, args, { cwd: ROOT, stdio: 'inherit' });
    sideload.on('exit', (code) => {
      if (code && !stopping) {
        console.error(`office-addin-debugging kết thúc với mã ${code}; xem cách nạp thủ công dưới đây. — office-addin-debugging exited with code ${code}; see the manual steps below.`);
        printSideloadHelp(url, https);
      }
    });
  } else {
    if (excel) console.log('\n(Có Excel trên máy nhưng không có office-addin-debugging: "npm i -g office-addin-debugging" để tự nạp. — Excel is installed but office-addin-debugging is not: "npm i -g office-addin-debugging" sideloads automatically.)');
    printSideloadHelp(url, https);
  }
  // Until Ctrl+C / SIGTERM (exit code 0), or until the dev server ends by itself (its exit code).
  return Promise.race([stopped, exited.then((code) => (stopping ? stopped : code))]);
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
