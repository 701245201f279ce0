// The middleware vite.config.ts puts in front of the dev server (`npm run dev-server`, `npm start`) and of
// `vite preview`: every answer carries the Content-Security-Policy (scripts/lib/csp.js) as an HTTP header as well as
// the pages' <meta> tag, and X-Content-Type-Options: nosniff; an address that does not decode (`/%E0%A4%A`,
// `/office/%`) or holds a NUL is a plain 400 before Vite sees it, never a 500 with a stack trace; and, in dev mode,
// `/office/*` and `/assets/*` are served from folders of the project (Office.js from node_modules, the icons).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** The request's path decoded once, or null when it is malformed (bad percent-encoding, a NUL, not absolute). */
function decodedPath(rawUrl) {
  const raw = String(rawUrl ?? '/').split(/[?#]/)[0];
  if (!raw.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/**
 * A connect middleware: `csp` is the policy sent as a header on every answer; `mounts` are
 * `{ prefix: '/office/', dir, wanted(rel), alias?(rel), contentTypes }` served for GET and HEAD (anything else goes on
 * to `next()`: Vite).
 */
function paneDevMiddleware({ csp, mounts = [], contentTypes = {} }) {
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const url = decodedPath(req.url);
    if (url === null) {
      const body = 'Địa chỉ sai. — Bad request.\n';
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    for (const m of mounts) {
      if (!url.startsWith(m.prefix)) continue;
      const rel = m.alias ? m.alias(url.slice(m.prefix.length)) : url.slice(m.prefix.length);
      const dir = path.resolve(m.dir);
      const file = path.resolve(dir, rel);
      if (!file.startsWith(dir + path.sep) || !m.wanted(rel)) break;
      let st;
      try {
        st = fs.statSync(file);
      } catch {
        break;
      }
      if (!st.isFile()) break;
      res.writeHead(200, {
        'Content-Type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': st.size,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      return;
    }
    next();
  };
}

module.exports = { decodedPath, paneDevMiddleware };
