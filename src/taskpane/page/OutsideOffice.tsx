// Outside Office the pane is a web page of its own, over in-memory hosts: in its Excel view the clerk opens their
// register files (picker or drag-and-drop; read in a Web Worker, never uploaded) or tries the sample workbook, and
// sees the workbook, the summary tables and charts and the report beside the pane, with the report as a .docx
// download; in its Word view (`?host=word`) the document beside the pane is an in-memory draft, a report .docx can
// be opened into it and checked, and the sections downloaded.
import { useCallback, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../core/grid';
import { FakeExcel } from '../../hosts/excel/fakeExcel';
import { summarySheetModel } from '../../hosts/excel/summarySheet';
import { blocksOfReport, FakeWord } from '../../hosts/word/fakeWord';
import type { KeyValueStore } from '../../hosts/handover';
import type { ReportInput } from '../../core/report/input';
import type { Lang } from '../../i18n/messages';
import { uiText, type UiKey } from '../../i18n/ui';
import { ExcelPane } from '../excel/ExcelPane';
import type { PaneAnalysis } from '../excel/paneAnalysis';
import { WordPane } from '../word/WordPane';
import { FakeSheetView } from '../FakeSheetView';
import { FakeDocumentView } from '../FakeDocumentView';
import { PaneLayout } from '../PaneLayout';
import { demoGrids } from '../demoWorkbook';
import { isReportFile, pickedBytes, REPORT_TYPES, WORKBOOK_TYPES } from '../fileTypes';
import { readInBackground } from '../worker/analysisClient';
import { combinedGrids } from './combinedGrids';
import { SummaryView } from './SummaryView';
import { ReportView } from './ReportView';

/** What a test may put on `window` before the page starts, and what the page exposes to it. */
interface PageHooks {
  __BAOCAO_FAKE_WORKBOOK__?: { name: string; grids: Grid[] };
  __BAOCAO_FAKE_DOCUMENT__?: string[];
  __baocaoFake?: FakeExcel;
  __baocaoFakeWord?: FakeWord;
}

const SAMPLE_DOCUMENT = [
  'BÁO CÁO',
  'Tổng kết công tác thi đua, khen thưởng năm 2024',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Phong trào thi đua',
  '',
  'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025',
];

const useStyles = makeStyles({
  start: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  showing: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flexShrink: 1 },
  drop: { position: 'fixed', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', backgroundColor: 'rgba(43, 87, 154, 0.12)', border: `3px dashed ${tokens.colorBrandStroke1}`, pointerEvents: 'none', zIndex: 10, fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
  tabBody: { paddingTop: tokens.spacingVerticalM },
});

type Tab = 'sheet' | 'summary' | 'report';

interface Props {
  view: 'excel' | 'word';
  lang: Lang;
  store: KeyValueStore | null;
  header: ReactNode;
}

export function OutsideOffice({ view, lang, store, header }: Props) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  const hooks = globalThis as PageHooks;
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const [fake, setFake] = useState<FakeExcel | null>(() => {
    const wb = view === 'excel' ? hooks.__BAOCAO_FAKE_WORKBOOK__ : undefined;
    return wb ? (hooks.__baocaoFake = FakeExcel.fromGrids(wb.name, wb.grids, bump)) : null;
  });
  const [doc] = useState<FakeWord | null>(() => (view === 'word' ? (hooks.__baocaoFakeWord = new FakeWord(hooks.__BAOCAO_FAKE_DOCUMENT__ ?? SAMPLE_DOCUMENT, bump)) : null));
  const [analysis, setAnalysis] = useState<{ a: PaneAnalysis; at: Date } | null>(null);
  const [wordData, setWordData] = useState<{ input: ReportInput; label: string; at: Date } | null>(null);
  const [tab, setTab] = useState<Tab>('sheet');
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [dropped, setDropped] = useState<{ files: File[]; seq: number } | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [seq, setSeq] = useState(0);

  const showWorkbook = (name: string, grids: Grid[]) => {
    const f = FakeExcel.fromGrids(name, grids, bump);
    hooks.__baocaoFake = f;
    setAnalysis(null);
    setTab('sheet');
    setSeq((n) => n + 1);
    setFake(f);
  };

  const openWorkbooks = async (files: File[]) => {
    setProblem(null);
    setNotice(null);
    setReading({ done: 0, total: files.length });
    try {
      const picked = await pickedBytes(files);
      const workbooks = await readInBackground(picked, (done, total) => setReading({ done, total }));
      showWorkbook(files.map((f) => f.name).join(', '), combinedGrids(workbooks));
    } catch (e) {
      setProblem(t('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setReading(null);
    }
  };

  /** Puts a report .docx in place of the Word view's document; an error message, or null when it is open. */
  const openReport = async (file: File): Promise<string | null> => {
    if (!doc) return null;
    try {
      const { docxReportOfBytes } = await import('../../io/docxParagraphs');
      const [picked] = await pickedBytes([file]);
      const { paragraphs, tables, layout } = await docxReportOfBytes(new Uint8Array(picked.bytes), file.name);
      // Tables with their merged cells, so the check reads them as in Word and a click selects a cell; heading
      // styles kept, so headings read as the CLI reads them.
      doc.open(blocksOfReport(paragraphs, tables, layout.outlineLevel));
      setNotice(t('reportOpened', { file: file.name, n: paragraphs.length }));
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };

  const open = (files: File[]) => {
    if (!files.length) return;
    const reports = files.filter((f) => isReportFile(f.name));
    const books = files.filter((f) => !isReportFile(f.name));
    if (view === 'word') {
      if (reports[0]) void openReport(reports[0]).then((p) => setProblem(p));
      if (books.length) setDropped({ files: books, seq: Date.now() });
      return;
    }
    if (!books.length) {
      setProblem(t('pageNoFile'));
      return;
    }
    void openWorkbooks(books);
  };

  const drop = {
    onOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    },
    onLeave: (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      open(Array.from(e.dataTransfer.files));
    },
  };

  const onWordData = useCallback((input: ReportInput | null, label: string) => setWordData(input ? { input, label, at: new Date() } : null), []);
  const onAnalysis = useCallback((a: PaneAnalysis | null) => setAnalysis(a ? { a, at: new Date() } : null), []);
  const model = useMemo(() => {
    if (view === 'word') return wordData ? summarySheetModel({ year: wordData.input.year, commune: wordData.input.commune, summary: { households: wordData.input.households, awards: wordData.input.awards } }, wordData.label, wordData.at) : null;
    return analysis && fake ? summarySheetModel({ ...analysis.a, commune: analysis.a.report.commune }, fake.name, analysis.at) : null;
  }, [view, wordData, analysis, fake]);

  const input = (
    <input
      ref={picker}
      hidden
      type="file"
      multiple
      accept={view === 'word' ? `${WORKBOOK_TYPES},${REPORT_TYPES}` : WORKBOOK_TYPES}
      data-testid="file-input"
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = '';
        open(files);
      }}
    />
  );

  const intro = (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{`${t(view === 'word' ? 'outsideOfficeWord' : 'outsideOffice')} ${t('pageIntro')}`}</MessageBarBody>
    </MessageBar>
  );
  const status = (
    <>
      {reading && (
        <div role="status" aria-live="polite">
          <Caption1>{t('pageOpening', { done: reading.done, total: reading.total })}</Caption1>
          <ProgressBar value={reading.total ? reading.done / reading.total : undefined} />
        </div>
      )}
      {problem && <MessageBar intent="error" layout="multiline" data-testid="page-problem"><MessageBarBody>{problem}</MessageBarBody></MessageBar>}
      {notice && <MessageBar intent="success" layout="multiline"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
    </>
  );
  const overlay = dragging && <div className={s.drop}>{t('pageDrop')}</div>;

  if (view === 'word' && doc) {
    return (
      <PaneLayout lang={lang} header={header} drop={drop} asideLabel="Word" aside={
        <div>
          <TabList selectedValue={tab === 'summary' ? 'summary' : 'sheet'} onTabSelect={(_e, d) => setTab(d.value as Tab)}>
            <Tab value="sheet">{t('tabDocument')}</Tab>
            <Tab value="summary" disabled={!wordData}>{t('tabSummary')}</Tab>
          </TabList>
          <div className={s.tabBody}>
            {tab === 'summary' && wordData ? <SummaryView model={model} lang={lang} /> : <FakeDocumentView doc={doc} version={version} lang={lang} />}
          </div>
        </div>
      }>
        {input}
        {intro}
        {status}
        {overlay}
        <WordPane key={lang} port={doc} lang={lang} store={store} page={{ openReport, dropped, onData: onWordData }} />
      </PaneLayout>
    );
  }

  const aside = fake && (
    <div>
      <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as Tab)}>
        <Tab value="sheet">{t('tabSheet')}</Tab>
        <Tab value="summary" disabled={!analysis}>{t('tabSummary')}</Tab>
        <Tab value="report" disabled={!analysis?.a.registers.length}>{t('tabReport')}</Tab>
      </TabList>
      <div className={s.tabBody}>
        {tab === 'sheet' && <FakeSheetView fake={fake} version={version} />}
        {tab === 'summary' && <SummaryView model={model} lang={lang} />}
        {tab === 'report' && analysis && <ReportView input={analysis.a.report} lang={lang} />}
      </div>
    </div>
  );

  return (
    <PaneLayout lang={lang} header={header} drop={drop} asideLabel="Excel" aside={aside}>
      {input}
      {intro}
      {status}
      {overlay}
      {fake ? (
        <div className={s.row}>
          <Caption1 className={s.showing} title={fake.name}>{t('pageShowing', { files: fake.name })}</Caption1>
          <Button size="small" disabled={!!reading} onClick={() => picker.current?.click()}>{t('pageOpenOther')}</Button>
        </div>
      ) : (
        <section className={s.start} aria-label={t('pageOpenTitle')}>
          <Text weight="semibold" size={400}>{t('pageOpenTitle')}</Text>
          <Caption1>{t('pageOpenHint')}</Caption1>
          <div className={s.row}>
            <Button appearance="primary" disabled={!!reading} onClick={() => picker.current?.click()}>{t('pageChoose')}</Button>
            <Button disabled={!!reading} onClick={() => showWorkbook(t('pageDemoName'), demoGrids())}>{t('pageDemo')}</Button>
          </div>
        </section>
      )}
      {fake && <ExcelPane key={`${lang}|${seq}`} port={fake} lang={lang} store={store} onAnalysis={onAnalysis} />}
    </PaneLayout>
  );
}
