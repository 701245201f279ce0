// The page around the pane: the pane's column (its header first) and, outside Office, what sits beside it.
import type { DragEvent, ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/messages';

const useStyles = makeStyles({
  page: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box' },
  pane: { width: '100%', maxWidth: '450px', minWidth: '280px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, boxSizing: 'border-box' },
  aside: { flex: '1 1 420px', minWidth: '320px', maxWidth: '860px', overflowX: 'auto' },
});

interface Props {
  lang: Lang;
  header: ReactNode;
  children: ReactNode;
  /** Beside the pane (outside Office): the workbook, the summary, the document. */
  aside?: ReactNode;
  asideLabel?: string;
  /** Drag-and-drop on the whole page (outside Office). */
  drop?: { onOver: (e: DragEvent) => void; onLeave: (e: DragEvent) => void; onDrop: (e: DragEvent) => void };
}

export function PaneLayout({ lang, header, children, aside, asideLabel, drop }: Props) {
  const s = useStyles();
  return (
    <div className={s.page} onDragOver={drop?.onOver} onDragLeave={drop?.onLeave} onDrop={drop?.onDrop}>
      <main className={s.pane} lang={lang}>
        {header}
        {children}
      </main>
      {aside && <aside className={s.aside} aria-label={asideLabel}>{aside}</aside>}
    </div>
  );
}
