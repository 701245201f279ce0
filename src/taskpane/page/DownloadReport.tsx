// "Tải báo cáo (.docx)": the chosen report sections as a Word file, written in the page by the CLI's own writer
// (src/io/docx.ts, loaded only when asked) and handed to the browser as a download; nothing leaves the computer.
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportDoc, SectionId } from '../../core/report/model';
import type { ReportInput } from '../../core/report/input';
import { reportFileTitle } from '../../core/report/sections';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/** The report file's name: "bao-cao-2024-xa-tan-lap.docx" (no accents, which every file system keeps). */
export function reportFileName(input: Pick<ReportInput, 'year' | 'commune'>): string {
  const slug = (input.commune ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `bao-cao-${input.year}${slug ? `-xa-${slug}` : ''}.docx`;
}

/** Offers `bytes` to the browser as a download named `name`. */
function saveFile(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface Props {
  doc: ReportDoc | null;
  chosen: readonly SectionId[];
  input: Pick<ReportInput, 'year' | 'commune'> | null;
  lang: Lang;
  disabled?: boolean;
}

export function DownloadReport({ doc, chosen, input, lang, disabled }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const sections = doc?.sections.filter((x) => chosen.includes(x.id) && x.omitted === undefined) ?? [];
  const download = async () => {
    if (!doc || !input) return;
    if (!sections.length) {
      setNotice({ intent: 'warning', text: t('nothingToDownload') });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const { reportToDocx } = await import('../../io/docx');
      const name = reportFileName(input);
      saveFile(await reportToDocx({ sections }, { title: reportFileTitle(input) }), name);
      setNotice({ intent: 'success', text: t('downloaded', { file: name, n: sections.length }) });
    } catch (e) {
      setNotice({ intent: 'error', text: t('failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={s.root}>
      <Button appearance="primary" data-testid="download-docx" disabled={disabled || busy || !doc} onClick={() => void download()}>{t('downloadDocx')}</Button>
      {notice && <MessageBar intent={notice.intent} data-testid="download-notice"><MessageBarBody>{notice.text}</MessageBarBody></MessageBar>}
    </div>
  );
}
