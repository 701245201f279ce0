// The Word pane: where the figures come from, the commune profile, the section catalogue with a live preview,
// insert at the cursor, and update every inserted section.
import { useRef } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Checkbox, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens,
} from '@fluentui/react-components';
import type { WordPort } from '../../hosts/word/port';
import type { KeyValueStore } from '../../hosts/handover';
import type { Lang } from '../../i18n/messages';
import { ReportPreview } from '../report/ReportPreview';
import { ProfileForm } from './ProfileForm';
import { CheckPanel } from './CheckPanel';
import { useWordPane } from './useWordPane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  sections: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  preview: { maxHeight: '420px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground3, padding: tokens.spacingHorizontalXS },
  hidden: { display: 'none' },
});

/** What "Mở sổ Excel…" offers: .xlsx, legacy .xls (also HTML tables saved as .xls), .ods, .csv, SpreadsheetML .xml. */
const WORKBOOK_TYPES = [
  '.xlsx', '.xls', '.ods', '.csv', '.xml', '.htm', '.html',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet', 'text/csv',
].join(',');

export function WordPane({ port, lang, store }: { port: WordPort; lang: Lang; store: KeyValueStore | null }) {
  const s = useStyles();
  const w = useWordPane(port, lang, store);
  const { t } = w;
  const file = useRef<HTMLInputElement>(null);
  const errors = w.data?.issues.filter((i) => i.severity === 'error') ?? [];
  return (
    <div className={s.root}>
      {w.progress && <ProgressBar value={w.progress.total ? w.progress.done / w.progress.total : undefined} />}
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
      <div className={s.row}>
        <Caption1>{w.data ? w.data.label : t('noData')}</Caption1>
        <input
          ref={file}
          className={s.hidden}
          type="file"
          accept={WORKBOOK_TYPES}
          multiple
          data-testid="open-workbook"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) void w.openFiles(files);
          }}
        />
        <Button size="small" disabled={w.busy} onClick={() => file.current?.click()}>{t('openWorkbook')}</Button>
      </div>
      {w.data?.doubts.map((d, i) => (
        <MessageBar key={`doubt-${i}`} intent="warning" layout="multiline" data-testid="doubt">
          <MessageBarBody>
            <MessageBarTitle>{t('doubts')}</MessageBarTitle>
            {d}
          </MessageBarBody>
        </MessageBar>
      ))}
      {errors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('dataErrors', { n: errors.length })}
            <ul>{errors.slice(0, 5).map((i) => <li key={`${i.sheet}!${i.cell}|${i.code}`}>{`${i.sheet}!${i.cell}: ${i.message}`}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible defaultOpenItems={['sections']}>
        <AccordionItem value="profile">
          <AccordionHeader>{t('profile')}</AccordionHeader>
          <AccordionPanel>
            <ProfileForm profile={w.profile} fallback={{ commune: w.data?.input.commune, year: w.data?.input.year, villages: w.data?.input.villages }} lang={lang} busy={w.busy} onSave={w.saveProfile} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="sections">
          <AccordionHeader>{t('sectionsTitle')}</AccordionHeader>
          <AccordionPanel>
            {w.doc && (
              <div className={s.sections} role="group" aria-label={t('sectionsTitle')}>
                {w.doc.sections.map((sec) => (
                  <Checkbox
                    key={sec.id}
                    checked={w.chosen.includes(sec.id)}
                    disabled={!!sec.omitted}
                    label={sec.omitted ? `${sec.title} — ${t('omittedNote', { reason: sec.omitted })}` : sec.title}
                    onChange={(_e, d) => w.choose(d.checked ? [...w.chosen, sec.id] : w.chosen.filter((x) => x !== sec.id))}
                  />
                ))}
              </div>
            )}
            <div className={s.row}>
              <Button appearance="primary" disabled={w.busy || !w.doc || !w.chosen.length} onClick={w.insert}>{t('insert')}</Button>
              <Button disabled={w.busy || !w.doc} onClick={() => w.updateAll('ask')}>{t('updateAll')}</Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="check">
          <AccordionHeader>{t('checkReport')}</AccordionHeader>
          <AccordionPanel>
            <CheckPanel port={port} lang={lang} data={w.data?.input ?? null} />
          </AccordionPanel>
        </AccordionItem>
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
