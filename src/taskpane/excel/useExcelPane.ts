// The Excel pane's state and actions: find → validate → highlight/clear → fix/undo → summary → send to Word.
// Every action goes through the ExcelPort; no rule or count lives here.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExcelPort, PaneSettings, WorkbookSnapshot } from '../../hosts/excel/port';
import { HostError } from '../../hosts/excel/hostError';
import { summarySheetModel } from '../../hosts/excel/summarySheet';
import { HANDOVER_PARTS, sendHandover, type KeyValueStore } from '../../hosts/handover';
import type { Lang } from '../../i18n/messages';
import { uiText, type UiKey } from '../../i18n/ui';
import type { LayoutOverride } from '../../core/layout/detect';
import { analyseInBackground, readInBackground } from '../worker/analysisClient';
import type { WorkbookInput } from '../../core/analyse';
import { pickedBytes } from '../fileTypes';
import type { PaneAnalysis, PaneIssue } from './paneAnalysis';
import type { Confirmation } from '../AskProfile';
import { shortList } from '../../i18n/lists';
import { assignTo, withMerger, type FormerQuestion, type Merger } from '../merger/merger';
import { highlightGroups, highlightSignature, withCells, worstByCell } from './paneState';

export type Phase = 'reading' | 'validating' | 'ready' | 'empty' | 'none' | 'failed';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface ExcelPaneState {
  phase: Phase;
  progress: { done: number; total: number } | null;
  snapshot: WorkbookSnapshot | null;
  analysis: PaneAnalysis | null;
  notice: Notice | null;
  /** The cells and colours last highlighted (highlightSignature), or null: colours that no longer match the issues
   *  (after a fix, an undo, another look) are stale, and the pane says so. */
  highlighted: string | null;
  busy: boolean;
}

