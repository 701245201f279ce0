// Property over the `baocao` command: any file — a workbook or a report, whole or damaged, in any format, or bytes —
// given to validate, summary, report --text or check-report ends with exit 0 or 1 and its output, or exit 2 and one
// Vietnamese line on stderr. Never the catch-all "Lỗi không mong đợi", a stack trace, or a library's own words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Document, Packer, Paragraph } from 'docx';
import { runCli } from '../cli/runCli';
import { runProperty, runsOf, SEED, timeoutOf } from './budget';
import { damage, damaged, otherFile, xlsxOf } from './files';
import { anyGrid, householdGrid } from './grids';
import { expectClerkMessage, expectNoLeak } from './outcome';
import { paragraph } from './paragraphs';

const COMMANDS = [['validate'], ['validate', '--json'], ['summary'], ['summary', '--json'], ['report', '--text'], ['check-report']];

describe('cli.files: the CLI on any file', () => {
  let dir = '';
  let workbooks: Uint8Array[] = [];
  let reports: Uint8Array[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baocao-fuzz-'));
    workbooks = await Promise.all(fc.sample(fc.oneof(householdGrid, anyGrid), { seed: SEED, numRuns: 4 }).map((g) => xlsxOf([g])));
    const texts = fc.sample(fc.array(paragraph, { minLength: 1, maxLength: 20 }), { seed: SEED, numRuns: 3 });
    reports = await Promise.all(texts.map(async (t) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: t.map((p) => new Paragraph(p)) }] })))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = fc.oneof(
    fc.tuple(fc.nat(), fc.option(damage, { freq: 3 })).map(([i, d]) => ({ from: 'xlsx' as const, i, d, name: 'so.xlsx' })),
    fc.tuple(fc.nat(), fc.option(damage, { freq: 3 })).map(([i, d]) => ({ from: 'docx' as const, i, d, name: 'bao-cao.docx' })),
    otherFile.map((f) => ({ from: 'bytes' as const, bytes: f.bytes, name: f.file })),
  );

  test(`runs ${String(runsOf('cli.files'))} commands on whole and damaged files: output and exit 0/1, or one line and exit 2`, async () => {
    let n = 0;
    const cases = await runProperty('cli.files', fc.tuple(file, fc.constantFrom(...COMMANDS)), async ([f, command]) => {
      let bytes: Uint8Array;
      if (f.from === 'bytes') bytes = f.bytes;
      else {
        const pool = f.from === 'xlsx' ? workbooks : reports;
        const whole = pool[f.i % pool.length];
        bytes = f.d ? (await damaged(whole, f.d)).bytes : whole;
      }
      const path = join(dir, `${String(n++)}-${f.name}`);
      writeFileSync(path, bytes);
      const [verb, ...flags] = command;
      // What a library prints with console.* goes to the terminal too, in the real CLI: count it as stderr.
      let consoleText = '';
      const spies = (['error', 'warn', 'log', 'info'] as const).map((m) => jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void (consoleText += `${args.map(String).join(' ')}\n`)));
      let r: Awaited<ReturnType<typeof runCli>>;
      try {
        r = await runCli([verb, path, ...flags]);
      } finally {
        spies.forEach((s) => s.mockRestore());
      }
      if (consoleText) throw new Error(`baocao ${command.join(' ')} on ${f.name}: a library printed on the console: ${consoleText.slice(0, 300)}`);
      if (r.code === 2) {
        if (r.out !== '') throw new Error(`exit 2 with output on stdout: ${r.out.slice(0, 200)}`);
        if (r.err.startsWith('Lỗi không mong đợi')) throw new Error(`an unexpected error reached the clerk: ${r.err}`);
        if (!r.err.endsWith('\n')) throw new Error(`stderr does not end its line: ${JSON.stringify(r.err)}`);
        expectClerkMessage(r.err.slice(0, -1), `baocao ${command.join(' ')} on ${f.name}`);
      } else {
        if (r.code !== 0 && r.code !== 1) throw new Error(`exit code ${String(r.code)}`);
        if (r.err !== '') throw new Error(`exit ${String(r.code)} with text on stderr: ${r.err.slice(0, 300)}`);
        if (r.out.trim() === '') throw new Error(`exit ${String(r.code)} without output`);
        if (flags.includes('--json')) JSON.parse(r.out);
        else expectNoLeak(r.out, Buffer.from(bytes).toString('utf8'), `baocao ${command.join(' ')}`);
      }
    });
    expect(cases).toBe(runsOf('cli.files'));
  }, timeoutOf('cli.files'));
});
