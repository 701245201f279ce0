// The pane: finds its host, then shows the Excel pane (or, outside Office, the Excel pane over an in-memory workbook).
import { useEffect, useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/messages';
import { uiText } from '../i18n/ui';
import type { Grid } from '../core/grid';
import type { ExcelPort } from '../hosts/excel/port';
import { FakeExcel } from '../hosts/excel/fakeExcel';
import type { KeyValueStore } from '../hosts/handover';
import { ExcelPane } from './excel/ExcelPane';
import { FakeSheetView } from './FakeSheetView';
import type { WordPort } from '../hosts/word/port';
import { FakeWord } from '../hosts/word/fakeWord';
import { WordPane } from './word/WordPane';
import { FakeDocumentView } from './FakeDocumentView';
import { demoGrids } from './demoWorkbook';
import { detectHost, supports, type HostKind } from './host';

const useStyles = makeStyles({
  page: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalM },
  pane: { width: '100%', maxWidth: '450px', minWidth: '280px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS },
  sheet: { flexGrow: 1, minWidth: '320px', maxWidth: '760px' },
});

/** What a test or the demo page may put on `window` before the pane starts: the fake workbook's sheets. */
interface PageHooks {
  __BAOCAO_FAKE_WORKBOOK__?: { name: string; grids: Grid[] };
  __BAOCAO_FAKE_DOCUMENT__?: string[];
  __baocaoFake?: FakeExcel;
  __baocaoFakeWord?: FakeWord;
}

/** Outside Office the page shows the Excel pane, or the Word pane with `?host=word`. */
function pageHost(): 'excel' | 'word' {
  try {
    return new URLSearchParams(globalThis.location?.search ?? '').get('host') === 'word' ? 'word' : 'excel';
  } catch {
    return 'excel';
  }
}

const SAMPLE_DOCUMENT = [
  'BÁO CÁO',
  'Tổng kết công tác thi đua, khen thưởng năm 2024',
  'I. KẾT QUẢ THỰC HIỆN',
  '1. Phong trào thi đua',
  '',
  'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025',
];

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
  const [fake, setFake] = useState<FakeExcel | null>(null);
  const [wordPort, setWordPort] = useState<WordPort | null>(null);
  const [fakeWord, setFakeWord] = useState<FakeWord | null>(null);
  const [wordTooOld, setWordTooOld] = useState(false);
  const [version, setVersion] = useState(0);
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
      } else if (h === 'none' && pageHost() === 'word') {
        const hooks = globalThis as PageHooks;
        const d = new FakeWord(hooks.__BAOCAO_FAKE_DOCUMENT__ ?? SAMPLE_DOCUMENT, () => setVersion((v) => v + 1));
        hooks.__baocaoFakeWord = d;
        setFakeWord(d);
        setWordPort(d);
      } else if (h === 'none') {
        const hooks = globalThis as PageHooks;
        const wb = hooks.__BAOCAO_FAKE_WORKBOOK__ ?? { name: 'So-mau.xlsx', grids: demoGrids() };
        const f = FakeExcel.fromGrids(wb.name, wb.grids, () => setVersion((v) => v + 1));
        hooks.__baocaoFake = f;
        setFake(f);
        setPort(f);
      }
    });
  }, []);

  const switchLang = () => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    store?.setItem('baocao:lang', next);
    setLang(next);
  };

  return (
    <div className={s.page}>
      <main className={s.pane} lang={lang}>
        <header className={s.header}>
          <Text size={500} weight="semibold">{t('appName')}</Text>
          <Button size="small" appearance="subtle" onClick={switchLang} aria-label={t('language')}>{t('language')}</Button>
        </header>
        {host === null && <Spinner size="small" label={t('reading')} />}
        {host === 'none' && <MessageBar intent="info"><MessageBarBody>{t(fakeWord ? 'outsideOfficeWord' : 'outsideOffice')}</MessageBarBody></MessageBar>}
        {host === 'excel' && !port && <MessageBar intent="error"><MessageBarBody>{t('oldExcel')}</MessageBarBody></MessageBar>}
        {wordTooOld && <MessageBar intent="error"><MessageBarBody>{t('oldWord')}</MessageBarBody></MessageBar>}
        {port && <ExcelPane key={lang} port={port} lang={lang} store={store} />}
        {wordPort && <WordPane key={lang} port={wordPort} lang={lang} store={store} />}
      </main>
      {fake && (
        <aside className={s.sheet} aria-label="Excel">
          <FakeSheetView fake={fake} version={version} />
        </aside>
      )}
      {fakeWord && (
        <aside className={s.sheet} aria-label="Word">
          <FakeDocumentView doc={fakeWord} version={version} />
        </aside>
      )}
    </div>
  );
}
