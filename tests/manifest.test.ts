// The offline manifest check (scripts/validate-manifest.js), run as `npm run validate` runs it: on the real
// manifest, and on broken copies written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SCRIPT = join(ROOT, 'scripts', 'validate-manifest.js');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'baocao-manifest-'));

function check(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Writes the real manifest with one change to the temporary folder, and checks it against this project's files. */
function checkBroken(name: string, from: string | RegExp, to: string) {
  const broken = MANIFEST.replace(from, to);
  expect(broken).not.toBe(MANIFEST);
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, broken);
  return check([file, '--root', ROOT]);
}

describe('validate-manifest', () => {
  test('the real manifest passes', () => {
    const r = check([]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/manifest\.xml: 0 errors, \d+ warnings? .* — OK/);
    expect(r.code).toBe(0);
  });

  test('a resid with no resource fails, naming the resid, the kind and the line', () => {
    const r = checkBroken('missing-resid', 'resid="Button.Tooltip.Word"', 'resid="Button.Tooltip.Missing"');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing-resid\.xml:\d+:\d+: error: .*resid "Button\.Tooltip\.Missing" is not defined in Resources › LongStrings/);
    expect(r.err).toMatch(/1 error, /);
  });

  test('a resid of the wrong kind fails', () => {
    const r = checkBroken('wrong-kind', '<Title resid="GetStarted.Title"/>', '<Title resid="Help.Url"/>');
    expect(r.code).toBe(1);
    expect(r.err).toContain('resid "Help.Url" is not defined in Resources › ShortStrings (it is in Urls, the wrong kind)');
  });

  test('XML that is not well-formed fails with its position', () => {
    const r = checkBroken('not-well-formed', '</Permissions>', '</Permission>');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not-well-formed\.xml:\d+:\d+: error: not well-formed XML/);
  });

  test('elements out of schema order, http URLs, wrong icon sizes and a missing host fail', () => {
    const r = checkBroken(
      'several',
      /<Version>0\.1\.0\.0<\/Version>\s*<ProviderName>(.*?)<\/ProviderName>/,
      '<ProviderName>$1</ProviderName><Version>0.1.0.0</Version>',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('<Version> is out of order');

    const http = checkBroken('http', 'DefaultValue="https://localhost:3000/help.html"/>', 'DefaultValue="http://localhost:3000/help.html"/>');
    expect(http.code).toBe(1);
    expect(http.err).toContain('"http://localhost:3000/help.html" must use https');

    const size = checkBroken('icon-size', 'id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"');
    expect(size.code).toBe(1);
    expect(size.err).toContain('assets/icon-64.png is 64×64 px, expected 80×80');

    const word = checkBroken('no-word', /<Host xsi:type="Document">[\s\S]*?<\/Host>/, '');
    expect(word.code).toBe(1);
    expect(word.err).toContain('no <Host xsi:type="Document"> (Word)');
  });

  test('one application\'s requirement set, with both hosts declared, fails: the add-in would vanish from the other', () => {
    const excel = checkBroken('excel-set', '<Set Name="Settings" MinVersion="1.1"/>', '<Set Name="Settings" MinVersion="1.1"/><Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(excel.code).toBe(1);
    expect(excel.err).toContain('Requirements: ExcelApi is Excel\'s alone, so the add-in would not be available in Word');
    const inOverrides = checkBroken(
      'word-set-in-overrides',
      /(<VersionOverrides [^>]*>)/,
      '$1<Requirements><bt:Sets DefaultMinVersion="1.1"><bt:Set Name="WordApi" MinVersion="1.3"/></bt:Sets></Requirements>',
    );
    expect(inOverrides.code).toBe(1);
    expect(inOverrides.err).toContain('Requirements: WordApi is Word\'s alone, so the add-in would not be available in Excel');
  });

  test('Requirements out of its place in the schema (after DefaultSettings) fails', () => {
    const block = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(MANIFEST)?.[0] ?? '';
    expect(block).toContain('<Set Name="Settings"');
    const moved = MANIFEST.replace(block, '').replace('</DefaultSettings>', `</DefaultSettings>${block}`);
    const file = join(dir, 'requirements-moved.xml');
    writeFileSync(file, moved);
    const r = check([file, '--root', ROOT]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('<Requirements> is out of order');
  });
});
