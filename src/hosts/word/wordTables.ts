// The open document's tables for the report check, from the body's OOXML (Word's API has no merged-cell spans:
// WordApi 1.3 tables only give rectangles of values). The OOXML is read by the same table reader as a .docx file
// (io/docxTables.ts); its paragraphs are then matched with the paragraphs Word lists, which can differ slightly
// (Word's flat package may add a last empty paragraph, and field results read differently), so that every slot
// names an index into Word's own paragraphs.
import type { ReportTable } from '../../core/check/types';
import { paragraphsOfXml } from '../../io/docxParagraphs';
import { tablesOfXml } from '../../io/docxTables';

/** The main document part of a flat OOXML package (Range.getOoxml), or the text itself when it is a bare part. */
function documentPart(ooxml: string): string {
  const part = /<pkg:part\b[^>]*pkg:name="\/word\/document\.xml"[^>]*>([\s\S]*?)<\/pkg:part>/.exec(ooxml);
  return part ? part[1] : ooxml;
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

/** The tables of the body's OOXML, their paragraphs renumbered as Word lists them (`paragraphs`). */
export function tablesOfBodyOoxml(ooxml: string, paragraphs: readonly string[]): ReportTable[] {
  const xml = documentPart(ooxml);
  const own = paragraphsOfXml(xml);
  const map = align(own, paragraphs);
  const at = (i: number) => (i >= 0 && i < map.length ? map[i] : -1);
  // A range's end is the index of the first paragraph after it: the next one Word lists, or the end.
  const end = (i: number) => {
    for (let k = i; k < map.length; k++) if (map[k] >= 0) return map[k];
    return paragraphs.length;
  };
  return tablesOfXml(xml, own).map((t) => ({
    grid: t.grid.map((row) => row.map((s) => ({ ...s, paragraph: at(s.paragraph) }))),
    start: end(t.start),
    end: end(t.end),
  }));
}
