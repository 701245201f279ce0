// The Word pane's state and actions: data (from Excel, in two parts, or workbooks opened here), the commune profile
// and what the clerk confirmed, the section catalogue with its preview, insert at the cursor, update every inserted
// section. A notice belongs to the action that made it: it goes when the next action starts.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WordPort, SectionControl, UpdateMode, WordSettings } from '../../hosts/word/port';
import { HANDOVER_KEY, HANDOVER_PARTS, dropHandoverPart, dropHandoverPrevious, handedOver, readHandover, type Handover, type HandoverPartKind, type Inferred, type KeyValueStore } from '../../hosts/handover';
import type { ConfirmedProfile } from '../../hosts/confirmedProfile';
import type { ReportInput } from '../../core/report/input';
import { buildReport } from '../../core/report/sections';
import { SECTION_IDS, type SectionId } from '../../core/report/model';
import { parseProfile, type CommuneProfile } from '../../core/profile';
import type { Lang } from '../../i18n/messages';
import { uiText, type UiKey } from '../../i18n/ui';
import { shortList } from '../../i18n/lists';
import { analyseInBackground, compareSummaryInBackground, readInBackground } from '../worker/analysisClient';
import type { WorkbookInput } from '../../core/analyse';
import type { PaneDoubt, PaneIssue, PreviousResult } from '../excel/paneAnalysis';
import { pickedBytes } from '../fileTypes';
import { villageQuestion, yearQuestion } from '../askProfile';
import type { Confirmation } from '../AskProfile';
import { formerCommuneOption } from './formerCommuneOption';
import { mergerOf, settingsWithAssignment, settingsWithMerger } from './wordMerger';
import { formerQuestions, type FormerQuestion, type Merger } from '../merger/merger';
import type { FormerCommuneSummary } from '../../core/formerCommunes';

export interface WordNotice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

/** One part of the hand-over as the pane lists it. */
export interface DataPart {
  kind: HandoverPartKind;
  workbook: string;
  at: string;
}

export interface DataSource {
  kind: 'excel' | 'files';
  /** Files opened here: "Đã đọc: …"; from Excel the parts say where each came from. */
  label: string;
  /** From Excel: the parts sent (households, awards), each with its workbook and time. */
  parts: DataPart[];
  input: ReportInput;
  /** Issues found when the workbook was opened here (errors are shown before anything is inserted). */
  issues: PaneIssue[];
  /** What the analysis is unsure of, as sentences: shown before anything is inserted. */
  doubts: PaneDoubt[];
  /** What was inferred rather than given (year, villages): asked at the top. */
  inferred: Inferred[];
  /** The years the data's own dates and titles name. */
  dataYears: number[];
  /** The two parts from Excel state different years. */
  years?: { households: number; awards: number };
  /** Last year compared with these figures: opened here with them, or sent from Excel with them. */
  previous?: PreviousResult;
  /** Workbooks opened here of a merged commune: their figures by former commune, and which file is whose. */
  formerCommunes?: FormerCommuneSummary[];
}

/** The report input with the profile's names, year and villages, or what the clerk confirmed without a profile. */
export function withProfile(input: ReportInput, profile: CommuneProfile | undefined, confirmed?: ConfirmedProfile): ReportInput {
  if (profile) return { ...input, commune: profile.commune, district: profile.district ?? input.district, province: profile.province ?? input.province, year: profile.year, villages: profile.villages };
  if (!confirmed) return input;
  return { ...input, year: confirmed.year ?? input.year, villages: confirmed.villages ?? input.villages };
}

/** What is still inferred once the profile and the confirmed values are taken into account. */
function stillInferred(data: DataSource, settings: WordSettings): Inferred[] {
  if (settings.profile) return [];
  const c = settings.confirmed;
  const out = data.inferred.filter((i) => !(i.what === 'year' && c?.year !== undefined) && !(i.what === 'villages' && c?.villages));
  // Two parts of different years: the year is a question even if each part named its own.
  if (data.years && c?.year === undefined && !out.some((i) => i.what === 'year')) out.push({ what: 'year', value: data.input.year, from: 'data' });
  return out;
}

function sourceOfHandover(h: Handover | null, t: (k: UiKey, p?: Record<string, string | number>) => string): DataSource | null {
  const both = h && handedOver(h);
  if (!h || !both) return null;
  const parts = HANDOVER_PARTS.flatMap((kind) => {
    const p = h[kind];
    return p ? [{ kind, workbook: p.workbook, at: p.at }] : [];
  });
  return {
    kind: 'excel', label: t('fromExcelParts'), parts, input: both.input, issues: [], doubts: [], inferred: both.inferred, dataYears: both.dataYears,
    ...(both.years ? { years: both.years } : {}), ...(both.previous ? { previous: { ok: true, data: both.previous } } : {}),
  };
}

