// The Word pane's state and actions: data (from Excel, or a workbook opened here), the commune profile, the
// section catalogue with its preview, insert at the cursor, update every inserted section.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WordPort, SectionControl } from '../../hosts/word/port';
import { handedOver, readHandover, type KeyValueStore } from '../../hosts/handover';
import type { ReportInput } from '../../core/report/input';
import { buildReport } from '../../core/report/sections';
import { SECTION_IDS, type SectionId } from '../../core/report/model';
import { parseProfile, type CommuneProfile } from '../../core/profile';
import type { Lang } from '../../i18n/messages';
import { uiText, type UiKey } from '../../i18n/ui';
import { analyseInBackground } from '../worker/analysisClient';
import type { PaneDoubt, PaneIssue } from '../excel/paneAnalysis';
import { pickedBytes } from '../fileTypes';

export interface WordNotice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface DataSource {
  kind: 'excel' | 'files';
  label: string;
  input: ReportInput;
  /** Issues found when the workbook was opened here (errors are shown before anything is inserted). */
  issues: PaneIssue[];
  /** What the analysis is unsure of, as sentences: shown before anything is inserted. */
  doubts: PaneDoubt[];
}

/** The report input with the profile's names and year, when the clerk gave a profile. */
export function withProfile(input: ReportInput, profile: CommuneProfile | undefined): ReportInput {
  if (!profile) return input;
  return { ...input, commune: profile.commune, district: profile.district ?? input.district, province: profile.province ?? input.province, year: profile.year };
}

export function useWordPane(port: WordPort, lang: Lang, store: KeyValueStore | null) {
  const langRef = useRef(lang);
  langRef.current = lang;
  const t = useCallback((k: UiKey, p?: Record<string, string | number>) => uiText(langRef.current, k, p), []);
  const [data, setData] = useState<DataSource | null>(null);
  const [profile, setProfile] = useState<CommuneProfile | undefined>(undefined);
  const [chosen, setChosen] = useState<SectionId[]>([...SECTION_IDS]);
  const [notice, setNotice] = useState<WordNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [edited, setEdited] = useState<SectionControl[] | null>(null);

  useEffect(() => {
    void (async () => {
      const settings = await port.loadSettings().catch(() => ({}) as Awaited<ReturnType<WordPort['loadSettings']>>);
      if (settings.profile) setProfile(settings.profile);
      if (settings.sections?.length) setChosen(settings.sections);
      const h = store ? readHandover(store) : null;
      const both = h && handedOver(h);
      const latest = h && [h.households, h.awards].filter((p) => p !== undefined).sort((x, y) => y.at.localeCompare(x.at))[0];
      if (both && latest) setData({ kind: 'excel', label: t('fromExcel', { workbook: latest.workbook, at: new Date(latest.at).toLocaleString('vi-VN') }), input: both.input, issues: [], doubts: [] });
    })();
  }, [port, store, t]);

  const doc = useMemo(() => (data ? buildReport(withProfile(data.input, profile), SECTION_IDS) : null), [data, profile]);

  const act = async (work: () => Promise<WordNotice | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ intent: 'error', text: t('failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const openFiles = (files: File[]) =>
    act(async () => {
      const picked = await pickedBytes(files, langRef.current);
      const result = await analyseInBackground({ files: picked, overrides: {}, profile, lang: langRef.current, today: new Date().toISOString() }, (done, total) => setProgress({ done, total }));
      if (!result.registers.length) return { intent: 'warning', text: t('noRegister') };
      const issues = result.registers.flatMap((r) => r.issues);
      setData({ kind: 'files', label: t('openedFiles', { files: files.map((f) => f.name).join(', ') }), input: result.report, issues, doubts: result.doubts });
      const errors = issues.filter((i) => i.severity === 'error').length;
      return errors ? { intent: 'warning', text: t('dataErrors', { n: errors }) } : { intent: 'success', text: t('dataClean') };
    });

  const saveProfile = (raw: unknown) =>
    act(async () => {
      const p = parseProfile(raw);
      if (!p.ok) return { intent: 'error', text: t('profileInvalid', { message: p.problems.join('; ') }) };
      setProfile(p.profile);
      await port.saveSettings({ ...(await port.loadSettings()), profile: p.profile });
      return { intent: 'success', text: t('profileSaved') };
    });

  const choose = (ids: SectionId[]) => {
    const ordered = SECTION_IDS.filter((id) => ids.includes(id));
    setChosen(ordered);
    void port.loadSettings().then((s) => port.saveSettings({ ...s, sections: ordered })).catch(() => undefined);
  };

  const insert = () =>
    act(async () => {
      if (!doc) return null;
      const sections = doc.sections.filter((s) => chosen.includes(s.id) && !s.omitted);
      await port.insertSections(sections);
      return { intent: 'success', text: t('inserted', { n: sections.length }) };
    });

  /** Updates every inserted section; when some were edited by hand, asks first (`edited` is then set). */
  const updateAll = (mode: 'ask' | 'overwrite' | 'skip-edited' = 'ask') =>
    act(async () => {
      if (!doc) return null;
      const controls = await port.listSections();
      if (!controls.length) return { intent: 'info', text: t('nothingToUpdate') };
      const changed = controls.filter((c) => c.edited);
      if (mode === 'ask' && changed.length) {
        setEdited(changed);
        return null;
      }
      setEdited(null);
      const skip = new Set(mode === 'skip-edited' ? changed.map((c) => c.sectionId) : []);
      const present = new Set(controls.map((c) => c.sectionId));
      // A section the current data says nothing about keeps what it has (a workbook may be missing this time).
      const sections = doc.sections.filter((s) => present.has(s.id) && !skip.has(s.id) && !s.omitted);
      const tags = await port.refreshSections(sections);
      const titles = doc.sections.filter((s) => tags.includes(`baocao:${s.id}`)).map((s) => s.title);
      return { intent: 'success', text: t('updated', { n: tags.length, list: titles.join('; ') }) };
    });

  return { t, data, profile, doc, chosen, notice, busy, progress, edited, openFiles, saveProfile, choose, insert, updateAll, cancelUpdate: () => setEdited(null) };
}
