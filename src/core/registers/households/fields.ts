// The household register's fields and the header words that name them (DOMAIN.md §2).
import type { HeaderWords, Vocabulary } from '../../layout/vocabulary';

export const HOUSEHOLD_FIELDS = [
  'stt', 'householdId', 'headName', 'gender', 'genderMale', 'genderFemale', 'birthYear', 'birthYearMale', 'birthYearFemale', 'cccd', 'phone',
  'village', 'villageCode', 'size', 'poverty', 'poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved',
  'learningFamily', 'note',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

const birth = (h: HeaderWords) => h.hasAny('nam sinh', 'ngay sinh', 'sinh nam') || h.is('ns') || h.is('ngay thang nam sinh');
const cultural = (h: HeaderWords) => h.hasAny('van hoa', 'gdvh', 'vh', 'gd vh');
/** Where a person lives now, works, or was born: never the village of the household (DOMAIN.md §2.2). */
export const notVillage = (h: HeaderWords) =>
  h.hasAny('noi lam viec', 'lam viec', 'noi o hien nay', 'noi o hien tai', 'cho o hien nay', 'que quan', 'nguyen quan', 'noi sinh', 'don vi cong tac', 'noi cong tac', 'co quan', 'tam tru', 'noi cu tru hien');
/** The village column: a village word, an address, the permanent residence or an area code. */
export const villageHeader = (h: HeaderWords) =>
  !notVillage(h) &&
  (h.hasAny('thon', 'xom', 'dia chi', 'khu dan cu', 'to dan pho', 'khu pho', 'thon xom', 'thuong tru', 'ho khau thuong tru', 'dia ban', 'ma dia ban') || h.is('ap') || h.is('ban') || h.is('lang') || h.is('to'));
/** A person's code, number or relation: never the household's size, name or class. */
export const personOnly = (h: HeaderWords) => h.hasAny('ma nhan khau', 'ma nk', 'ma so nhan khau', 'quan he', 'mqh', 'qh voi chu ho');
/** "Phân loại cán bộ", "Phân loại khen thưởng": classes of something else than the household. */
const otherClassification = (h: HeaderWords) => h.hasAny('can bo', 'doi tuong', 'khen thuong', 'lao dong', 'cong chuc', 'dang vien', 'hoc sinh', 'nghe nghiep', 'tap the', 'ca nhan');

export const householdVocabulary: Vocabulary<HouseholdField> = {
  kind: 'households',
  rules: [
    { field: 'ignored', match: (h) => h.hasAny('ky nhan', 'ky ten', 'chu ky') || personOnly(h) },
    { field: 'stt', match: (h) => h.is('stt') || h.is('tt') || h.is('so tt') || h.is('so thu tu') || h.is('thu tu') },
    { field: 'note', match: (h) => h.has('ghi chu') },
    { field: 'householdId', match: (h) => h.hasAny('ma ho', 'ma hgd', 'so ho khau', 'ma so ho', 'ma chu ho', 'ma gia dinh', 'ma ho gia dinh', 'so ho so ho') },
    { field: 'cccd', match: (h) => h.hasAny('cccd', 'can cuoc', 'dinh danh', 'cmnd', 'cmt', 'so cmnd') },
    { field: 'phone', match: (h) => h.hasAny('sdt', 'dien thoai', 'so dt', 'dtdd') || h.is('dt') },
    { field: 'birthYearMale', match: (h) => birth(h) && h.subIs('nam') },
    { field: 'birthYearFemale', match: (h) => birth(h) && h.subIs('nu') },
    { field: 'birthYear', match: birth },
    // "Giới tính ▸ Nam | Nữ" (or bare "Nam" | "Nữ" headers): two mark columns, the marked one gives the gender.
    { field: 'genderMale', match: (h) => (h.hasAny('gioi tinh', 'gioi') && h.subIs('nam')) || h.is('nam') },
    { field: 'genderFemale', match: (h) => (h.hasAny('gioi tinh', 'gioi') && h.subIs('nu')) || h.is('nu') },
    { field: 'gender', match: (h) => h.has('gioi tinh') || h.is('gioi') || h.is('nam nu') || h.is('phai') || h.is('gt') },
    { field: 'headName', match: (h) => h.hasAny('chu ho', 'ho va ten', 'ho ten', 'ten chu ho', 'ho chu dem va ten', 'ho chu dem ten', 'ho dem va ten') || h.is('ten') },
    { field: 'size', match: (h) => h.hasAny('khau', 'so nguoi', 'thanh vien', 'so nhan khau') || h.is('nk') },
    { field: 'learningFamily', match: (h) => h.hasAny('hoc tap', 'gdht', 'gd ht') },
    { field: 'culturalFamilyRegistered', match: (h) => h.hasAny('dang ky', 'dk') && cultural(h) },
    // "Đạt GĐVH 3 năm liền", "… tiêu biểu": a subset of the year's recognised households, not the year's result.
    { field: 'ignored', match: (h) => cultural(h) && h.hasAny('nam lien', 'lien tuc', 'nhieu nam', 'tieu bieu', 'xuat sac', 'giai doan') },
    { field: 'culturalFamilyAchieved', match: (h) => cultural(h) && (h.hasAny('dat', 'ket qua', 'cong nhan', 'kq') || !h.sub) && !h.has('khong dat') },
    { field: 'poverty', match: (h) => h.hasAny('phan loai', 'loai ho', 'dien ho', 'xep loai') && !h.sub && !otherClassification(h) },
    // "Nguyên nhân nghèo", "Năm thoát nghèo", "Điểm B1 …", "Thiếu hụt …": about poverty, not a class mark.
    { field: 'ignored', match: (h) => h.has('ngheo') && h.hasAny('nguyen nhan', 'ly do', 'thoat', 'vao dien', 'diem', 'thieu hut', 'chi so', 'chuan') },
    { field: 'nearPoor', match: (h) => h.has('can ngheo') || h.is('hcn') || h.has('hcn') },
    { field: 'poor', match: (h) => h.has('ngheo') || h.is('hn') },
    { field: 'average', match: (h) => h.hasAny('muc song', 'trung binh', 'mstb', 'ho tb') || h.is('tb') },
    { field: 'villageCode', match: (h) => h.hasAny('ma thon', 'ma xom', 'ma dia ban', 'ma ban', 'ma ap', 'ma to dan pho') },
    { field: 'village', match: villageHeader },
  ],
  accepts: (f) => {
    if (!f.has('headName')) return false;
    const specific = ['householdId', 'cccd', 'birthYear', 'birthYearMale', 'birthYearFemale', 'gender', 'village', 'size', 'poverty', 'poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily'];
    return specific.filter((s) => f.has(s)).length >= 2 && ['size', 'poverty', 'poor', 'nearPoor', 'average', 'culturalFamilyRegistered', 'culturalFamilyAchieved', 'learningFamily', 'village', 'householdId', 'cccd'].some((s) => f.has(s));
  },
};
