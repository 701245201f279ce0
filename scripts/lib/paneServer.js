// Serving the built pane (dist-pane/) as Office will load it: static files with their content types, the
// production Content-Security-Policy (scripts/lib/csp.js) as an HTTP header as well as in the pages' <meta> tag,
// X-Content-Type-Options: nosniff. Only GET and HEAD; nothing outside the folder (403); a malformed address is a
// 400 and a missing file a plain 404, never a stack trace. Used by `npm run serve` and the e2e harness.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { PRODUCTION_CSP } = require('./csp');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** The headers every answer carries. */
const COMMON_HEADERS = {
  'Content-Security-Policy': PRODUCTION_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

function plain(res, status, text, extra = {}) {
  const body = `${text}\n`;
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * The file under `dir` a request path names: `{ file }`, or `{ status }` (400 malformed, 403 outside `dir`).
 * The raw path is decoded once, so `%2e%2e%2f` is `../` and is caught like it.
 */
function resolveRequest(dir, rawUrl) {
  const raw = String(rawUrl ?? '/').split(/[?#]/)[0];
  if (!raw.startsWith('/')) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const root = path.resolve(dir);
  const file = path.resolve(root, '.' + decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 403 };
  return { file };
}

/** A request handler (http or https) serving the files under `dir`; `/` goes to /taskpane.html. */
function paneHandler(dir) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Chỉ GET và HEAD. — Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    const where = resolveRequest(dir, req.url);
    if (where.status === 400) return plain(res, 400, 'Địa chỉ sai. — Bad request.');
    if (where.status === 403) return plain(res, 403, 'Không được phép. — Forbidden.');
    if (where.file === path.resolve(dir)) {
      res.writeHead(302, { ...COMMON_HEADERS, Location: '/taskpane.html', 'Content-Length': 0 });
      res.end();
      return;
    }
    fs.stat(where.file, (err, st) => {
      if (err || !st.isFile()) return plain(res, 404, 'Không tìm thấy. — Not found.');
      res.writeHead(200, {
        ...COMMON_HEADERS,
        'Content-Type': CONTENT_TYPES[path.extname(where.file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': st.size,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(where.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    });
  };
}

module.exports = { CONTENT_TYPES, resolveRequest, paneHandler };
