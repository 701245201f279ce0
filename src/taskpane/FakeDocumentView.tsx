// Outside Office, a glimpse of the in-memory Word document beside the pane: paragraphs, tables and the add-in's
// content controls (outlined, with their tags), and the cursor; a click on a paragraph moves the cursor there.
import type { ReactElement } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { FakeBlock, FakeParagraph, FakeWord } from '../hosts/word/fakeWord';
import type { Lang } from '../i18n/messages';
import { uiText } from '../i18n/ui';

const useStyles = makeStyles({
  page: { backgroundColor: '#fff', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '24px 28px', fontFamily: '"Times New Roman", "Liberation Serif", serif', fontSize: '14px', maxHeight: '640px', overflowY: 'auto', color: '#000' },
  p: { margin: '0 0 6px', minHeight: '1em', cursor: 'text', textAlign: 'justify' },
  cursor: { boxShadow: 'inset 3px 0 0 #2b579a' },
  control: { border: '1px dashed #2b579a', padding: '2px 6px', margin: '18px 0 6px', position: 'relative' },
  tag: { position: 'absolute', top: '-16px', right: '6px', lineHeight: '14px', backgroundColor: '#fff', color: '#2b579a', fontFamily: 'Segoe UI, sans-serif', fontSize: '10px', padding: '0 4px' },
  table: { borderCollapse: 'collapse', fontSize: '12px', margin: '4px 0', width: '100%' },
  td: { border: '1px solid #000', padding: '1px 3px' },
});

export function FakeDocumentView({ doc, version, lang }: { doc: FakeWord; version: number; lang: Lang }) {
  const s = useStyles();
  const paragraphs = doc.paragraphs();
  const para = (p: FakeParagraph, key: string) => {
    const index = paragraphs.indexOf(p);
    return (
      <p key={key} data-paragraph={index} className={`${s.p} ${doc.cursor === p ? s.cursor : ''}`} style={{ textIndent: p.look && p.look.firstLineIndent ? '2em' : undefined }} onClick={() => doc.moveCursorAfterParagraph(index)}>
        {p.runs.map((r, i) => (r.bold ? <strong key={i}>{r.italic ? <em>{r.text}</em> : r.text}</strong> : r.italic ? <em key={i}>{r.text}</em> : <span key={i}>{r.text}</span>))}
      </p>
    );
  };
  const block = (b: FakeBlock, key: string): ReactElement =>
    b.kind === 'paragraph' ? para(b, key) : b.kind === 'table' ? (
      <table key={key} className={s.table}>
        <tbody>
          {b.rows.map((row, r) => (
            <tr key={r} style={{ fontWeight: r < b.headerRows || b.rowKinds[r] === 'total' ? 'bold' : undefined }}>
              {row.map((cell, c) => <td key={c} className={s.td} style={{ textAlign: cell.look?.alignment ?? 'left' }}>{cell.runs.map((x) => x.text).join('')}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <div key={key} className={s.control} data-tag={b.tag}>
        <span className={s.tag}>{b.tag}</span>
        {b.children.map((c, i) => block(c, `${key}.${i}`))}
      </div>
    );
  return (
    <div>
      <Caption1 data-version={version}>{uiText(lang, 'draftDocument', { n: doc.controls().length })}</Caption1>
      <div className={s.page} data-testid="fake-document">{doc.body.map((b, i) => block(b, String(i)))}</div>
    </div>
  );
}
