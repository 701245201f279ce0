// The Excel pane, in the order that matters: progress, the status (registers, figures, how many errors), the year and
// villages to confirm, doubts, then the summary, the issues by severity and rule, the fixes, and what was found.
import { useEffect, useMemo } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelPort } from '../../hosts/excel/port';
import type { KeyValueStore } from '../../hosts/handover';
import type { Lang } from '../../i18n/messages';
import { FoundPanel } from './FoundPanel';
import { IssuesPanel } from './IssuesPanel';
import { FixPanel } from './FixPanel';
import { SummaryPanel } from './SummaryPanel';
import { DoubtBars } from '../DoubtBars';
import { useExcelPane } from './useExcelPane';
import { fixableIssues, highlightSignature, issueKey, worstByCell } from './paneState';
import { StatusCard } from './StatusCard';
import { PreviousYear } from '../PreviousYear';
import { AskProfile } from '../AskProfile';
import { AskFormerCommune } from '../merger/AskFormerCommune';
import { MergerCard } from '../merger/MergerCard';
import { FormerCommunesSummary } from '../merger/FormerCommunesSummary';
import { formerQuestions } from '../merger/merger';
import { villageQuestion, yearQuestion } from '../askProfile';
import type { PaneAnalysis } from './paneAnalysis';
import { uiNumber } from '../../i18n/ui';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  merger: { marginTop: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

interface Props {
  port: ExcelPort;
  lang: Lang;
  store: KeyValueStore | null;
  /** Told of every new analysis (the page outside Office shows its summary and report beside the pane). */
  onAnalysis?: (analysis: PaneAnalysis | null) => void;
}

export function ExcelPane({ port, lang, store, onAnalysis }: Props) {
  const s = useStyles();
  const pane = useExcelPane(port, lang, store);
  const { state, t } = pane;
  const a = state.analysis;
  useEffect(() => onAnalysis?.(a), [a, onAnalysis]);
  const issues = useMemo(() => a?.registers.flatMap((r) => r.issues) ?? [], [a]);
  const fixes = useMemo(() => fixableIssues(a, state.snapshot), [a, state.snapshot]);
  const fixableKeys = useMemo(() => new Set(fixes.map(issueKey)), [fixes]);
  const yearAsked = a ? yearQuestion(a) : null;
  // Colours put on before a fix, an undo or another look no longer match the issues: said, with a way to redo them.
  const highlightStale = state.highlighted !== null && !state.busy && highlightSignature(worstByCell(issues)) !== state.highlighted;
  // Awards of other years left out: the same fact as a year outside the registers' dates, told in the year's bar.
  const yearDoubt = yearAsked?.outside ? a?.doubts.find((d) => d.code === 'awards.otherYears') : undefined;
  // One workbook: a sheet whose former commune is not known is asked about by itself.
  const formerAsked = useMemo(() => formerQuestions(a?.formerCommunes, true), [a]);
  const profile = state.snapshot?.settings.profile;
  const merger = useMemo(() => (profile?.formerCommunes ? { formerCommunes: profile.formerCommunes, renamedVillages: profile.renamedVillages } : undefined), [profile]);
  const working = state.phase === 'reading' || state.phase === 'validating';
  return (
    <div className={s.root}>
      {working && (
        <div className={s.progress} role="status" aria-live="polite">
          {state.progress ? (
            <>
              <Text size={200}>{t('validating', { done: uiNumber(state.progress.done, lang), total: uiNumber(state.progress.total, lang) })}</Text>
              <ProgressBar value={state.progress.total ? state.progress.done / state.progress.total : undefined} />
            </>
          ) : (
            <Spinner size="tiny" label={state.phase === 'reading' ? t('reading') : t('checking')} labelPosition="after" />
          )}
        </div>
      )}
      {a && a.registers.length > 0 && <StatusCard analysis={a} lang={lang} />}
      {state.notice && (
        <MessageBar intent={state.notice.intent} data-testid="notice">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'empty' && <MessageBar intent="info"><MessageBarBody>{t('emptyWorkbook')}</MessageBarBody></MessageBar>}
      {state.phase === 'none' && <MessageBar intent="warning"><MessageBarBody>{t('noRegister')}</MessageBarBody></MessageBar>}
      {/* What the analysis inferred or is unsure of comes first, where the clerk looks: a table that looks certain
          is worse. The guessed year is asked once, in AskProfile, not again as a doubt. */}
      {a && a.registers.length > 0 && <AskProfile lang={lang} year={yearAsked} yearDetail={yearDoubt?.text} villages={villageQuestion(a)} busy={state.busy} onConfirm={pane.confirmProfile} />}
      {a && formerAsked.length > 0 && (
        <AskFormerCommune questions={formerAsked} communes={(a.formerCommunes ?? []).flatMap((c) => (c.name === null ? [] : [c.name]))} lang={lang} busy={state.busy} onAnswer={pane.assignFormer} />
      )}
      {/* A sheet of no known former commune is asked about above, not said again as a doubt. */}
      <DoubtBars doubts={a?.doubts.filter((d) => !(yearAsked && (d.code === 'year.guessed' || d === yearDoubt)) && !(formerAsked.length && d.code === 'formerCommune.unknown'))} lang={lang} />
      <div className={s.toolbar}>
        <Button onClick={pane.find} disabled={state.busy}>{t('findAgain')}</Button>
        {a && issues.length > 0 && (!state.highlighted || highlightStale) && <Button onClick={pane.highlight} disabled={state.busy}>{t(highlightStale ? 'rehighlight' : 'highlight')}</Button>}
        {a && state.highlighted && <Button onClick={pane.clearHighlight} disabled={state.busy}>{t('clearHighlight')}</Button>}
      </div>
      {highlightStale && <Caption1 data-testid="highlight-stale">{t('highlightStale')}</Caption1>}
      {a && a.registers.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={['summary', 'issues']}>
          <AccordionItem value="summary">
            <AccordionHeader>{t('summary')}</AccordionHeader>
            <AccordionPanel>
              <SummaryPanel analysis={a} lang={lang} busy={state.busy} onWriteSheet={pane.writeSummary} onSendToWord={store ? pane.sendToWord : null}>
                {a.formerCommunes && <FormerCommunesSummary by={a.formerCommunes} lang={lang} />}
              </SummaryPanel>
              <PreviousYear previous={a.previous} lang={lang} busy={state.busy} onOpen={pane.openPrevious} onDrop={pane.dropPrevious} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="issues">
            <AccordionHeader><span>{t('issues')} (<span data-testid="issue-count">{uiNumber(issues.length, lang)}</span>)</span></AccordionHeader>
            <AccordionPanel>
              <IssuesPanel issues={issues} lang={lang} onSelect={(i) => pane.select(i.sheet, i.cell)} fixable={fixableKeys} onFixGroup={pane.applyFixes} busy={state.busy} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="fixes">
            <AccordionHeader>{t('fixes')}</AccordionHeader>
            <AccordionPanel>
              <FixPanel
                fixes={fixes}
                lockedSheets={(state.snapshot?.sheets ?? []).filter((x) => x.protected && a.registers.some((r) => r.sheet === x.grid.sheet)).map((x) => x.grid.sheet)}
                journalSize={state.snapshot?.journal.length ?? 0}
                lang={lang}
                busy={state.busy}
                onApply={pane.applyFixes}
                onUndo={pane.undoFixes}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="found">
            <AccordionHeader>{`${t('found')}: ${a.registers.length}`}</AccordionHeader>
            <AccordionPanel>
              <FoundPanel analysis={a} lang={lang} overrides={state.snapshot?.settings.overrides ?? {}} onSave={pane.saveMapping} busy={state.busy} />
              {/* Which former commune each sheet is belongs with how the workbook was read (and keeps the first
                  screens for the status, summary and issues). */}
              <section className={s.merger} aria-label={t('mergerTitle')}>
                <Text weight="semibold" block>{t('mergerTitle')}</Text>
                <MergerCard merger={merger} lang={lang} busy={state.busy} onSave={pane.saveMerger} onDrop={() => pane.saveMerger(null)} />
              </section>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
