// A new commune, Hòa Thịnh, formed in 2025 from three former communes, one household workbook each, written for the
// merged-commune tests. Gia Hòa and Gia Thịnh both have a "Thôn 1" (two villages: Gia Hòa's became Thôn Hòa Bình);
// Gia Thịnh's Thôn 3 was joined to Thôn 2 (renamed into one); the same head is in Gia Hòa and Gia Thịnh (same CCCD),
// another under the same name, birth year and (new) village; two namesakes live in different villages (not the same).
import { householdWorkbook, type Household } from '../../fixtures/householdSheet';
import type { WorkbookInput } from '../../../src/core/analyse';
import type { CommuneProfile } from '../../../src/core/profile';

export type Row = Household & { size: number };

/** A one-sheet household register: two title rows, a blank, the header on row 4, data from row 5. */
export function workbook(file: string, titles: [string, string], rows: Row[]): WorkbookInput {
  return householdWorkbook(file, titles, rows);
}

export const GIA_HOA: Row[] = [
  { code: 'GH1', name: 'Nguyễn Văn An', born: 1960, cccd: '001060000001', village: 'Thôn 1', size: 4, poor: true },
  { code: 'GH2', name: 'Trần Thị Bình', born: 1975, village: 'Thôn 1', size: 3, nearPoor: true },
  { code: 'GH3', name: 'Lê Văn Cường', born: 1958, village: 'Thôn 2', size: 5, registered: true, achieved: true },
  { code: 'GH4', name: 'Phạm Văn Dũng', born: 1990, village: 'Thôn 2', size: 2, poor: true, registered: true },
];

export const GIA_THINH: Row[] = [
  // Same name and birth year as Gia Hòa's GH2, in Gia Thịnh's Thôn 1: another village, another household.
  { code: 'GT1', name: 'Trần Thị Bình', born: 1975, village: 'Thôn 1', size: 3 },
  // Gia Hòa's GH1 again (same CCCD), now written in Thôn 3.
  { code: 'GT2', name: 'Nguyễn Văn An', born: 1960, cccd: '001060000001', village: 'Thôn 3', size: 4, poor: true },
  { code: 'GT3', name: 'Hoàng Văn Em', born: 1970, village: 'Thôn 3', size: 4, registered: true, achieved: true },
  { code: 'GT4', name: 'Vũ Thị Giang', born: 1982, village: 'Thôn 1', size: 2, nearPoor: true },
  // Gia Hòa's GH4 again: Thôn 3 of Gia Thịnh and Thôn 2 of Gia Hòa are one village now (Thôn 2).
  { code: 'GT5', name: 'Phạm Văn Dũng', born: 1990, village: 'Thôn 3', size: 2 },
];

export const GIA_PHU: Row[] = [
  { code: 'GP1', name: 'Đỗ Văn Phúc', born: 1965, village: 'Thôn Phú An', size: 1, poor: true },
  { code: 'GP2', name: 'Ngô Thị Hà', born: 1955, village: 'Thôn Phú Lợi', size: 3, registered: true, achieved: true },
  { code: 'GP3', name: 'Bùi Văn Khoa', born: 1972, village: 'Thôn Phú An', size: 4, average: true },
  // Same name and birth year as Gia Thịnh's GT3, in another village: not the same household.
  { code: 'GP4', name: 'Hoàng Văn Em', born: 1970, village: 'Thôn Phú An', size: 4 },
];

/** Gia Hòa's file is listed in the profile; Gia Thịnh's file name names it; Gia Phú's title names it. */
export const WORKBOOKS: WorkbookInput[] = [
  workbook('so-ho-2025.xlsx', ['UBND XÃ GIA HÒA', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], GIA_HOA),
  workbook('gia-thinh-2025.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2025'], GIA_THINH),
  workbook('ds-ho-3.xlsx', ['UBND XÃ HÒA THỊNH', 'DANH SÁCH HỘ GIA ĐÌNH XÃ GIA PHÚ (CŨ) NĂM 2025'], GIA_PHU),
];

export const PROFILE: CommuneProfile = {
  commune: 'Hòa Thịnh',
  year: 2025,
  villages: ['Thôn Hòa Bình', 'Thôn 1', 'Thôn 2', 'Thôn Phú An', 'Thôn Phú Lợi'],
  formerCommunes: [
    { name: 'Gia Hòa', villages: ['Thôn 1', 'Thôn 2'], files: ['so-ho-2025.xlsx'] },
    { name: 'Gia Thịnh', villages: ['Thôn 1', 'Thôn 3'] },
    { name: 'Gia Phú', villages: ['Phú An', 'Phú Lợi'] },
  ],
  renamedVillages: [
    { from: 'Thôn 1', formerCommune: 'Gia Hòa', to: 'Thôn Hòa Bình' },
    { from: 'Thôn 3', to: 'Thôn 2' },
  ],
};
