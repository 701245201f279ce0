// Which report sections to insert or download: one check box per section, in report order; a section without
// figures is shown with the reason and cannot be chosen.
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportDoc, SectionId } from '../../core/report/model';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalS },
});

interface Props {
  doc: ReportDoc;
  chosen: readonly SectionId[];
  lang: Lang;
  onChange: (chosen: SectionId[]) => void;
}

export function SectionChoice({ doc, chosen, lang, onChange }: Props) {
  const s = useStyles();
  return (
    <div className={s.sections} role="group" aria-label={uiText(lang, 'sectionsTitle')}>
      {doc.sections.map((sec) => (
        <Checkbox
          key={sec.id}
          checked={chosen.includes(sec.id)}
          disabled={!!sec.omitted}
          label={sec.omitted ? `${sec.title} — ${uiText(lang, 'omittedNote', { reason: sec.omitted })}` : sec.title}
          onChange={(_e, d) => onChange(d.checked ? [...chosen, sec.id] : chosen.filter((x) => x !== sec.id))}
        />
      ))}
    </div>
  );
}