export function useExcelPane(port: ExcelPort, lang: Lang, store: KeyValueStore | null) {
  const [state, setState] = useState<ExcelPaneState>({ phase: 'reading', progress: null, snapshot: null, analysis: null, notice: null, highlighted: null, busy: false });
  const langRef = useRef(lang);
  langRef.current = lang;
  const t = useCallback((key: UiKey, params?: Record<string, string | number>) => uiText(langRef.current, key, params), []);
  const patch = (p: Partial<ExcelPaneState>) => setState((s) => ({ ...s, ...p }));
  /** Last year's workbooks, read once when picked: compared with this year's at every analysis. */
  const previous = useRef<WorkbookInput[] | null>(null);
  /** Last year's sheet beside this year's is compared with, until the clerk drops it. */
  const sheetsAsPrevious = useRef(true);
  const fail = (e: unknown) => {
    const text = e instanceof HostError ? (langRef.current === 'vi' ? e.message : e.messageEn) : t('failed', { message: e instanceof Error ? e.message : String(e) });
    patch({ busy: false, notice: { intent: 'error', text } });
  };

  /** Analyses a snapshot already read (after a fix, an undo, a confirmation: no new read of the workbook). */
  const analyseSnapshot = async (snapshot: WorkbookSnapshot, settings: PaneSettings) => {
    const sheets = snapshot.sheets.filter((s) => s.grid.values.length > 0);
    if (!sheets.length) {
      patch({ phase: 'empty', snapshot, analysis: null, busy: false });
      return;
    }
    patch({ phase: 'validating', snapshot });
    const analysis = await analyseInBackground(
      {
        workbook: { file: snapshot.name, sheets: sheets.map((s) => s.grid) },
        overrides: settings.overrides,
        confirmed: settings.profile,
        lang: langRef.current,
        today: new Date().toISOString(),
        ...(previous.current ? { previous: previous.current } : {}),
        sheetsAsPrevious: sheetsAsPrevious.current,
      },
      (done, total) => patch({ progress: { done, total } }),
    );
    patch({ phase: analysis.registers.length ? 'ready' : 'none', analysis, busy: false, progress: null });
  };

  /** Reads the workbook (one batched read) and analyses it off the UI thread. */
  const find = useCallback(async () => {
    patch({ phase: 'reading', progress: null, notice: null, busy: true });
    try {
      const snapshot = await port.readWorkbook();
      await analyseSnapshot(snapshot, snapshot.settings);
    } catch (e) {
      patch({ phase: 'failed' });
      fail(e);
    }
  }, [port]);

  useEffect(() => {
    void find();
  }, [find]);

  const act = async (work: () => Promise<Notice | null>) => {
    patch({ busy: true, notice: null });
    try {
      const notice = await work();
      patch({ busy: false, notice });
    } catch (e) {
      fail(e);
    }
  };

  const select = (sheet: string, cell: string) => act(async () => (await port.selectCell(sheet, cell), null));

  const highlight = () =>
    act(async () => {
      const issues = state.analysis?.registers.flatMap((r) => r.issues) ?? [];
      const worst = worstByCell(issues);
      await port.highlight(highlightGroups(worst));
      patch({ highlighted: highlightSignature(worst) });
      return { intent: 'success', text: t('highlighted', { n: worst.size }) };
    });

  const clearHighlight = () =>
    act(async () => {
      await port.clearHighlight();
      patch({ highlighted: null });
      return { intent: 'success', text: t('cleared') };
    });

  /** The snapshot and settings the pane works on (after a read). */
  const current = () => {
    if (!state.snapshot) throw new Error('no workbook read');
    return state.snapshot;
  };

  // A fix or an undo is one write: the pane knows what it wrote, so the snapshot is updated here and analysed again
  // without reading the workbook (DESIGN.md: one read sync and one write sync per action).
  const applyFixes = (issues: PaneIssue[]) =>
    act(async () => {
      const snapshot = current();
      const entries = await port.applyFixes(issues.map((i) => ({ sheet: i.sheet, cell: i.cell, value: i.suggestion as string | number, code: i.code })));
      const next = withCells(snapshot, entries.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.after })));
      await analyseSnapshot({ ...next, journal: [...snapshot.journal, ...entries] }, snapshot.settings);
      return { intent: 'success', text: t('fixed', { n: entries.length }) };
    });

  const undoFixes = () =>
    act(async () => {
      const snapshot = current();
      const n = await port.undoFixes();
      // Newest first, as the host puts them back: a cell fixed twice ends with its value before the first fix.
      const next = withCells(snapshot, [...snapshot.journal].reverse().map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.before })));
      await analyseSnapshot({ ...next, journal: [] }, snapshot.settings);
      return { intent: 'success', text: t('undone', { n }) };
    });

  const saveSettings = async (settings: PaneSettings) => {
    const snapshot = current();
    await port.saveSettings(settings);
    await analyseSnapshot({ ...snapshot, settings }, settings);
  };

  const saveMapping = (overrides: Record<string, LayoutOverride>) =>
    act(async () => {
      await saveSettings({ ...current().settings, overrides });
      return { intent: 'success', text: t('mappingSaved') };
    });

  /** The year or the villages confirmed or changed by the clerk: kept in the commune profile in the workbook. */
  const confirmProfile = (c: Confirmation) =>
    act(async () => {
      const settings = current().settings;
      await saveSettings({ ...settings, profile: { ...settings.profile, ...c } });
      // "năm báo cáo 2023; các thôn (9): An Lạc, …": the labels start small inside the sentence, the names do not.
      const small = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
      const what = [c.year !== undefined ? small(t('askYear', { year: c.year })).replace(':', '') : '', c.villages ? small(t('askVillages', { n: c.villages.length, list: shortList(c.villages, 'village', langRef.current) })) : ''].filter(Boolean).join('; ');
      return { intent: 'success', text: t('confirmSaved', { what }) };
    });

  /** A merged commune's former communes typed by the clerk (null: removed), kept in the commune profile in the workbook. */
  const saveMerger = (m: Merger | null, villages: string[] = []) =>
    act(async () => {
      const settings = current().settings;
      await saveSettings({ ...settings, profile: withMerger(settings.profile ?? {}, m, villages) });
      if (!m) return { intent: 'success', text: t('mergerDropped') };
      return { intent: 'success', text: t('mergerSaved', { n: m.formerCommunes.length, list: shortList(villages, 'village', langRef.current) }) };
    });

  /** A sheet told to be a former commune's by the clerk (asked when its name and titles do not say). */
  const assignFormer = (q: FormerQuestion, name: string) =>
    act(async () => {
      const settings = current().settings;
      const profile = settings.profile;
      if (!profile?.formerCommunes) return null;
      const m = assignTo({ formerCommunes: profile.formerCommunes, renamedVillages: profile.renamedVillages }, q, name);
      await saveSettings({ ...settings, profile: { ...profile, formerCommunes: m.formerCommunes } });
      const what = q.sheet === undefined ? t('mergerWhatFile', { file: q.file }) : t('mergerWhatSheet', { sheet: q.sheet });
      return { intent: 'success', text: t('mergerAssigned', { what, name }) };
    });

  /** Last year's workbooks picked by the clerk: read in the worker, then this year's snapshot is analysed against them. */
  const openPrevious = (files: File[]) =>
    act(async () => {
      const snapshot = current();
      const workbooks = await readInBackground(await pickedBytes(files, langRef.current), (done, total) => patch({ progress: { done, total } }));
      if (workbooks.some((w) => w.file === snapshot.name)) return { intent: 'error', text: t('previousSame', { file: snapshot.name }) };
      previous.current = workbooks;
      await analyseSnapshot(snapshot, snapshot.settings);
      return null;
    });

  const dropPrevious = () =>
    act(async () => {
      const files = (state.analysis?.previous?.ok ? state.analysis.previous.data.files : previous.current?.map((w) => w.file) ?? []).map((f) => `"${f}"`);
      // Last year's sheet beside this year's, once dropped, stays dropped while the pane is open.
      if (!previous.current) sheetsAsPrevious.current = false;
      previous.current = null;
      const snapshot = current();
      await analyseSnapshot(snapshot, snapshot.settings);
      return { intent: 'info', text: t('previousDropped', { files: shortList(files, 'file', langRef.current) }) };
    });

  const writeSummary = () =>
    act(async () => {
      if (!state.analysis || !state.snapshot) return null;
      const analysisForSheet = { ...state.analysis, commune: state.analysis.report.commune };
      const model = summarySheetModel(analysisForSheet, state.snapshot.name, new Date());
      const r = await port.writeSummarySheet(model);
      return r.ok ? { intent: 'success', text: t('summaryWritten', { sheet: r.sheet }) } : { intent: 'warning', text: t('summaryNotOurs', { sheet: r.sheet }) };
    });

  const sendToWord = () =>
    act(async () => {
      if (!state.analysis || !state.snapshot || !store) return null;
      const last = state.analysis.previous?.ok ? { previous: state.analysis.previous.data } : {};
      const { handover, replaced } = sendHandover(store, state.snapshot.name, state.analysis.report, new Date(), { inferred: state.analysis.inferred, dataYears: state.analysis.dataYears, ...last });
      // Which part was sent, and the other part (sent earlier from another workbook) that Word keeps beside it.
      const parts = replaced.map((k) => t(`partName_${k}`)).join(langRef.current === 'vi' ? ' và ' : ' and ');
      const other = HANDOVER_PARTS.find((k) => !replaced.includes(k) && handover[k]);
      const kept = other ? t('sentKept', { part: t(`partName_${other}`), workbook: handover[other]?.workbook ?? '' }) : '';
      return { intent: 'success', text: `${t('sentParts', { parts, kept })} ${t('sentToWord')}` };
    });

  return { state, t, find: () => find(), openPrevious, dropPrevious, saveMerger, assignFormer, select, highlight, clearHighlight, applyFixes, undoFixes, saveMapping, confirmProfile, writeSummary, sendToWord };
}
