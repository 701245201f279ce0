// What the built pane ships (scripts/lib/paneBundle.js): no source maps, and one copy of each big library. The
// first tests check the measuring on a made-up folder; the last ones build dist-pane/ when stale (as `npm test`'s
// globalSetup does) and check the real one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensurePaneBuilt, ROOT } from '../../scripts/lib/paneBuild';
import { LIBRARY_MARKERS, paneBundle, reachableChunks } from '../../scripts/lib/paneBundle';

describe('paneBundle on a made-up folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-bundle-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(rel: string, text: string) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }

  test('finds map files and sourceMappingURL comments, and counts office/ apart', () => {
    write('taskpane.html', '<script type="module" src="/assets/a.js"></script>');
    write('assets/a.js', 'console.log(1);\n//# sourceMappingURL=a.js.map\n');
    write('assets/a.js.map', '{}');
    write('assets/b.js', 'export const b = 2;');
    write('office/office.js', 'var Office = {};');
    const b = paneBundle(dir);
    expect(b.maps).toEqual(['assets/a.js.map']);
    expect(b.mapComments).toEqual(['assets/a.js']);
    expect(b.js.map((f) => f.file).sort()).toEqual(['assets/a.js', 'assets/b.js']);
    expect(b.jsBytes).toBe(fs.statSync(path.join(dir, 'assets/a.js')).size + 'export const b = 2;'.length);
    expect(b.officeJsBytes).toBe('var Office = {};'.length);
  });

  test('a library in two files is found in both', () => {
    write('assets/main.js', 'x.a="__reactFiber$"+k; var T={t:"z"};T.c=[{a:"SheetJSYLK"}];');
    write('assets/worker.js', 'c=[{a:"SheetJSYLK",t:S}]; C.creator=C.creator||"ExcelJS";');
    const b = paneBundle(dir);
    expect(b.libraries['@e965/xlsx'].sort()).toEqual(['assets/main.js', 'assets/worker.js']);
    expect(b.libraries['react-dom']).toEqual(['assets/main.js']);
    expect(b.libraries.exceljs).toEqual(['assets/worker.js']);
    expect(b.libraries.docx).toEqual([]);
  });
});

describe('the built pane (dist-pane/)', () => {
  const DIST = path.join(ROOT, 'dist-pane');
  let b: ReturnType<typeof paneBundle>;
  beforeAll(() => {
    ensurePaneBuilt({ log: (m: string) => process.stderr.write(`${m}\n`) });
    b = paneBundle(DIST);
  }, 300_000);

  test('ships no source maps and no sourceMappingURL comment', () => {
    expect(b.js.length).toBeGreaterThan(0);
    expect(b.maps).toEqual([]);
    expect(b.mapComments).toEqual([]);
  });

  test('holds each big library in exactly one file', () => {
    const where = (name: string) => b.libraries[name];
    for (const name of Object.keys(LIBRARY_MARKERS)) {
      if (name === 'jszip') continue;
      expect({ name, files: where(name) }).toEqual({ name, files: [expect.any(String)] });
    }
    // exceljs's prebuilt browser bundle carries its own JSZip; the jszip package itself is bundled once besides it.
    const exceljsFile = where('exceljs')[0];
    expect(where('jszip').filter((f) => f !== exceljsFile)).toHaveLength(1);
  });

  test("the workbook readers are loaded by the worker's chunks only, never by the page's", () => {
    const entry = b.js.find((f) => /^assets\/taskpane-[\w-]+\.js$/.test(f.file))?.file ?? '';
    const worker = b.js.find((f) => /\.worker-[\w-]+\.js$/.test(f.file))?.file ?? '';
    expect(entry).not.toBe('');
    expect(worker).not.toBe('');
    const page = reachableChunks(DIST, entry, (f) => f === worker);
    const inWorker = reachableChunks(DIST, worker);
    for (const reader of [...b.libraries.exceljs, ...b.libraries['@e965/xlsx']]) {
      expect({ reader, loadedByPage: page.includes(reader) }).toEqual({ reader, loadedByPage: false });
      expect(inWorker).toContain(reader);
    }
    // What the page does load itself: React, and docx for the report download.
    expect(page).toEqual(expect.arrayContaining([...b.libraries['react-dom'], ...b.libraries.docx]));
  });
});
