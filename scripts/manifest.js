#!/usr/bin/env node
// `npm run manifest`: the add-in's manifest for a server the clerks reach. manifest.xml names https://localhost:3000,
// the development address (`npm run serve`, `npm start`); with BAOCAO_BASE_URL=https://baocao.example.vn (or
// --base-url) this writes dist-pane/manifest.xml (or --out) with that origin in place of https://localhost:3000
// everywhere, then validates it as `npm run validate` does. `npm run build` runs it with --if-configured: it writes
// the production manifest when BAOCAO_BASE_URL is set and says how otherwise.
//
// The base URL is an origin — https, a host, a port if any — and nothing more: the pane's pages load /assets/… and
// /office/… from the root of their origin, so a path would break them; plain http, credentials, a query and this
// computer (localhost) are refused too, each with one line saying why.
//
//   node scripts/manifest.js [--base-url URL] [--out FILE] [--if-configured]
//
// Exit code: 0 written and valid (or, with --if-configured, nothing asked), 1 the written manifest is not valid,
// 2 bad usage or an unusable base URL.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const { validateManifest } = require('./validate-manifest');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'manifest.xml');
const DEFAULT_OUT = path.join(ROOT, 'dist-pane', 'manifest.xml');
/** The development origin manifest.xml names. */
const DEV_ORIGIN = 'https://localhost:3000';
const VARIABLE = 'BAOCAO_BASE_URL';

const USAGE = `Cách dùng / Usage: ${VARIABLE}=https://baocao.example.vn npm run manifest
  hoặc / or: node scripts/manifest.js --base-url https://baocao.example.vn [--out dist-pane/manifest.xml]
  Ghi manifest cho máy chủ thật (mặc định dist-pane/manifest.xml): mọi ${DEV_ORIGIN} trong manifest.xml thành địa chỉ
  đó, rồi kiểm tra. Địa chỉ: https, chỉ tên máy (và cổng), không đường dẫn.
  Writes the manifest for the real server (default dist-pane/manifest.xml): every ${DEV_ORIGIN} of manifest.xml
  becomes that address, then it is validated. The address: https, a host (and port) only, no path.`;

/** An Error printed as its message alone. */
function refusal(message) {
  const e = new Error(message);
  e.refusal = true;
  return e;
}

/** The origin a production base URL names, or throws a refusal saying what is wrong with it. */
function productionOrigin(raw) {
  const value = String(raw ?? '').trim();
  if (!value) throw refusal(`${VARIABLE} trống. — ${VARIABLE} is empty.`);
  let u;
  try {
    u = new URL(value);
  } catch {
    throw refusal(`${VARIABLE}="${value}" không phải địa chỉ đầy đủ (ví dụ https://baocao.example.vn). — "${value}" is not an absolute URL (e.g. https://baocao.example.vn).`);
  }
  if (u.protocol !== 'https:') {
    throw refusal(`${VARIABLE}="${value}" phải dùng https: Office chỉ nạp phần bổ trợ qua https. — "${value}" must use https: Office loads add-ins over https only.`);
  }
  if (u.username || u.password) throw refusal(`${VARIABLE}="${value}" không được chứa tên đăng nhập hay mật khẩu. — "${value}" must not hold a user name or password.`);
  if (u.pathname !== '/' || u.search || u.hash) {
    throw refusal(
      `${VARIABLE}="${value}": chỉ tên máy (và cổng), không đường dẫn: ngăn tác vụ nằm ở gốc của địa chỉ (/assets/, /office/). — only a host (and port), no path, query or fragment: the pane is served from the root of its origin (/assets/, /office/).`,
    );
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0') {
    throw refusal(`${VARIABLE}="${value}" là chính máy này; manifest.xml đã dành cho việc phát triển trên máy. — "${value}" is this computer; manifest.xml already serves development here.`);
  }
  return u.origin;
}

/** manifest.xml's text with every development origin replaced by `origin`. */
function productionManifest(text, origin) {
  if (!text.includes(DEV_ORIGIN)) throw refusal(`manifest.xml không có ${DEV_ORIGIN} để thay. — manifest.xml holds no ${DEV_ORIGIN} to replace.`);
  const out = text.split(DEV_ORIGIN).join(origin);
  if (/localhost/i.test(out)) throw refusal('manifest.xml còn nhắc tới localhost ngoài https://localhost:3000. — manifest.xml names localhost other than as https://localhost:3000.');
  return out;
}

function parseArgs(argv) {
  const opts = { baseUrl: undefined, out: DEFAULT_OUT, ifConfigured: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (flag) => {
      const v = a === flag ? argv[++i] : a.slice(flag.length + 1);
      if (v === undefined || v === '') throw refusal(`${flag}: thiếu giá trị. — ${flag} needs a value.`);
      return v;
    };
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--if-configured') opts.ifConfigured = true;
    else if (a === '--base-url' || a.startsWith('--base-url=')) opts.baseUrl = value('--base-url');
    else if (a === '--out' || a.startsWith('--out=')) opts.out = path.resolve(value('--out'));
    else throw refusal(`Không hiểu "${a}". — Unknown argument "${a}".`);
  }
  return opts;
}

async function main(argv, env = process.env) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const raw = opts.baseUrl ?? env[VARIABLE];
  if (raw === undefined || raw === '') {
    if (opts.ifConfigured) {
      console.log(`manifest.xml: ${DEV_ORIGIN} (phát triển / development). ${VARIABLE}=https://… npm run manifest: manifest cho máy chủ thật — for the real server.`);
      return 0;
    }
    console.error(`Chưa có địa chỉ máy chủ. — No server address given.\n\n${USAGE}`);
    return 2;
  }
  let text;
  try {
    text = productionManifest(fs.readFileSync(SOURCE, 'utf8'), productionOrigin(raw));
  } catch (e) {
    if (!e.refusal) throw e;
    console.error(e.message);
    return 2;
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, text);
  const shown = path.relative(process.cwd(), opts.out) || opts.out;
  const { problems, errors } = await validateManifest(opts.out, { root: ROOT });
  for (const p of problems) (p.severity === 'error' ? console.error : console.log)(`${shown}${p.line ? `:${p.line}:${p.col}` : ''}: ${p.severity}: ${p.message}`);
  if (errors) {
    console.error(`${shown}: ${errors} lỗi — ${errors} error${errors === 1 ? '' : 's'}: không dùng được. — not usable.`);
    return 1;
  }
  console.log(`${shown}: manifest cho ${new URL(productionOrigin(raw)).host} — the manifest for ${productionOrigin(raw)} (valid).`);
  return 0;
}

module.exports = { DEV_ORIGIN, productionOrigin, productionManifest };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
