// The report model previewed in the task pane as the printed page looks (Nghị định 30/2020/NĐ-CP): white
// paper, Times New Roman, justified paragraphs with a first-line indent, bold headings, "-"/"+" lines and
// bordered tables. Text goes in as React children only, so whatever a register holds comes out escaped.
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Block, ReportDoc, ReportSection, SectionId } from '../../core/report/model';
import { Runs } from './ReportRuns';
import { ReportTable } from './ReportTable';

export interface ReportPreviewProps {
  doc: ReportDoc;
  /** The sections to show (in the report's order, whatever order given); all of them when left out. */
  sections?: SectionId[];
  /** Show a note with the reason for each section left out of the report; by default they are not shown. */
  showOmitted?: boolean;
}

// The paper keeps its own colours (black on white, as printed) whatever the Fluent theme; sizes are the
// printed points read as pixels (body 14 pt → 14 px), so a 400 px pane reads like the page, only narrower.
const useStyles = makeStyles({
  paper: {
    backgroundColor: '#fff',
    color: '#000',
    fontFamily: '"Times New Roman", Times, "Liberation Serif", "Nimbus Roman", serif',
    fontSize: '14px',
    lineHeight: 1.35,
    // Margins: left wider than right, as on the page (30–35 mm / 15–20 mm).
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: 'break-word',
    minWidth: 0,
  },
  section: {
    // Margins of the first and last blocks stay inside the section (no collapsing through the wrapper).
    display: 'flow-root',
  },
  block: {
    margin: `${tokens.spacingVerticalSNudge} 0`,
  },
  heading: {
    fontSize: 'inherit',
    fontWeight: 'bold',
    // Left, not justified: a short bold line spread across a narrow pane reads badly.
    textAlign: 'left',
    textIndent: '2em',
  },
  paragraph: {
    textIndent: '2em',
  },
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
  },
  left: { textAlign: 'left' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
  justify: { textAlign: 'justify' },
  omitted: {
    margin: `${tokens.spacingVerticalSNudge} 0`,
    // A note to the clerk, not report text: muted, italic, in the pane's own font.
    color: '#616161',
    fontStyle: 'italic',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

type Styles = ReturnType<typeof useStyles>;

const HEADING_TAG = { 1: 'h3', 2: 'h4', 3: 'h5' } as const;

function BlockView({ block, s, section }: { block: Block; s: Styles; section: ReportSection }): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Tag = HEADING_TAG[block.level];
      return (
        <Tag className={mergeClasses(s.block, s.heading)}>
          <Runs runs={block.runs} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={mergeClasses(s.block, s[block.align ?? 'justify'], block.indent !== false && s.paragraph)}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list':
      return (
        <ul className={s.list}>
          {block.items.map((runs, i) => (
            <li key={i} className={mergeClasses(s.block, s.justify, s.paragraph)}>
              {`${block.marker} `}
              <Runs runs={runs} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTable table={block} label={section.title} />;
  }
}

function SectionView({ section, s }: { section: ReportSection; s: Styles }): ReactNode {
  return (
    <section data-section={section.id} aria-label={section.title} className={s.section}>
      {section.omitted !== undefined ? (
        <p className={s.omitted}>{`${section.title} — không đưa vào báo cáo${section.omitted ? `: ${section.omitted}` : '.'}`}</p>
      ) : (
        section.blocks.map((block, i) => <BlockView key={i} block={block} s={s} section={section} />)
      )}
    </section>
  );
}

export function ReportPreview({ doc, sections, showOmitted = false }: ReportPreviewProps): ReactNode {
  const s = useStyles();
  const wanted = sections ? new Set<SectionId>(sections) : null;
  const shown = doc.sections.filter((sec) => (!wanted || wanted.has(sec.id)) && (showOmitted || sec.omitted === undefined));
  return (
    <article className={s.paper} lang="vi" aria-label="Xem trước báo cáo">
      {shown.length === 0 ? (
        <p className={s.omitted}>Không có mục nào để xem trước.</p>
      ) : (
        shown.map((sec) => <SectionView key={sec.id} section={sec} s={s} />)
      )}
    </article>
  );
}
