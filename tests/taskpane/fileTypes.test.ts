// The pane bounds picked files like the CLI: a file over the limit is refused before its bytes are read.
import { pickedBytes } from '../../src/taskpane/fileTypes';
import { MAX_INPUT_BYTES } from '../../src/io/errors';

const file = (name: string, size: number, read: () => Promise<ArrayBuffer>) => ({ name, size, arrayBuffer: read }) as unknown as File;

describe('pickedBytes', () => {
  test('reads files within the limit', async () => {
    const out = await pickedBytes([file('so.xlsx', 3, async () => new Uint8Array([1, 2, 3]).buffer)]);
    expect(out.map((f) => [f.name, f.bytes.byteLength])).toEqual([['so.xlsx', 3]]);
  });

  test('refuses a file over the limit in Vietnamese (or English) without reading any', async () => {
    const read = jest.fn(async () => new ArrayBuffer(0));
    const files = [file('so.xlsx', 10, read), file('phim.mp4', MAX_INPUT_BYTES + 1, read)];
    await expect(pickedBytes(files)).rejects.toThrow(/^Tệp "phim\.mp4" quá lớn \(256 MB, tối đa 256 MB\)/);
    await expect(pickedBytes(files, 'en')).rejects.toThrow(/^File "phim\.mp4" is too large/);
    expect(read).not.toHaveBeenCalled();
  });
});
