// A list of persons grouped by household (DOMAIN.md §2.1): the household fields, plus who the person is in it.
import type { HeaderWords, Vocabulary } from '../../layout/vocabulary';
import { householdVocabulary } from '../households/fields';

export const PERSON_FIELDS = [
  'householdNo', 'stt', 'householdId', 'personName', 'relation', 'gender', 'genderMale', 'genderFemale', 'birthYear', 'birthYearMale',
  'birthYearFemale', 'cccd', 'phone', 'village', 'villageCode', 'size', 'poverty', 'poor', 'nearPoor', 'average', 'culturalFamilyRegistered',
  'culturalFamilyAchieved', 'learningFamily', 'note',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

// Not a bare "Hộ": folded it is also "Họ" (family name), a column of its own in some lists.
const householdNo = (h: HeaderWords) => h.hasAny('tt ho', 'stt ho', 'so tt ho', 'so thu tu ho', 'thu tu ho') || h.is('ho so');
const relation = (h: HeaderWords) => h.hasAny('quan he', 'mqh', 'qh voi chu ho', 'qh chu ho', 'qhch');
const personName = (h: HeaderWords) => h.hasAny('ho va ten', 'ho ten', 'hoten', 'ten nhan khau', 'ten thanh vien', 'ho chu dem va ten', 'ho chu dem ten', 'ho dem va ten') || h.is('ten');
/** The head's id or name repeated on every member's row (population-database exports): the household's key. */
const headKey = (h: HeaderWords) => h.hasAny('dinh danh chu ho', 'cccd chu ho', 'cmnd chu ho', 'ma dinh danh chu ho', 'ho ten chu ho', 'ho va ten chu ho', 'ten chu ho');

/** The household vocabulary with the person's fields first; the name column is the person's, not the head's. */
export const personVocabulary: Vocabulary<PersonField> = {
  kind: 'persons',
  rules: [
    { field: 'ignored', match: (h) => h.hasAny('ky nhan', 'ky ten', 'chu ky', 'ma nhan khau', 'ma nk', 'ma so nhan khau') },
    { field: 'householdNo', match: householdNo },
    { field: 'relation', match: relation },
    { field: 'personName', match: (h) => personName(h) && !h.has('chu ho') },
    { field: 'householdId', match: headKey },
    ...householdVocabulary.rules.flatMap((r) => (r.field === 'headName' ? [] : [r as { field: PersonField | 'ignored'; match: (h: HeaderWords) => boolean }])),
  ],
  // A household code alone also groups persons; a household list with a code is told apart by its values (content.ts).
  accepts: (f) => f.has('personName') && (f.has('relation') || f.has('householdNo') || f.has('householdId')),
};
