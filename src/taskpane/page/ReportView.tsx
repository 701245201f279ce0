// The page's "Báo cáo" tab: choose the sections, preview them as they will read, and download them as .docx.
import { useMemo, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReportInput } from '../../core/report/input';
import { SECTION_IDS, type SectionId } from '../../core/report/model';
import { buildReport } from '../../core/report/sections';
import type { Lang } from '../../i18n/messages';
import { ReportPreview } from '../report/ReportPreview';
import { SectionChoice } from '../report/SectionChoice';
import { DownloadReport } from './DownloadReport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  preview: { border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: '#fff', padding: '16px 20px', maxHeight: '640px', overflowY: 'auto' },
});

export function ReportView({ input, lang }: { input: ReportInput; lang: Lang }) {
  const s = useStyles();
  // A merged commune may state each former commune's figures, as in the Word pane (off until asked).
  const [byFormerCommune, setByFormerCommune] = useState(false);
  const doc = useMemo(() => buildReport(input, SECTION_IDS, { byFormerCommune }), [input, byFormerCommune]);
  const [chosen, setChosen] = useState<SectionId[]>([...SECTION_IDS]);
  return (
    <div className={s.root}>
      <SectionChoice
        doc={doc} chosen={chosen} lang={lang} onChange={(ids) => setChosen(SECTION_IDS.filter((id) => ids.includes(id)))}
        formerCommunes={input.formerCommunes?.length ? { checked: byFormerCommune, onChange: setByFormerCommune } : undefined}
      />
      <DownloadReport doc={doc} chosen={chosen} input={input} lang={lang} />
      <div className={s.preview} data-testid="report-preview">
        <ReportPreview doc={doc} sections={chosen} />
      </div>
    </div>
  );
}
