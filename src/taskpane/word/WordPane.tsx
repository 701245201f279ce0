// The Word pane: where the figures come from, the commune profile, the section catalogue with a live preview,
// insert at the cursor, and update every inserted section.
import { useEffect, useMemo } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, makeStyles, tokens,
} from '@fluentui/react-components';
import type { WordPort } from '../../hosts/word/port';
import type { KeyValueStore } from '../../hosts/handover';
import type { ReportInput } from '../../core/report/input';
import type { Lang } from '../../i18n/messages';
import { ReportPreview } from '../report/ReportPreview';
import { SectionChoice } from '../report/SectionChoice';
import { DownloadReport } from '../page/DownloadReport';
import { ProfileForm } from './ProfileForm';
import { CheckPanel } from './CheckPanel';
import { useWordPane } from './useWordPane';
import { DataParts } from './DataParts';
import { DataErrors } from './DataErrors';
import { WORKBOOK_TYPES } from '../fileTypes';
import { DoubtBars } from '../DoubtBars';
import { AskProfile } from '../AskProfile';
import { PreviousYear } from '../PreviousYear';
import { PickFilesButton } from '../PickFilesButton';
import { AskFormerCommune } from '../merger/AskFormerCommune';
import { MergerCard } from '../merger/MergerCard';
import { FormerCommunesSummary } from '../merger/FormerCommunesSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  preview: { maxHeight: '420px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalXS },
});

interface Props {
  port: WordPort;
  lang: Lang;
  store: KeyValueStore | null;
  /** Outside Office (the page): the sections can be downloaded as .docx, and a report .docx opened to be checked. */
  page?: {
    openReport: (file: File) => Promise<string | null>;
    dropped: { files: File[]; seq: number } | null;
    /** Told of the figures the pane works from (the page shows their summary beside the document). */
    onData: (input: ReportInput | null, label: string) => void;
  };
}

export function WordPane({ port, lang, store, page }: Props) {
  const s = useStyles();
  const w = useWordPane(port, lang, store);
  const { t } = w;
  const dropped = page?.dropped;
  const onData = page?.onData;
  const { input } = w;
  const label = useMemo(() => (w.data?.kind === 'excel' ? w.data.parts.map((p) => p.workbook).join(', ') : w.data?.label ?? ''), [w.data]);
  useEffect(() => onData?.(input, label), [input, onData, label]);
  useEffect(() => {
    if (dropped?.files.length) void w.openFiles(dropped.files);
    // Each drop on the page is handled once, when it arrives.
  }, [dropped]);
  return (
    <div className={s.root}>
      {w.progress && <ProgressBar value={w.progress.total ? w.progress.done / w.progress.total : undefined} />}
      <AskProfile lang={lang} year={w.questions.year} villages={w.questions.villages} busy={w.busy} onConfirm={w.confirm} />
      {w.notice && (
        <MessageBar intent={w.notice.intent} data-testid="notice">
          <MessageBarBody>{w.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {w.edited && (
        <MessageBar intent="warning" layout="multiline" data-testid="edited-warning">
          <MessageBarBody>{t('editedWarning', { list: w.edited.map((c) => c.title || c.sectionId).join('; ') })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => w.updateAll('overwrite')}>{t('overwrite')}</Button>
            <Button size="small" onClick={() => w.updateAll('skip-edited')}>{t('skipEdited')}</Button>
            <Button size="small" appearance="subtle" onClick={w.cancelUpdate}>{t('cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {w.data?.kind === 'excel' ? (
        <DataParts data={w.data} lang={lang} busy={w.busy} onDrop={w.dropPart} />
      ) : (
        <Caption1>{w.data ? w.data.label : t('noData')}</Caption1>
      )}
      <div className={s.row}>
        <PickFilesButton label={t('openWorkbook')} accept={WORKBOOK_TYPES} multiple testId="open-workbook" size="small" disabled={w.busy} onFiles={(files) => void w.openFiles(files)} />
      </div>
      {w.data && <PreviousYear previous={w.previous} lang={lang} busy={w.busy} onOpen={w.openPrevious} onDrop={w.dropPrevious} />}
      {w.formerAsked.length > 0 && (
        <AskFormerCommune questions={w.formerAsked} communes={(w.merger?.formerCommunes ?? []).map((c) => c.name)} lang={lang} busy={w.busy} onAnswer={w.assignFormer} />
      )}
      {/* A workbook of no known former commune is asked about above, not said again as a doubt. */}
      <DoubtBars doubts={w.data?.doubts.filter((d) => !(w.formerAsked.length && d.code === 'formerCommune.unknown'))} lang={lang} />
      <DataErrors issues={w.data?.issues ?? []} lang={lang} />
      {w.data?.formerCommunes && <FormerCommunesSummary by={w.data.formerCommunes} lang={lang} />}
      <Accordion multiple collapsible defaultOpenItems={['sections']}>
        <AccordionItem value="profile">
          <AccordionHeader>{t('profile')}</AccordionHeader>
          <AccordionPanel>
            <ProfileForm profile={w.profile} fallback={{ commune: input?.commune, year: input?.year, villages: input?.villages }} lang={lang} busy={w.busy} onSave={w.saveProfile} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="sections">
          <AccordionHeader>{t('sectionsTitle')}</AccordionHeader>
          <AccordionPanel>
            {w.doc && (
              <SectionChoice
                doc={w.doc} chosen={w.chosen} lang={lang} onChange={w.choose}
                formerCommunes={w.formerCommunes.offered ? { checked: w.formerCommunes.on, onChange: w.chooseByFormerCommune } : undefined}
              />
            )}
            <div className={s.row}>
              <Button appearance="primary" disabled={w.busy || !w.doc || !w.chosen.length} onClick={w.insert}>{t('insert')}</Button>
              <Button disabled={w.busy || !w.doc} onClick={() => w.updateAll('ask')}>{t('updateAll')}</Button>
            </div>
            {page && w.data && <DownloadReport doc={w.doc} chosen={w.chosen} input={input} lang={lang} disabled={w.busy} />}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="check">
          <AccordionHeader>{t('checkReport')}</AccordionHeader>
          <AccordionPanel>
            <CheckPanel port={port} lang={lang} data={input} previous={w.checkPrevious} openReport={page?.openReport} onStart={w.clearNotice} />
          </AccordionPanel>
        </AccordionItem>
        {/* Former communes matter to the workbooks read here; figures sent from Excel were split there. */}
        {w.data?.kind !== 'excel' && (
          <AccordionItem value="merger">
            <AccordionHeader>{t('mergerTitle')}</AccordionHeader>
            <AccordionPanel>
              <MergerCard merger={w.merger} lang={lang} busy={w.busy} onSave={w.saveMerger} onDrop={() => w.saveMerger(null)} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {w.doc && (
          <AccordionItem value="preview">
            <AccordionHeader>{t('preview')}</AccordionHeader>
            <AccordionPanel>
              <div className={s.preview}>
                <ReportPreview doc={w.doc} sections={w.chosen} />
              </div>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </div>
  );
}
