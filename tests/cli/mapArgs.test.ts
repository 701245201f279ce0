// `--map "Trang!truong=C"`: a field or a sheet that does not exist is refused in one line that lists the right
// ones, instead of being taken silently.
import { runCli } from './runCli';
import { samplePath, sampleKey } from '../samples';

describe('--map', () => {
  const book = samplePath('households-flat');
  const sheet = sampleKey('households-flat').register.sheet;

  it('refuses an unknown field, listing the fields with their Vietnamese names', async () => {
    const r = await runCli(['summary', book, '--map', `${sheet}!foo=C`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có trường "foo"');
    expect(r.err).toContain('village (Thôn)');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a sheet the files do not have, naming the sheets they have', async () => {
    const r = await runCli(['summary', book, '--map', 'Trang khác!village=C']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`--map: không có trang "Trang khác" trong tệp đã cho. Các trang: "${sheet}".`);
  });

  it('takes a right field on a right sheet', async () => {
    const r = await runCli(['summary', book, '--json', '--map', `${sheet}!headName=C`]);
    expect(r.code).toBeLessThan(2);
    expect(r.err).toBe('');
  });
});
