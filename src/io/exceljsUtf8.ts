// exceljs's streaming reader decodes each chunk of a zip entry on its own (utils/parse-sax.js calls
// bufferToString per chunk), so a Vietnamese letter whose UTF-8 bytes straddle two chunks comes out as "���"
// ("Nguy���n Đức Thuận"). Handing the parser text already decoded across chunk boundaries avoids it: parse-sax
// passes strings through untouched. Patched once, on the reader's prototype, for the two parts that carry text.
import ExcelJS from 'exceljs';

type Chunks = AsyncIterable<unknown>;

async function* decoded(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield chunk;
    else if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

interface ReaderPrototype {
  _parseWorksheet(iterable: Chunks, sheetNo: string): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: { setEncoding?: (e: string) => void }): AsyncGenerator<unknown>;
  __baocaoUtf8?: true;
}

/** Makes exceljs's streaming reader decode UTF-8 across chunk boundaries (idempotent). */
export function ensureUtf8Streaming(): void {
  const proto = (ExcelJS.stream.xlsx.WorkbookReader as unknown as { prototype: ReaderPrototype }).prototype;
  if (proto.__baocaoUtf8) return;
  const parseWorksheet = proto._parseWorksheet;
  const parseSharedStrings = proto._parseSharedStrings;
  proto._parseWorksheet = function (this: unknown, iterable: Chunks, sheetNo: string) {
    return parseWorksheet.call(this, decoded(iterable), sheetNo);
  };
  proto._parseSharedStrings = function (this: unknown, entry: { setEncoding?: (e: string) => void }) {
    // A Node stream decodes with a StringDecoder once it has an encoding: whole letters only.
    entry.setEncoding?.('utf8');
    return parseSharedStrings.call(this, entry);
  };
  proto.__baocaoUtf8 = true;
}
