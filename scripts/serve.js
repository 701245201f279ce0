#!/usr/bin/env node
// `npm run serve`: serves the BUILT task pane (dist-pane/) at the manifest's address, https://localhost:3000, as
// Office will load it. Builds dist-pane/ first when it is missing or older than its sources. Static files only,
// with the production Content-Security-Policy as an HTTP header too (scripts/lib/paneServer.js), over https with the
// Office dev certificates (scripts/lib/devCerts.js: office-addin-dev-certs), or plain http with a note when none can
// be had. Ctrl+C (SIGINT) or SIGTERM stops it.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');
const { ensurePaneBuilt, paneStaleness, ROOT } = require('./lib/paneBuild');
const { devHttpsOptions } = require('./lib/devCerts');
const { paneHandler } = require('./lib/paneServer');

const DIST = path.join(ROOT, 'dist-pane');
const MANIFEST_PORT = 3000;

const USAGE = `Cách dùng / Usage: npm run serve -- [--port <n>] [--http] [--no-build]
  Phục vụ ngăn tác vụ đã dựng (dist-pane/) tại https://localhost:${MANIFEST_PORT}, địa chỉ trong manifest.xml;
  dựng lại trước nếu dist-pane/ thiếu hoặc cũ hơn mã nguồn.
  Serves the built task pane (dist-pane/) at https://localhost:${MANIFEST_PORT}, the address in manifest.xml;
  builds it first when dist-pane/ is missing or older than its sources.
  --port <n>   cổng khác (0: cổng trống bất kỳ) — another port (0: any free port); Office wants ${MANIFEST_PORT}
  --http       http, không https — plain http, no certificates
  --no-build   không dựng; chỉ báo khi dist-pane/ cũ — never build; only say when dist-pane/ is stale
  BAOCAO_CERT_DIR=<thư mục/folder>  ca.crt, localhost.crt, localhost.key to use instead of office-addin-dev-certs'
  Ctrl+C: dừng / stops.`;

function parseArgs(argv) {
  const opts = { port: MANIFEST_PORT, http: false, build: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--http') opts.http = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--port' || a.startsWith('--port=')) {
      const v = a === '--port' ? argv[++i] : a.slice('--port='.length);
      if (!/^\d+$/.test(v ?? '') || Number(v) > 65535) throw new Error(`--port: "${v ?? ''}" không phải số cổng — is not a port number`);
      opts.port = Number(v);
    } else throw new Error(`Không hiểu "${a}" — unknown argument "${a}"`);
  }
  return opts;
}

/** Listens on 127.0.0.1 and, when the machine has it, ::1 (localhost may be either), on the same port. */
async function listen(makeServer, port) {
  const first = makeServer();
  await new Promise((resolve, reject) => {
    first.once('error', reject);
    first.listen(port, '127.0.0.1', resolve);
  });
  const actual = first.address().port;
  const servers = [first];
  const second = makeServer();
  try {
    await new Promise((resolve, reject) => {
      second.once('error', reject);
      second.listen(actual, '::1', resolve);
    });
    servers.push(second);
  } catch (e) {
    if (e.code === 'EADDRINUSE') console.warn(`[::1]:${actual} đang bận; chỉ 127.0.0.1. — [::1]:${actual} is in use; serving on 127.0.0.1 only.`);
  }
  return { servers, port: actual };
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

  if (opts.build) {
    ensurePaneBuilt({ log: (m) => console.log(m) });
  } else {
    const { stale, why } = paneStaleness(ROOT);
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
      console.error('Chưa dựng ngăn: chạy "npm run build:pane". — The pane is not built: run "npm run build:pane".');
      return 1;
    }
    if (stale) console.warn(`dist-pane/ cũ (${why}): chạy "npm run build:pane". — dist-pane/ is stale (${why}): run "npm run build:pane".`);
  }

  let tls;
  if (!opts.http) {
    const { https: options, notes } = await devHttpsOptions({ port: opts.port });
    for (const note of notes) console.warn(`\n${note}\n`);
    tls = options;
  }
  const handler = paneHandler(DIST);
  const makeServer = () => (tls ? https.createServer(tls, handler) : http.createServer(handler));
  let bound;
  try {
    bound = await listen(makeServer, opts.port);
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      console.error(`Cổng ${opts.port} đang bận (npm start hay npm run serve đang chạy?). — Port ${opts.port} is in use (is npm start or npm run serve running?).`);
      return 1;
    }
    throw e;
  }
  const url = `${tls ? 'https' : 'http'}://localhost:${bound.port}/taskpane.html`;
  console.log(`Báo cáo xã: ${url}`);
  console.log('  Ngăn tác vụ đã dựng (dist-pane/). Ctrl+C: dừng. — The built task pane (dist-pane/). Ctrl+C stops it.');
  if (bound.port !== MANIFEST_PORT) console.log(`  manifest.xml trỏ tới cổng ${MANIFEST_PORT}. — manifest.xml points at port ${MANIFEST_PORT}.`);

  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: dừng máy chủ. — ${signal}: stopping the server.`);
      let open = bound.servers.length;
      for (const s of bound.servers) {
        s.close(() => {
          if (--open === 0) resolve(0);
        });
        s.closeAllConnections();
      }
      setTimeout(() => resolve(0), 3000).unref();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
