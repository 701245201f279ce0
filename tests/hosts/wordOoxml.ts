/// <reference types="office-js" />
// The body's OOXML as Word's Range.getOoxml gives it, and a request context that serves it with the paragraphs'
// text, for the adapter's readReport (one sync, nothing readable before it).
import JSZip from 'jszip';
import type { WordRun } from '../../src/hosts/word/officeWord';

const part = (name: string, contentType: string, xml: string) =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, '')}</pkg:xmlData></pkg:part>`;

/** A flat OOXML package around a .docx's document part (with Word's extra last paragraph) and, unless left out,
 *  its styles part, as Range.getOoxml returns them. */
export async function flatPackage(bytes: Uint8Array, options: { styles?: boolean } = {}): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  if (!document) throw new Error('no document part');
  const styles = options.styles === false ? undefined : await zip.file('word/styles.xml')?.async('string');
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${part('/_rels/.rels', 'application/vnd.openxmlformats-package.relationships+xml', '<Relationships/>')}${part('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', document.replace('</w:body>', '<w:p/></w:body>'))}${styles ? part('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml', styles) : ''}</pkg:package>`;
}

/** Word.run over a document whose body lists `paragraphs` and gives `ooxml`; `loaded` records what was loaded. */
export function ooxmlRun(paragraphs: readonly string[], ooxml: string): { run: WordRun; loaded: string[] } {
  const loaded: string[] = [];
  let synced = false;
  const run: WordRun = async (batch) => {
    const context = {
      document: {
        body: {
          paragraphs: { load: (p: string) => loaded.push(p), get items() { if (!synced) throw new Error('not synced'); return paragraphs.map((text) => ({ text })); } },
          getOoxml: () => ({ get value() { if (!synced) throw new Error('not synced'); return ooxml; } }),
        },
      },
      sync: async () => void (synced = true),
    };
    return batch(context as unknown as Word.RequestContext);
  };
  return { run, loaded };
}
