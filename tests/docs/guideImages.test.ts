// Every screenshot the clerks' guide links (images/<name>.png) is in docs/images/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DOCS = path.join(__dirname, '..', '..', 'docs');

test('every image the guide links exists in docs/images', () => {
  const guide = readFileSync(path.join(DOCS, 'huong-dan.md'), 'utf8');
  const links = [...guide.matchAll(/\]\((images\/[^)\s]+\.png)\)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((l) => !existsSync(path.join(DOCS, l)))).toEqual([]);
});
