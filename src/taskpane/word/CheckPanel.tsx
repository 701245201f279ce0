// "Kiểm tra báo cáo": reads the open document's paragraphs in one batch, lists what a careful second reader would
// question, and selects a finding's paragraph when the clerk clicks it.
import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WordPort } from '../../hosts/word/port';
import { checkReport, type CheckOptions, type Finding } from '../../core/check';
import type { ReportInput } from '../../core/report/input';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';
import { REPORT_TYPES } from '../fileTypes';
import { PickFilesButton } from '../PickFilesButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'block', width: '100%', textAlign: 'left', border: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, background: 'transparent',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, cursor: 'pointer', fontFamily: 'inherit', color: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  excerpt: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', display: 'block', whiteSpace: 'pre-wrap' },
  message: { whiteSpace: 'pre-wrap' },
});

interface Props {
  port: WordPort;
  lang: Lang;
  /** The loaded figures, when there are any: claims in the text are compared with them. */
  data: ReportInput | null;
  /** Last year's figures, when loaded: "so với năm trước" claims are compared with both years. */
  previous?: CheckOptions['previous'];
  /** Outside Office: puts a report .docx the clerk picks in place of the document; resolves with an error message, or
   *  null when it is open (the check then runs on it at once). */
  openReport?: (file: File) => Promise<string | null>;
  /** Told when a check starts: the pane's notices of earlier actions go. */
  onStart?: () => void;
}

export function CheckPanel({ port, lang, data, previous, openReport, onStart }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [paragraphs, setParagraphs] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Where, then what; a message that already opens with its place (a table cell's) is shown as it is. */
  const line = (f: Finding) => {
    const where = (lang === 'vi' ? f.location : f.locationEn ?? f.location) ?? t('paragraph', { n: f.paragraph + 1 });
    const what = lang === 'vi' ? f.message : f.messageEn ?? f.message;
    return what.startsWith(where) ? what : `${where} · ${what}`;
  };
  const run = async () => {
    onStart?.();
    setBusy(true);
    setError(null);
    try {
      // The tables too, with their merged cells: a table finding names its cell, and a click selects that cell. The
      // heading styles' levels make headings as in a .docx the CLI checks.
      const { paragraphs: ps, tables, outlineLevel } = await port.readReport();
      setParagraphs(ps);
      setFindings(checkReport(ps, { tables, layout: { outlineLevel }, ...(data ? { summary: { households: data.households, awards: data.awards }, year: data.year } : {}), ...(data && previous ? { previous } : {}) }));
    } catch (e) {
      setError(t('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const open = async (file: File) => {
    if (!openReport) return;
    onStart?.();
    setBusy(true);
    setFindings(null);
    const problem = await openReport(file);
    setBusy(false);
    if (problem) setError(problem);
    else await run();
  };
  return (
    <div className={s.root}>
      <div className={s.actions}>
        <Button onClick={run} disabled={busy}>{t('checkReport')}</Button>
        {openReport && (
          <PickFilesButton label={t('openReport')} accept={REPORT_TYPES} testId="open-report" disabled={busy} onFiles={(files) => void open(files[0])} />
        )}
      </div>
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {findings && findings.length === 0 && <MessageBar intent="success"><MessageBarBody>{t('noFindings')}</MessageBarBody></MessageBar>}
      {findings && findings.length > 0 && (
        <>
          <Text weight="semibold">{t('findings', { n: findings.length })}</Text>
          <ul className={s.list} data-testid="findings">
            {findings.map((f, i) => (
              <li key={`${f.paragraph}|${f.code}|${i}`}>
                <button type="button" className={s.item} onClick={() => void port.selectParagraph(f.paragraph, paragraphs[f.paragraph])}>
                  <Caption1 block className={s.message}>{line(f)}</Caption1>
                  <Caption1 className={s.excerpt}>{f.excerpt}</Caption1>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
