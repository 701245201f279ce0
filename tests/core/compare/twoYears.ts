// The same commune, An Hòa, in two consecutive registers (2022 and 2023), written for the year-over-year tests.
// Between the years: one household left poverty (Nguyễn Văn An), one fell into it (Trần Thị Bình), one is new
// (Vũ Thị Giang), one is gone (Đỗ Văn Phúc); village Nam Hà was renamed Bắc Hà; households are found again by code,
// by the head's CCCD when the code was renumbered (one written as a number that lost its leading zeros), by name + birth year + village (codes renumbered, no CCCD), and two
// rows of 2022 share a name, birth year and village with one row of 2023 (ambiguous).
import { householdWorkbook, type Household } from '../../fixtures/householdSheet';
import type { WorkbookInput } from '../../../src/core/analyse';
import type { CommuneProfile } from '../../../src/core/profile';

export type { Household };

/** A one-sheet household register of the year, rows in the order given. */
export function register(file: string, year: number, households: Household[]): WorkbookInput {
  return householdWorkbook(file, ['UBND XÃ AN HÒA', `DANH SÁCH HỘ GIA ĐÌNH NĂM ${year}`], households, (h) => `Thôn ${h.village}`);
}

export const Y2022: Household[] = [
  { code: 'AH001', name: 'Nguyễn Văn An', born: 1960, cccd: '001060000001', village: 'An Lạc', size: 4, poor: true, registered: true, achieved: true },
  { code: 'AH002', name: 'Trần Thị Bình', born: 1975, village: 'An Lạc', size: 3, registered: true, achieved: true },
  { code: 'AH003', name: 'Lê Văn Cường', born: 1958, cccd: '001058000003', village: 'An Lạc', size: 5, nearPoor: true, registered: true, achieved: true },
  { code: 'DH004', name: 'Phạm Thị Dung', born: 1980, village: 'Đông Hải', size: 2, poor: true },
  { code: 'NH005', name: 'Hoàng Văn Em', born: 1970, village: 'Nam Hà', size: 4, registered: true, achieved: true },
  { code: 'DH006', name: 'Đỗ Văn Phúc', born: 1965, village: 'Đông Hải', size: 1, poor: true, registered: true },
  { code: 'AH007', name: 'Ngô Văn Hải', born: 1955, village: 'An Lạc', size: 3, poor: true },
  { code: 'AH008', name: 'Ngô Văn Hải', born: 1955, village: 'An Lạc', size: 3 },
  { code: 'AH010', name: 'Bùi Thị Hoa', born: 1985, village: 'Nam Hà', size: 5, average: true, registered: true, achieved: true },
  { code: 'AH011', name: 'Đặng Văn Khoa', born: 1972, village: 'Đông Hải', size: 4 },
  { code: 'NH012', name: 'Lý Thị Lan', born: 1988, cccd: '001188000012', village: 'Nam Hà', size: 2, nearPoor: true },
];

export const Y2023: Household[] = [
  { code: 'AH001', name: 'Nguyễn Văn An', born: 1960, cccd: '001060000001', village: 'An Lạc', size: 4, registered: true, achieved: true },
  { code: 'AH002', name: 'Trần Thị Bình', born: 1975, village: 'An Lạc', size: 3, poor: true, registered: true },
  // A new code this year (renumbered); the CCCD was typed as a number and lost its leading zeros.
  { code: 'AH103', name: 'Lê Văn Cường', born: 1958, cccd: 1058000003, village: 'An Lạc', size: 4, nearPoor: true, registered: true, achieved: true },
  { code: 'DH104', name: 'Phạm Thị Dung', born: 1980, village: 'Đông Hải', size: 3, poor: true },
  { code: 'BH105', name: 'Hoàng Văn Em', born: 1970, village: 'Bắc Hà', size: 4, registered: true, achieved: true },
  { code: 'DH106', name: 'Vũ Thị Giang', born: 1990, village: 'Đông Hải', size: 2, poor: true },
  { code: 'AH107', name: 'Ngô Văn Hải', born: 1955, village: 'An Lạc', size: 3 },
  { code: 'AH010', name: 'Bùi Thị Hoa', born: 1985, village: 'Bắc Hà', size: 5, average: true, registered: true },
  { code: 'AH011', name: 'Đặng Văn Khoa', born: 1972, village: 'Đông Hải', size: 4 },
  { code: 'BH112', name: 'Lý Thị Lan', born: 1988, cccd: '001188000012', village: 'Bắc Hà', size: 3, registered: true, achieved: true },
];

export const PROFILE_2023: CommuneProfile = {
  commune: 'An Hòa', year: 2023, villages: ['An Lạc', 'Đông Hải', 'Bắc Hà'],
  renamedVillages: [{ from: 'Nam Hà', to: 'Bắc Hà' }],
};
export const PROFILE_2022: CommuneProfile = { commune: 'An Hòa', year: 2022, villages: ['An Lạc', 'Đông Hải', 'Nam Hà'] };
