// The pane: finds its host, then shows the Excel or the Word pane; outside Office, the page of its own
// (page/OutsideOffice.tsx): the Excel view, or the Word view with `?host=word`.
import { useEffect, useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/messages';
import { uiText } from '../i18n/ui';
import type { ExcelPort } from '../hosts/excel/port';
import type { KeyValueStore } from '../hosts/handover';
import { ExcelPane } from './excel/ExcelPane';
import type { WordPort } from '../hosts/word/port';
import { WordPane } from './word/WordPane';
import { OutsideOffice } from './page/OutsideOffice';
import { PaneLayout } from './PaneLayout';
import { detectHost, supports, type HostKind } from './host';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
});

/** Outside Office the page shows its Excel view, or its Word view with `?host=word`. */
function pageView(): 'excel' | 'word' {
  try {
    return new URLSearchParams(globalThis.location?.search ?? '').get('host') === 'word' ? 'word' : 'excel';
  } catch {
    return 'excel';
  }
}

function storage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function App() {
  const s = useStyles();
  const store = useMemo(storage, []);
  const [lang, setLang] = useState<Lang>(() => (store?.getItem('baocao:lang') === 'en' ? 'en' : 'vi'));
  const [host, setHost] = useState<HostKind | null>(null);
  const [port, setPort] = useState<ExcelPort | null>(null);
  const [wordPort, setWordPort] = useState<WordPort | null>(null);
  const [wordTooOld, setWordTooOld] = useState(false);
  const t = (k: Parameters<typeof uiText>[1]) => uiText(lang, k);

  useEffect(() => {
    void detectHost().then(async (h) => {
      setHost(h);
      if (h === 'excel' && supports('ExcelApi', '1.9')) {
        const { OfficeExcel } = await import('../hosts/excel/officeExcel');
        setPort(new OfficeExcel());
      } else if (h === 'word') {
        if (!supports('WordApi', '1.3')) setWordTooOld(true);
        else {
          const { OfficeWord } = await import('../hosts/word/officeWord');
          setWordPort(new OfficeWord());
        }
      }
    });
  }, []);

  const switchLang = () => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    store?.setItem('baocao:lang', next);
    setLang(next);
  };

  const header = (
    <header className={s.header}>
      <Text size={500} weight="semibold">{t('appName')}</Text>
      <Button size="small" appearance="subtle" onClick={switchLang} aria-label={t('language')}>{t('language')}</Button>
    </header>
  );

  if (host === 'none') return <OutsideOffice view={pageView()} lang={lang} store={store} header={header} />;
  return (
    <PaneLayout lang={lang} header={header}>
      {host === null && <Spinner size="small" label={t('reading')} />}
      {host === 'excel' && !port && <MessageBar intent="error"><MessageBarBody>{t('oldExcel')}</MessageBarBody></MessageBar>}
      {wordTooOld && <MessageBar intent="error"><MessageBarBody>{t('oldWord')}</MessageBarBody></MessageBar>}
      {port && <ExcelPane key={lang} port={port} lang={lang} store={store} />}
      {wordPort && <WordPane key={lang} port={wordPort} lang={lang} store={store} />}
    </PaneLayout>
  );
}
