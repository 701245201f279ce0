// Field names as the pane shows them, Vietnamese and English.
import type { Lang } from './messages';

const FIELDS: Record<string, [vi: string, en: string]> = {
  stt: ['STT', 'No.'],
  householdId: ['Mã hộ', 'Household code'],
  headName: ['Họ tên chủ hộ', 'Head of household'],
  householdNo: ['TT hộ', 'Household no.'],
  personName: ['Họ tên', 'Name'],
  relation: ['Quan hệ với chủ hộ', 'Relation to the head'],
  gender: ['Giới tính', 'Gender'],
  genderMale: ['Giới tính: Nam', 'Gender: male'],
  genderFemale: ['Giới tính: Nữ', 'Gender: female'],
  birthYear: ['Năm sinh', 'Birth year'],
  birthYearMale: ['Năm sinh (Nam)', 'Birth year (male)'],
  birthYearFemale: ['Năm sinh (Nữ)', 'Birth year (female)'],
  cccd: ['Số CCCD', 'CCCD'],
  phone: ['Điện thoại', 'Phone'],
  village: ['Thôn', 'Village'],
  villageCode: ['Mã thôn', 'Village code'],
  size: ['Số nhân khẩu', 'Household size'],
  poverty: ['Phân loại hộ', 'Household class'],
  poor: ['Hộ nghèo', 'Poor'],
  nearPoor: ['Hộ cận nghèo', 'Near-poor'],
  average: ['Hộ mức sống TB', 'Average standard'],
  culturalFamilyRegistered: ['Đăng ký GĐVH', 'Cultural family registered'],
  culturalFamilyAchieved: ['Đạt GĐVH', 'Cultural family achieved'],
  learningFamily: ['Gia đình học tập', 'Learning family'],
  note: ['Ghi chú', 'Note'],
  recipientName: ['Tên tập thể/cá nhân', 'Recipient'],
  recipientKind: ['Đối tượng', 'Recipient kind'],
  position: ['Chức vụ, đơn vị', 'Position, unit'],
  form: ['Hình thức', 'Award form'],
  authority: ['Cơ quan quyết định', 'Authority'],
  decisionNo: ['Số quyết định', 'Decision number'],
  decisionDate: ['Ngày quyết định', 'Decision date'],
  decision: ['Số, ngày quyết định', 'Decision'],
  amount: ['Số tiền', 'Amount'],
  field: ['Lĩnh vực', 'Field of achievement'],
  count: ['Số hộ', 'Households'],
};

/** Every field a column can be mapped to (`--map`, the "Sửa cột" panel). */
export const FIELD_IDS: readonly string[] = Object.keys(FIELDS);

export function fieldLabel(field: string, lang: Lang): string {
  const f = FIELDS[field];
  return f ? f[lang === 'vi' ? 0 : 1] : field;
}

const KINDS: Record<string, [vi: string, en: string]> = {
  households: ['sổ hộ gia đình', 'household register'],
  persons: ['danh sách nhân khẩu theo hộ', 'list of persons by household'],
  awards: ['sổ khen thưởng', 'awards register'],
};

/** A register kind's name in running text ("sổ hộ gia đình"). */
export function kindName(kind: string, lang: Lang): string {
  const k = KINDS[kind];
  return k ? k[lang === 'vi' ? 0 : 1] : kind;
}
