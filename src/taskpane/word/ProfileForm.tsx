// The commune profile, editable in the pane and remembered in the document: its name, district, province, year and
// villages; what else the profile holds is kept when the form is saved (profileDraft.ts).
import { useEffect, useState } from 'react';
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { CommuneProfile } from '../../core/profile';
import type { Lang } from '../../i18n/messages';
import { uiText } from '../../i18n/ui';
import { profileOfForm } from './profileDraft';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  wide: { gridColumn: '1 / -1' },
});

interface Props {
  profile: CommuneProfile | undefined;
  fallback: { commune?: string; year?: number; villages?: string[] };
  lang: Lang;
  busy: boolean;
  onSave: (raw: unknown) => void;
}

export function ProfileForm({ profile, fallback, lang, busy, onSave }: Props) {
  const s = useStyles();
  const t = (k: Parameters<typeof uiText>[1]) => uiText(lang, k);
  const [commune, setCommune] = useState('');
  const [district, setDistrict] = useState('');
  const [province, setProvince] = useState('');
  const [year, setYear] = useState('');
  const [villages, setVillages] = useState('');
  useEffect(() => {
    setCommune(profile?.commune ?? fallback.commune ?? '');
    setDistrict(profile?.district ?? '');
    setProvince(profile?.province ?? '');
    setYear(String(profile?.year ?? fallback.year ?? ''));
    setVillages((profile?.villages ?? fallback.villages ?? []).join('\n'));
  }, [profile, fallback.commune, fallback.year, fallback.villages]);
  // The fields the form does not show (former communes, renamed villages, overrides) stay as they were.
  const submit = () => onSave(profileOfForm(profile, { commune, district, province, year, villages }));
  return (
    <div className={s.form}>
      <Field label={t('commune')} className={s.wide}><Input className={s.input} value={commune} onChange={(_e, d) => setCommune(d.value)} /></Field>
      <Field label={t('district')} className={s.field}><Input className={s.input} value={district} onChange={(_e, d) => setDistrict(d.value)} /></Field>
      <Field label={t('province')} className={s.field}><Input className={s.input} value={province} onChange={(_e, d) => setProvince(d.value)} /></Field>
      <Field label={t('reportYear')} className={s.field}><Input className={s.input} type="number" value={year} onChange={(_e, d) => setYear(d.value)} /></Field>
      <Field label={t('villagesList')} className={s.wide}><Textarea rows={4} value={villages} onChange={(_e, d) => setVillages(d.value)} /></Field>
      <Button className={s.wide} disabled={busy} onClick={submit}>{t('saveProfile')}</Button>
    </div>
  );
}