export function useWordPane(port: WordPort, lang: Lang, store: KeyValueStore | null) {
  const langRef = useRef(lang);
  langRef.current = lang;
  const t = useCallback((k: UiKey, p?: Record<string, string | number>) => uiText(langRef.current, k, p), []);
  const [handover, setHandover] = useState<Handover | null>(null);
  const [opened, setOpened] = useState<DataSource | null>(null);
  const [settings, setSettings] = useState<WordSettings>({});
  const [chosen, setChosen] = useState<SectionId[]>([...SECTION_IDS]);
  const [notice, setNotice] = useState<WordNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [edited, setEdited] = useState<SectionControl[] | null>(null);
  const openedFiles = useRef<File[]>([]);
  /** Last year's workbooks opened here ("Mở sổ năm trước…"), read once; null: none opened here. */
  const previousBooks = useRef<WorkbookInput[] | null>(null);
  /** Last year against the figures sent from Excel (summaries only), with the figures it was made against. */
  const [againstExcel, setAgainstExcel] = useState<{ previous: PreviousResult; of: DataSource } | null>(null);
  /** The hand-over's text as last read (undefined: not read yet). */
  const storedText = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      const loaded = await port.loadSettings().catch(() => ({}) as WordSettings);
      setSettings(loaded);
      if (loaded.sections?.length) setChosen(loaded.sections);
    })();
  }, [port]);

  // What Excel sent: read at start, and again when the Excel pane sends more (another window of the add-in writes
  // the same storage) or when the clerk comes back to the pane.
  useEffect(() => {
    if (!store) return undefined;
    // Read again only when the stored text changed: the figures (and the preview) are not rebuilt on every focus.
    const reread = () => {
      const now = store.getItem(HANDOVER_KEY);
      if (now === storedText.current) return;
      storedText.current = now;
      setHandover(readHandover(store));
    };
    reread();
    const onStorage = (e: StorageEvent) => {
      if (e.key === HANDOVER_KEY || e.key === null) reread();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('focus', reread);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('focus', reread);
    };
  }, [store]);

  const fromExcel = useMemo(() => sourceOfHandover(handover, t), [handover, t]);
  // Workbooks opened here are what the clerk chose last: they win over what Excel sent.
  const data = opened ?? fromExcel;
  const profile = settings.profile;
  // Last year: opened here (against workbooks opened here, or against what Excel sent), else what Excel sent with it.
  const previous = opened ? opened.previous : againstExcel && againstExcel.of === fromExcel ? againstExcel.previous : fromExcel?.previous;
  const input = useMemo(() => {
    if (!data) return null;
    const i = withProfile(data.input, profile, settings.confirmed);
    // A comparison made for another report year (a year confirmed since) is not used: the section says so.
    const comparison = previous?.ok && previous.data.comparison.year === i.year ? previous.data.comparison : undefined;
    return { ...i, comparison };
  }, [data, profile, settings.confirmed, previous]);
  // A merged commune: its former communes' lines when the clerk asks (the preview, Insert and Update alike).
  const formerCommunes = formerCommuneOption(settings, input);
  // Kept as objects while the settings and the workbooks stay: the editor keeps what the clerk types.
  const merger = useMemo(() => mergerOf(settings), [settings]);
  const formerAsked = useMemo(() => formerQuestions(opened?.formerCommunes, false), [opened]);
  const byFormerCommune = formerCommunes.on;
  // The profile's base of the Gia đình văn hóa rate, as the CLI's report uses it.
  const culturalFamilyBase = profile?.overrides?.culturalFamilyBase ?? 'registered';
  const doc = useMemo(() => (input ? buildReport(input, SECTION_IDS, { byFormerCommune, culturalFamilyBase }) : null), [input, byFormerCommune, culturalFamilyBase]);
  const questions = useMemo(() => {
    if (!data || !input) return { year: null, villages: null };
    const a = { year: input.year, villages: input.villages, inferred: stillInferred(data, settings), dataYears: data.dataYears };
    return { year: yearQuestion(a), villages: villageQuestion(a) };
  }, [data, input, settings]);

  /** A new action starts: the notices and questions of the last one go. */
  const clearNotice = useCallback(() => {
    setNotice(null);
    setEdited(null);
  }, []);

  const act = async (work: () => Promise<WordNotice | null>) => {
    setBusy(true);
    clearNotice();
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ intent: 'error', text: t('failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  /** Reads and validates the workbooks picked here; null when they hold no register. */
  const analyseFiles = async (files: File[], confirmed: ConfirmedProfile | undefined, withProfile = profile): Promise<DataSource | null> => {
    const picked = await pickedBytes(files, langRef.current);
    const last = previousBooks.current;
    const result = await analyseInBackground(
      { files: picked, overrides: {}, profile: withProfile, confirmed, lang: langRef.current, today: new Date().toISOString(), ...(last ? { previous: last } : {}) },
      (done, total) => setProgress({ done, total }),
    );
    if (!result.registers.length) return null;
    return {
      kind: 'files',
      label: t('openedFiles', { files: shortList(files.map((f) => f.name), 'file', langRef.current) }),
      parts: [],
      input: result.report,
      issues: result.registers.flatMap((r) => r.issues),
      // The guessed year is asked at the top (AskProfile), not said a second time among the doubts.
      doubts: result.doubts.filter((d) => d.code !== 'year.guessed'),
      inferred: result.inferred,
      dataYears: result.dataYears,
      ...(result.previous ? { previous: result.previous } : {}),
      ...(result.formerCommunes ? { formerCommunes: result.formerCommunes } : {}),
    };
  };

  /** Last year against the figures sent from Excel: their summaries only (Excel keeps the rows). */
  const compareWithExcel = async (source: DataSource, confirmed: ConfirmedProfile | undefined) => {
    const books = previousBooks.current;
    if (!books) return undefined;
    const i = withProfile(source.input, profile, confirmed);
    const result = await compareSummaryInBackground({
      previous: books, current: { year: i.year, summary: { households: i.households, awards: i.awards } }, profile, confirmed, lang: langRef.current, today: new Date().toISOString(),
    });
    setAgainstExcel({ previous: result, of: source });
    return result;
  };

  /** The workbooks opened here analysed again, or last year compared again with what Excel sent: last year's result. */
  const recheck = async (confirmed: ConfirmedProfile | undefined, withProfile = profile): Promise<PreviousResult | undefined> => {
    if (opened && openedFiles.current.length) {
      const again = await analyseFiles(openedFiles.current, confirmed, withProfile);
      if (again) setOpened(again);
      return again?.previous;
    }
    return fromExcel ? compareWithExcel(fromExcel, confirmed) : undefined;
  };

  // What Excel sent changed while last year's workbooks are open here: compared again with the new figures.
  useEffect(() => {
    if (!opened && fromExcel && previousBooks.current && againstExcel?.of !== fromExcel) void compareWithExcel(fromExcel, settings.confirmed).catch(() => undefined);
  }, [fromExcel, opened]);

  /** Last year's workbooks: read in the worker once, then compared with this year's figures. */
  const openPrevious = (files: File[]) =>
    act(async () => {
      if (files.some((f) => openedFiles.current.some((o) => o.name === f.name && o.size === f.size && o.lastModified === f.lastModified))) {
        return { intent: 'error', text: t('previousSame', { file: files[0].name }) };
      }
      const books = await readInBackground(await pickedBytes(files, langRef.current), (done, total) => setProgress({ done, total }));
      previousBooks.current = books;
      const result = await recheck(settings.confirmed);
      return result?.ok ? { intent: 'success', text: t('previousLoaded', { year: result.data.year }) } : null;
    });

  /** Last year is dropped: the workbooks opened here, and last year sent from Excel. */
  const dropPrevious = () =>
    act(async () => {
      const files = previous?.ok ? previous.data.files : (previousBooks.current ?? []).map((w) => w.file);
      previousBooks.current = null;
      setAgainstExcel(null);
      if (opened) setOpened({ ...opened, previous: undefined });
      if (store && fromExcel?.previous) {
        setHandover(dropHandoverPrevious(store));
        storedText.current = store.getItem(HANDOVER_KEY);
      }
      return { intent: 'info', text: t('previousDropped', { files: shortList(files.map((f) => `"${f}"`), 'file', langRef.current) }) };
    });

  const openFiles = (files: File[]) =>
    act(async () => {
      const source = await analyseFiles(files, settings.confirmed);
      if (!source) return { intent: 'warning', text: t('noRegister') };
      openedFiles.current = files;
      setOpened(source);
      // Errors are listed in their own bar: one message for one fact.
      return source.issues.some((i) => i.severity === 'error') ? null : { intent: 'success', text: t('dataClean') };
    });

  const saveSettings = async (next: WordSettings) => {
    setSettings(next);
    await port.saveSettings(next);
  };

  const saveProfile = (raw: unknown) =>
    act(async () => {
      const p = parseProfile(raw);
      if (!p.ok) return { intent: 'error', text: t('profileInvalid', { message: p.problems.join('; ') }) };
      // A full profile wins over what was confirmed without one (withProfile).
      await saveSettings({ ...(await port.loadSettings()), profile: p.profile });
      return { intent: 'success', text: t('profileSaved') };
    });

  /** The year or the villages confirmed (or changed) at the top: kept in the profile, or beside it without one. */
  const confirm = (c: Confirmation) =>
    act(async () => {
      const current = await port.loadSettings();
      const next: WordSettings = current.profile
        ? { ...current, profile: { ...current.profile, ...(c.year !== undefined ? { year: c.year } : {}), ...(c.villages ? { villages: c.villages } : {}) } }
        : { ...current, confirmed: { ...current.confirmed, ...c } };
      await saveSettings(next);
      // Workbooks opened here are checked again: confirmed villages change what is an unknown village, a year which
      // awards are counted.
      await recheck(next.confirmed);
      const what = [
        c.year !== undefined ? t('year', { value: c.year }) : '',
        c.villages ? t('villagesInferred', { value: shortList(c.villages, 'village', langRef.current) }) : '',
      ].filter(Boolean).join('; ');
      return { intent: 'success', text: t('confirmSavedWord', { what }) };
    });

  /** A merged commune's former communes typed by the clerk (null: removed); the workbooks opened here read again. */
  const saveMerger = (m: Merger | null, villages: string[] = []) =>
    act(async () => {
      const next = settingsWithMerger(await port.loadSettings(), m, villages);
      if (!next.ok) return { intent: 'error', text: t('profileInvalid', { message: next.problems.join('; ') }) };
      await saveSettings(next.settings);
      await recheck(next.settings.confirmed, next.settings.profile);
      if (!m) return { intent: 'success', text: t('mergerDropped') };
      return { intent: 'success', text: t('mergerSaved', { n: m.formerCommunes.length, list: shortList(next.settings.profile?.villages ?? next.settings.confirmed?.villages ?? villages, 'village', langRef.current) }) };
    });

  /** A workbook (or a sheet of one) opened here told to be a former commune's by the clerk. */
  const assignFormer = (q: FormerQuestion, name: string) =>
    act(async () => {
      const next = settingsWithAssignment(await port.loadSettings(), q, name);
      await saveSettings(next);
      await recheck(next.confirmed, next.profile);
      const what = q.sheet === undefined ? t('mergerWhatFile', { file: q.file }) : t('mergerWhatSheet', { sheet: q.sheet });
      return { intent: 'success', text: t('mergerAssigned', { what, name }) };
    });

  const dropPart = (kind: HandoverPartKind) =>
    act(async () => {
      if (!store) return null;
      const part = handover?.[kind];
      setHandover(dropHandoverPart(store, kind));
      storedText.current = store.getItem(HANDOVER_KEY);
      return part ? { intent: 'info', text: t('partDropped', { part: t(kind).toLowerCase(), workbook: part.workbook }) } : null;
    });

  const choose = (ids: SectionId[]) => {
    clearNotice();
    const ordered = SECTION_IDS.filter((id) => ids.includes(id));
    setChosen(ordered);
    void port.loadSettings().then((s) => port.saveSettings({ ...s, sections: ordered })).catch(() => undefined);
  };

  /** The former communes' lines asked for or not: kept in the document's settings for the next update. */
  const chooseByFormerCommune = (on: boolean) => {
    clearNotice();
    setSettings((s) => ({ ...s, byFormerCommune: on }));
    void port.loadSettings().then((s) => port.saveSettings({ ...s, byFormerCommune: on })).catch(() => undefined);
  };

  const insert = () =>
    act(async () => {
      if (!doc) return null;
      const sections = doc.sections.filter((s) => chosen.includes(s.id) && !s.omitted);
      await port.insertSections(sections);
      return { intent: 'success', text: t('inserted', { n: sections.length }) };
    });

  /** Updates every inserted section; when some were edited by hand, asks first (`edited` is then set). One Word.run:
   *  the controls are read and written in the same batch (one read sync, one write sync). */
  const updateAll = (mode: UpdateMode = 'ask') =>
    act(async () => {
      if (!doc) return null;
      // A section the current data says nothing about keeps what it has (a workbook may be missing this time).
      const result = await port.updateSections(doc.sections.filter((s) => !s.omitted), mode);
      if (result.kind === 'none') return { intent: 'info', text: t('nothingToUpdate') };
      if (result.kind === 'edited') {
        setEdited(result.edited);
        return null;
      }
      const titles = doc.sections.filter((s) => result.tags.includes(`baocao:${s.id}`)).map((s) => s.title);
      return { intent: 'success', text: t('updated', { n: result.tags.length, list: titles.join('; ') }) };
    });

  return {
    t, data, input, profile, settings, questions, doc, chosen, notice, busy, progress, edited, previous, formerCommunes,
    checkPrevious: previous?.ok && input?.comparison ? { year: previous.data.year, households: previous.data.households, awards: previous.data.awards } : undefined,
    merger, formerAsked, saveMerger, assignFormer,
    openFiles, openPrevious, dropPrevious, saveProfile, confirm, dropPart, choose, chooseByFormerCommune, insert, updateAll, clearNotice, cancelUpdate: () => setEdited(null),
  };
}
