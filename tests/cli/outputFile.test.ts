// `baocao report -o`: never over an input, never over an existing file unless --force, the right extension, one
// clear line for a bad path, and an atomic write (no temporary file left behind).
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';
import { samplePath } from '../samples';
import { docxParagraphsOfBytes } from '../../src/io/docxParagraphs';

jest.setTimeout(60_000);

function workspace(): { dir: string; book: string } {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-out-'));
  const book = join(dir, 'so-ho.xlsx');
  copyFileSync(samplePath('households-flat'), book);
  return { dir, book };
}

describe('report -o', () => {
  it('refuses to write the report over its own input, and the register stays byte for byte', async () => {
    const { book } = workspace();
    const before = readFileSync(book);
    const r = await runCli(['report', book, '-o', book]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('chính là tệp đầu vào');
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('sees through a symbolic link and a hard link to the input', async () => {
    const { dir, book } = workspace();
    const before = readFileSync(book);
    symlinkSync(book, join(dir, 'lien-ket.docx'));
    linkSync(book, join(dir, 'cung-tep.docx'));
    for (const out of ['lien-ket.docx', 'cung-tep.docx']) {
      const r = await runCli(['report', book, '-o', join(dir, out), '--force']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('chính là tệp đầu vào');
    }
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('leaves an existing file alone without --force, and replaces it with --force', async () => {
    const { dir, book } = workspace();
    const out = join(dir, 'baocao.docx');
    writeFileSync(out, 'bản cũ của cán bộ');
    const refused = await runCli(['report', book, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.err.trim()).toBe('Tệp "baocao.docx" đã có: thêm --force để ghi đè, hoặc chọn tên khác.');
    expect(readFileSync(out, 'utf8')).toBe('bản cũ của cán bộ');
    const forced = await runCli(['report', book, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect((await docxParagraphsOfBytes(readFileSync(out), 'baocao.docx'))[0]).toMatch(/^SỐ LIỆU BÁO CÁO TỔNG KẾT NĂM \d{4}/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says in one line what is wrong with a folder, a missing folder or another extension', async () => {
    const { dir, book } = workspace();
    mkdirSync(join(dir, 'bao-cao'));
    const cases: Array<[string, string]> = [
      [join(dir, 'bao-cao'), 'là một thư mục'],
      [join(dir, 'khong-co', 'baocao.docx'), 'Không có thư mục'],
      [join(dir, 'baocao.xlsx'), 'phải có đuôi .docx'],
    ];
    for (const [out, words] of cases) {
      const r = await runCli(['report', book, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(words);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/EISDIR|ENOENT|at .*\.js/);
    }
  });

  it('writes a new file where nothing was', async () => {
    const { dir, book } = workspace();
    const r = await runCli(['report', book, '-o', join(dir, 'moi.DOCX')]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['moi.DOCX', 'so-ho.xlsx']);
  });
});
