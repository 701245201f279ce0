// https for the pane's servers (the dev server in vite.config.ts, `npm run serve`): the Office dev certificates.
//   - BAOCAO_CERT_DIR: ca.crt, localhost.crt and localhost.key from that folder, used as they are (nothing is
//     generated or installed; the tests use it with certificates of their own);
//   - else office-addin-dev-certs' getHttpsServerOptions(), which makes the certificates in ~/.office-addin-dev-certs
//     the first time and installs their CA as trusted (it needs admin rights for that);
//   - else, when the install failed but the files were made, those files (https works once the browser or Office is
//     told to trust the CA);
//   - else no https: the caller serves plain http, and `notes` say why and what to run.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** `{ ca, cert, key }` read from `dir` (ca.crt, localhost.crt, localhost.key), or null when one is missing. */
function readCertificates(dir) {
  try {
    return {
      ca: fs.readFileSync(path.join(dir, 'ca.crt')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
    };
  } catch {
    return null;
  }
}

const firstLine = (err) => String(err instanceof Error ? err.message : err).split('\n')[0];

/** What to say when there is no https (Vietnamese, then English). */
function httpNote(why, port) {
  return (
    `${why}\n` +
    `  Máy chủ chạy bằng http://localhost:${port} — Office (Excel/Word) chỉ nạp phần bổ trợ qua https; chạy\n` +
    '  "npx office-addin-dev-certs install" để có chứng chỉ, rồi chạy lại.\n' +
    `  Serving plain http://localhost:${port} — Office loads add-ins over https only; run\n` +
    '  "npx office-addin-dev-certs install" to get the certificates, then start again.'
  );
}

/**
 * `{ https, notes }`: the https options ({ ca, cert, key }) or undefined for plain http, and what to tell the user
 * (bilingual lines, empty when all is well). `port` only goes into the notes.
 */
async function devHttpsOptions({ port = 3000, env = process.env } = {}) {
  if (env.BAOCAO_CERT_DIR) {
    const https = readCertificates(env.BAOCAO_CERT_DIR);
    if (https) return { https, notes: [] };
    return { https: undefined, notes: [httpNote(`BAOCAO_CERT_DIR=${env.BAOCAO_CERT_DIR}: không có ca.crt, localhost.crt, localhost.key — they are not all there.`, port)] };
  }
  let err;
  try {
    const certs = require('office-addin-dev-certs');
    return { https: await certs.getHttpsServerOptions(), notes: [] };
  } catch (e) {
    err = e;
  }
  // The certificates are generated before the CA is installed: without admin rights (no sudo) the install fails
  // but the files are there, and https still works once the browser or Office is told to trust them.
  const https = readCertificates(CERT_DIR);
  if (https) {
    return {
      https,
      notes: [
        `https với chứng chỉ trong ${CERT_DIR}, nhưng máy chưa tin chứng chỉ gốc (CA) của nó.\n` +
          `  https with the certificates in ${CERT_DIR}, but this computer does not trust their CA yet:\n` +
          `  ${firstLine(err)}`,
      ],
    };
  }
  return { https: undefined, notes: [httpNote(`office-addin-dev-certs: ${firstLine(err)}`, port)] };
}

module.exports = { CERT_DIR, readCertificates, httpNote, devHttpsOptions };
