// The fuzz budget as docs/fuzzing.md states it: every property, its count and the totals, and enough of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, type PropertyId } from './budget';

const ids = Object.keys(BUDGET) as PropertyId[];
const doc = readFileSync(join(__dirname, '../../docs/fuzzing.md'), 'utf8');
const total = ids.reduce((n, id) => n + BUDGET[id].runs, 0);
const files = ids.filter((id) => BUDGET[id].files).reduce((n, id) => n + BUDGET[id].runs, 0);

describe('the fuzz budget', () => {
  test('runs at least 10,000 cases, at least 1,000 of them files', () => {
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(files).toBeGreaterThanOrEqual(1_000);
  });

  test.each(ids)('docs/fuzzing.md lists %s with its count', (id) => {
    expect(doc).toMatch(new RegExp(`^\\| \`${id.replace('.', '\\.')}\` \\|.*\\| ${String(BUDGET[id].runs)} \\|$`, 'm'));
  });

  test('docs/fuzzing.md states the totals', () => {
    expect(doc).toContain(`| **total** | ${String(files)} of them files | **${String(total)}** |`);
  });

  test('every property of the budget is run by a fuzz test', () => {
    const tests = readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
    for (const id of ids) expect([id, tests.includes(`'${id}'`)]).toEqual([id, true]);
  });
});
