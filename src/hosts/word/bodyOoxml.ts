// What the report check needs from the open document beyond its paragraphs' text, read from the body's OOXML
// (Range.getOoxml, a flat package): the tables with their merged cells (WordApi 1.3 tables only give rectangles of
// values) and each paragraph's heading level from its style (the API's paragraphs give a style name, localised, not
// its outline level). The OOXML is read by the same readers as a .docx file (io/docxParagraphs.ts, io/docxTables.ts);
// its paragraphs are then matched with the paragraphs Word lists, which can differ slightly (Word's flat package
// may add a last empty paragraph, and field results read differently), so that every slot and level belongs to an
// index into Word's own paragraphs.
import type { ReportTable } from '../../core/check/types';
import { documentWithStyles } from '../../io/docxParagraphs';
import { tablesOfXml } from '../../io/docxTables';

/** A part of a flat OOXML package by its name, or null; the main document part is the text itself when bare. */
function packagePart(ooxml: string, name: '/word/document.xml' | '/word/styles.xml'): string | null {
  const part = new RegExp(String.raw`<pkg:part\b[^>]*pkg:name="${name.replace(/[./]/g, '\\$&')}"[^>]*>([\s\S]*?)</pkg:part>`).exec(ooxml);
  return part ? part[1] : null;
}

const same = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

/** For each OOXML paragraph, the index of the same paragraph among Word's (-1 where none is found nearby). */
function align(xmlParagraphs: string[], word: readonly string[]): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < xmlParagraphs.length; i++) {
    let k = j;
    while (k < word.length && k - j <= 3 && !same(xmlParagraphs[i], word[k])) k++;
    if (k < word.length && same(xmlParagraphs[i], word[k])) {
      map.push(k);
      j = k + 1;
    } else map.push(-1);
  }
  return map;
}

/** The body's tables and, per paragraph, the outline level of its heading style (0 = Heading 1, null for body
 *  text or a paragraph not found in the OOXML), numbered as Word lists the paragraphs (`paragraphs`). */
export function reportOfBodyOoxml(ooxml: string, paragraphs: readonly string[]): { tables: ReportTable[]; outlineLevel: Array<number | null> } {
  const xml = packagePart(ooxml, '/word/document.xml') ?? ooxml;
  const own = documentWithStyles(xml, packagePart(ooxml, '/word/styles.xml') ?? '');
  const map = align(own.paragraphs, paragraphs);
  const at = (i: number) => (i >= 0 && i < map.length ? map[i] : -1);
  // A range's end is the index of the first paragraph after it: the next one Word lists, or the end.
  const end = (i: number) => {
    for (let k = i; k < map.length; k++) if (map[k] >= 0) return map[k];
    return paragraphs.length;
  };
  const outlineLevel = paragraphs.map((): number | null => null);
  map.forEach((k, i) => {
    if (k >= 0) outlineLevel[k] = own.layout.outlineLevel[i] ?? null;
  });
  const tables = tablesOfXml(xml, own.paragraphs).map((t) => ({
    grid: t.grid.map((row) => row.map((s) => ({ ...s, paragraph: at(s.paragraph) }))),
    start: end(t.start),
    end: end(t.end),
  }));
  return { tables, outlineLevel };
}
