// What the built pane (dist-pane/) ships: its JavaScript by file and size (the copied Office.js in office/ counted
// apart), any source map or sourceMappingURL comment left in it, and in which files each big library sits, found by
// strings only that library's code holds (they survive minification). Used by tests/scripts/paneBundle.test.ts;
// which chunks a chunk loads. `node scripts/lib/paneBundle.js [dir]` prints the figures for dist-pane/ (or dir).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** Strings found only in each library's code, minified or not. */
const LIBRARY_MARKERS = {
  exceljs: [/\|\|["'`]ExcelJS["'`]/],
  docx: ['XMLComponent did not format correctly'],
  jszip: ['has been removed in JSZip 3.0'],
  '@e965/xlsx': ['SheetJSYLK'],
  'react-dom': ['__reactFiber$'],
};

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

const holds = (text, marker) => (typeof marker === 'string' ? text.includes(marker) : marker.test(text));

/**
 * The figures of a built pane folder: `js` (the pane's own .js files, not office/, with their bytes), `jsBytes`,
 * `officeBytes` (every file under office/), `officeJsBytes`, `totalBytes` (the whole folder), `maps` (*.map files),
 * `mapComments` (files with a sourceMappingURL comment), `libraries` (name → the .js files holding it).
 */
function paneBundle(dir) {
  const files = listFiles(dir);
  const size = (rel) => fs.statSync(path.join(dir, rel)).size;
  const inOffice = (rel) => rel.startsWith('office/');
  const js = files.filter((f) => /\.m?js$/.test(f) && !inOffice(f)).map((file) => ({ file, bytes: size(file) }));
  const libraries = Object.fromEntries(Object.keys(LIBRARY_MARKERS).map((name) => [name, []]));
  for (const { file } of js) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [name, markers] of Object.entries(LIBRARY_MARKERS)) if (markers.some((m) => holds(text, m))) libraries[name].push(file);
  }
  const mapComments = files.filter((f) => /\.(m?js|css|html)$/.test(f) && /[#@]\s*sourceMappingURL=/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  const sum = (list) => list.reduce((n, f) => n + size(f), 0);
  return {
    js,
    jsBytes: js.reduce((n, f) => n + f.bytes, 0),
    officeBytes: sum(files.filter(inOffice)),
    officeJsBytes: sum(files.filter((f) => inOffice(f) && f.endsWith('.js'))),
    totalBytes: sum(files),
    maps: files.filter((f) => f.endsWith('.map')),
    mapComments,
    libraries,
  };
}

/**
 * The .js files reachable from `start` (a path under `dir`), following every other .js file of the pane whose name
 * the code mentions (static and dynamic imports, preload lists, worker URLs); `stop(file)` ones are not entered.
 */
function reachableChunks(dir, start, stop = () => false) {
  const names = new Map(paneBundle(dir).js.map((f) => [path.basename(f.file), f.file]));
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const text = fs.readFileSync(path.join(dir, queue.shift()), 'utf8');
    for (const [name, file] of names) {
      if (seen.has(file) || !text.includes(name)) continue;
      seen.add(file);
      if (!stop(file)) queue.push(file);
    }
  }
  return [...seen];
}

module.exports = { LIBRARY_MARKERS, paneBundle, reachableChunks };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'dist-pane'));
  const b = paneBundle(dir);
  const n = (x) => x.toLocaleString('en-US');
  for (const f of [...b.js].sort((a, c) => c.bytes - a.bytes)) console.log(`${n(f.bytes).padStart(12)}  ${f.file}`);
  console.log(`${n(b.jsBytes).padStart(12)}  JavaScript of the pane (without office/)`);
  console.log(`${n(b.officeJsBytes).padStart(12)}  JavaScript in office/ (Office.js, copied)`);
  console.log(`${n(b.jsBytes + b.officeJsBytes).padStart(12)}  JavaScript in all`);
  console.log(`${n(b.officeBytes).padStart(12)}  office/ (every file)`);
  console.log(`${n(b.totalBytes).padStart(12)}  ${path.relative(process.cwd(), dir) || dir} (every file)`);
  console.log(`source maps: ${b.maps.length} files, sourceMappingURL comments in ${b.mapComments.length}`);
  for (const [name, where] of Object.entries(b.libraries)) console.log(`${name}: ${where.join(', ') || '(none)'}`);
}
