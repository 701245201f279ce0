// Which report sections to insert or download: one check box per section, in report order; a section without
// figures is shown with the reason and cannot be chosen. A merged commune's figures add, under the poverty section,
// the choice of stating each former commune's figures too (`formerCommunes`).
import { Fragment } from 'react';
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportDoc, SectionId } from '../../core/report/model';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalS },
  nested: { marginLeft: tokens.spacingHorizontalXXL },
});

/** The section whose figures the former communes' lines break down. */
const FORMER_COMMUNE_SECTION: SectionId = 'ho-ngheo';

interface Props {
  doc: ReportDoc;
  chosen: readonly SectionId[];
  lang: Lang;
  onChange: (chosen: SectionId[]) => void;
  /** The figures have former communes: whether their lines are asked for, and the clerk's change of it. */
  formerCommunes?: { checked: boolean; onChange: (on: boolean) => void };
}

export function SectionChoice({ doc, chosen, lang, onChange, formerCommunes }: Props) {
  const s = useStyles();
  return (
    <div className={s.sections} role="group" aria-label={uiText(lang, 'sectionsTitle')}>
      {doc.sections.map((sec) => (
        <Fragment key={sec.id}>
          <Checkbox
            checked={chosen.includes(sec.id)}
            disabled={!!sec.omitted}
            label={sec.omitted ? `${sec.title} — ${uiText(lang, 'omittedNote', { reason: sec.omitted })}` : sec.title}
            onChange={(_e, d) => onChange(d.checked ? [...chosen, sec.id] : chosen.filter((x) => x !== sec.id))}
          />
          {formerCommunes && sec.id === FORMER_COMMUNE_SECTION && (
            <Checkbox
              className={s.nested}
              data-testid="by-former-commune"
              checked={formerCommunes.checked}
              disabled={!!sec.omitted}
              label={uiText(lang, 'byFormerCommune')}
              onChange={(_e, d) => formerCommunes.onChange(d.checked === true)}
            />
          )}
        </Fragment>
      ))}
    </div>
  );
}
