// The `baocao` command runs the CLI in a child Node with a bounded heap; a workbook too large for it ends with one
// Vietnamese line, exit 2, never V8's crash report.
import { spawn, spawnSync } from 'child_process';
import path from 'path';
import { samplePath } from '../samples';

const BIN = path.join(__dirname, '../../bin/baocao.js');
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

describe('bin/baocao.js', () => {
  test('runs the CLI and passes its output and exit code through', () => {
    const r = run(['summary', samplePath('awards-flat')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^KHEN THƯỞNG NĂM \d{4}: \d+ lượt/);
    expect(run(['validate', samplePath('households-errors-sample')]).status).toBe(1);
    expect(run(['validate', '/dev/zero']).status).toBe(2);
  });

  test('a heap too small for the workbook: one Vietnamese line (English with --lang en), exit 2, no crash report', () => {
    const r = run(['validate', samplePath('households-persons')], { BAOCAO_HEAP_MB: '16' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['Tệp quá lớn để đọc trong giới hạn bộ nhớ (16 MB): hãy tách sổ thành nhiều tệp, hoặc đặt BAOCAO_HEAP_MB lớn hơn nếu máy đủ bộ nhớ.']);
    const en = run(['validate', samplePath('households-persons'), '--lang', 'en'], { BAOCAO_HEAP_MB: '16' });
    expect(en.stderr).toMatch(/^The file is too large to read within the memory bound \(16 MB\)/);
    expect(en.stderr).not.toMatch(/FATAL|GC|heap limit/);
  });

  test('a reader that closes early ends the output quietly', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', samplePath('households-flat'), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([0, 1]).toContain(code);
    expect(err).not.toMatch(/EPIPE|Error/);
  });
});
