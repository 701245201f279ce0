// Inputs are checked for kind and size before any byte is read: no endless device, no FIFO that hangs, no huge file.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { MAX_INPUT_BYTES, readInputFile } from '../../src/io/inputFile';
import { unusable, UnusableInputError } from '../../src/io/errors';
import { runCli } from '../cli/runCli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-input-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const readError = () => unusable('unreadable', 'x');

async function reasonOf(p: string, max?: number): Promise<string> {
  try {
    await readInputFile(p, readError, max);
    return 'read';
  } catch (e) {
    if (!(e instanceof UnusableInputError)) throw e;
    return e.reason;
  }
}

describe('readInputFile', () => {
  test('reads a regular file and a symbolic link to one', async () => {
    const f = path.join(dir, 'so.xlsx');
    fs.writeFileSync(f, 'PK\u0003\u0004 abc');
    fs.symlinkSync(f, path.join(dir, 'link.xlsx'));
    expect((await readInputFile(f, readError)).toString()).toBe('PK\u0003\u0004 abc');
    expect((await readInputFile(path.join(dir, 'link.xlsx'), readError)).length).toBe(8);
  });

  test('refuses a device, a folder and a FIFO without reading or waiting', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect(await reasonOf('/dev/zero')).toBe('not-file');
    expect(await reasonOf(dir)).toBe('not-file');
    expect(await reasonOf(fifo)).toBe('not-file');
  });

  test('refuses a file over the limit with its size in the message; a missing one is not-found', async () => {
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, Buffer.alloc(3 * 2 ** 20, 0x41));
    await expect(readInputFile(big, readError, 2 ** 20)).rejects.toMatchObject({ reason: 'too-large', messageVi: expect.stringMatching(/^Tệp "big\.csv" quá lớn \(3 MB, tối đa 1 MB\)/) });
    expect(await reasonOf(path.join(dir, 'none.xlsx'))).toBe('not-found');
    expect(MAX_INPUT_BYTES).toBeGreaterThanOrEqual(200 * 2 ** 20);
  });
});

describe('the CLI on inputs that are not files', () => {
  test('validate /dev/zero, a FIFO and a folder end at once with one Vietnamese line, exit 2', async () => {
    const fifo = path.join(dir, 'pipe2.xlsx');
    execFileSync('mkfifo', [fifo]);
    for (const p of ['/dev/zero', fifo, dir]) {
      const r = await runCli(['validate', p]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/không phải là một tệp/);
    }
  });

  test('check-report on /dev/zero and a profile that is a device end the same way', async () => {
    const r = await runCli(['check-report', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không phải là một tệp/);
    const p = await runCli(['summary', path.join(__dirname, '../../samples/households-flat.xlsx'), '--profile', '/dev/zero']);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/^Hồ sơ xã: "zero" không phải là một tệp/);
  });
});
