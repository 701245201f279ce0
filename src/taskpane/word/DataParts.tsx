// Where the figures sent from Excel came from: the households part and the awards part, each with its workbook and
// time and a button to drop it; a part not sent yet is said so; two parts of different years are told.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { HANDOVER_PARTS, type HandoverPartKind } from '../../hosts/handover';
import type { Lang } from '../../i18n/messages';
import { uiText, type UiKey } from '../../i18n/ui';
import type { DataSource } from './useWordPane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  part: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  data: DataSource;
  lang: Lang;
  busy: boolean;
  onDrop: (kind: HandoverPartKind) => void;
}

/** A time as the clerk's computer writes it (vi-VN: "08:30:00 10/1/2024"). */
function when(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}

export function DataParts({ data, lang, busy, onDrop }: Props) {
  const s = useStyles();
  const t = (k: UiKey, p?: Record<string, string | number>) => uiText(lang, k, p);
  return (
    <div className={s.root} data-testid="data-parts">
      <Caption1>{data.label}</Caption1>
      {HANDOVER_PARTS.map((kind) => {
        const part = data.parts.find((p) => p.kind === kind);
        if (!part) return <Caption1 key={kind} className={s.muted} data-testid={`part-${kind}`}>{t('handoverMissing', { part: t(kind) })}</Caption1>;
        return (
          <div key={kind} className={s.part} data-testid={`part-${kind}`}>
            <Caption1 className={s.text}>{t('handoverPart', { part: t(kind), workbook: part.workbook, at: when(part.at, lang) })}</Caption1>
            <Button size="small" appearance="subtle" disabled={busy} aria-label={t('dropPartLabel', { part: t(kind).toLowerCase() })} onClick={() => onDrop(kind)}>
              {t('dropPart')}
            </Button>
          </div>
        );
      })}
      {data.years && <Caption1 className={s.warning}>{t('handoverYears', data.years)}</Caption1>}
    </div>
  );
}
