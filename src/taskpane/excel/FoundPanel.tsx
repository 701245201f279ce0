// What was found in the workbook: each register's sheet, kind, header rows, columns and blocks, with a way to
// correct the column mapping (stored in the workbook).
import { useMemo, useState } from 'react';
import { Button, Caption1, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LayoutOverride } from '../../core/layout/detect';
import { HOUSEHOLD_FIELDS } from '../../core/registers/households/fields';
import { AWARD_FIELDS } from '../../core/registers/awards/fields';
import { PERSON_FIELDS } from '../../core/registers/persons/fields';
import { fieldLabel } from '../../i18n/fields';
import type { Lang } from '../../i18n/messages';
import { uiNumber, uiText } from '../../i18n/ui';
import { shortList } from '../../i18n/lists';
import type { PaneAnalysis, PaneRegister } from './paneAnalysis';

const useStyles = makeStyles({
  register: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: '2px' },
  mapping: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.3fr)', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  analysis: PaneAnalysis;
  lang: Lang;
  overrides: Record<string, LayoutOverride>;
  onSave: (overrides: Record<string, LayoutOverride>) => void;
  busy: boolean;
}

function RegisterMapping({ reg, lang, value, onChange }: { reg: PaneRegister; lang: Lang; value: Record<string, string>; onChange: (field: string, column: string) => void }) {
  const s = useStyles();
  const fields = reg.kind === 'households' ? HOUSEHOLD_FIELDS : reg.kind === 'persons' ? PERSON_FIELDS : AWARD_FIELDS;
  return (
    <div className={s.mapping}>
      {fields.map((f) => (
        <FieldRow key={f} field={f} label={fieldLabel(f, lang)} reg={reg} column={value[f] ?? ''} lang={lang} onChange={onChange} />
      ))}
    </div>
  );
}

function FieldRow({ field, label, reg, column, lang, onChange }: { field: string; label: string; reg: PaneRegister; column: string; lang: Lang; onChange: (f: string, c: string) => void }) {
  const id = `map-${reg.sheet}-${field}`;
  return (
    <>
      <label htmlFor={id}>
        <Caption1>{label}</Caption1>
      </label>
      <Select id={id} size="small" value={column} onChange={(_e, d) => onChange(field, d.value)}>
        <option value="">{uiText(lang, 'notUsed')}</option>
        {reg.headers.map((h) => (
          <option key={h.column} value={h.column}>
            {`${h.column} · ${h.text.slice(0, 40)}`}
          </option>
        ))}
      </Select>
    </>
  );
}

export function FoundPanel({ analysis, lang, overrides, onSave, busy }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1], p?: Record<string, string | number>) => uiText(lang, k, p);
  const initial = useMemo(() => Object.fromEntries(analysis.registers.map((r) => [r.sheet, { ...r.columns }])), [analysis]);
  const [edits, setEdits] = useState<Record<string, Record<string, string>>>(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const save = (sheet: string) => {
    // Only what the clerk changed is saved ("" = not used): the other columns stay as read, and keep being checked
    // against their values.
    const before = initial[sheet] ?? {};
    const changed = Object.fromEntries(Object.entries(edits[sheet] ?? {}).filter(([f, c]) => (c ?? '') !== (before[f] ?? '')).map(([f, c]) => [f, c || 0]));
    onSave({ ...overrides, [sheet]: { ...overrides[sheet], columns: { ...overrides[sheet]?.columns, ...changed } } });
    setEditing(null);
  };
  return (
    <div>
      {analysis.registers.map((reg) => (
        <section key={reg.sheet} className={s.register} aria-label={reg.sheet}>
          <Text weight="semibold">{`${t(reg.kind === 'households' ? 'households' : reg.kind === 'persons' ? 'personList' : reg.proposal ? 'proposals' : 'awards')} · "${reg.sheet}"`}</Text>
          <div className={s.facts}>
            <Caption1>{t('headerRows')}</Caption1>
            <Caption1>{reg.headerRows.join(', ')}</Caption1>
            <Caption1>{t('dataRows')}</Caption1>
            <Caption1>{reg.dataRows ? `${uiNumber(reg.dataRows, lang)}${reg.firstDataRow ? ` (${reg.firstDataRow}–${reg.lastDataRow})` : ''}` : t('registerEmpty')}</Caption1>
            {reg.people && (
              <>
                <Caption1>{t('householdsAndPersons')}</Caption1>
                <Caption1>{t('peopleCount', { households: uiNumber(reg.people.households, lang), persons: uiNumber(reg.people.persons, lang) })}</Caption1>
              </>
            )}
            {reg.sections.length > 0 && (
              <>
                <Caption1>{t('sections')}</Caption1>
                <Caption1>{shortList(reg.sections.map((x) => `${x.row}: ${x.text}`), 'section', lang, 12)}</Caption1>
              </>
            )}
            {reg.subtotalRows + reg.totalRows > 0 && (
              <>
                <Caption1>{t('subtotals')}</Caption1>
                <Caption1>{reg.subtotalRows + reg.totalRows}</Caption1>
              </>
            )}
            <Caption1>{t('columns')}</Caption1>
            <Caption1>{Object.entries(reg.columns).map(([f, c]) => `${fieldLabel(f, lang)}: ${c}`).join(' · ')}</Caption1>
          </div>
          {editing === reg.sheet ? (
            <>
              <RegisterMapping reg={reg} lang={lang} value={edits[reg.sheet] ?? {}} onChange={(f, c) => setEdits((e) => ({ ...e, [reg.sheet]: { ...e[reg.sheet], [f]: c } }))} />
              <Button appearance="primary" size="small" disabled={busy} onClick={() => save(reg.sheet)}>
                {t('saveMapping')}
              </Button>
            </>
          ) : (
            <Button size="small" appearance="secondary" onClick={() => setEditing(reg.sheet)}>
              {t('correctMapping')}
            </Button>
          )}
        </section>
      ))}
      {analysis.ignored.length > 0 && <Caption1 className={s.muted}>{`${t('ignoredSheets')}: ${shortList(analysis.ignored.map((i) => (i.reason === 'earlierYear' ? `"${i.sheet}" (${t('earlierYearSheet', { year: i.year ?? '' })})` : `"${i.sheet}"`)), 'sheet', lang, 8)}`}</Caption1>}
    </div>
  );
}
