// Sheets that hold instructions, examples or code tables are no register (DOMAIN.md §2.3): told by their name,
// their title, or, for code tables, their content.
import { gridOf, type Grid } from '../../../src/core/grid';
import { sheetRole } from '../../../src/core/layout/sheetRole';
import {
  codedProposals, danhMucSideBySide, danhMucStacked, instructionsByTitle, instructionsWithExamples, numberedInitiatives, prenumberedHouseholdForm,
  unnamedCodeSheet,
} from './fixtures';

/** A small household register under the given sheet name and title. */
function registerNamed(sheet: string, title = 'DANH SÁCH HỘ GIA ĐÌNH NĂM 2024'): Grid {
  return gridOf(sheet, [
    [title],
    ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu'],
    [1, 'Đào Văn Khải', 1969, 'Đông Phong', 4],
    [2, 'Quách Thị Yến', 1978, 'Tây Phong', 3],
  ]);
}

describe('sheetRole', () => {
  it('takes an instructions sheet "Hướng dẫn" with worked example rows under a real header as instructions', () => {
    expect(sheetRole(instructionsWithExamples())).toBe('instructions');
  });

  it.each([
    ['Hướng dẫn', 'instructions'], ['HUONG DAN', 'instructions'], ['HuongDan_NhapLieu', 'instructions'], ['HD', 'instructions'], ['HDSD', 'instructions'],
    ['Ví dụ', 'example'], ['VD', 'example'], ['Mẫu', 'example'], ['Mẫu nhập', 'example'], ['Example', 'example'],
    ['DANHMUC', 'codes'], ['Danh mục', 'codes'], ['DM', 'codes'], ['DM_HinhThuc', 'codes'], ['Mã', 'codes'], ['Lists', 'codes'], ['Codes', 'codes'], ['Tham số', 'codes'],
  ])('takes a sheet named "%s" as %s, whatever it holds', (name, role) => {
    expect(sheetRole(registerNamed(name))).toBe(role);
  });

  it.each(['Mẫu số 02', 'Mau 01', 'DS hộ 2024', 'Thôn Đông Phong', 'Sheet1', 'HD thôn 1', 'List hộ nghèo'])('reads a register in a sheet named "%s" as no special sheet', (name) => {
    expect(sheetRole(registerNamed(name))).toBeNull();
  });

  it('does not take a form number in the title ("… (Mẫu số 02)") for an example sheet', () => {
    expect(sheetRole(codedProposals())).toBeNull();
    expect(sheetRole(registerNamed('Sheet1', 'Mẫu số 02: DANH SÁCH HỘ GIA ĐÌNH'))).toBeNull();
  });

  it('takes a sheet titled "HƯỚNG DẪN SỬ DỤNG …" as instructions whatever its name', () => {
    expect(sheetRole(instructionsByTitle())).toBe('instructions');
  });

  it('takes an unnamed sheet of code → label pairs as codes, and one titled "DANH MỤC …" too', () => {
    expect(sheetRole(unnamedCodeSheet())).toBe('codes');
    const titled = gridOf('Sheet5', [['DANH MỤC ĐỐI TƯỢNG KHEN THƯỞNG'], ['TAPTHE', 'Tập thể'], ['CANHAN', 'Cá nhân']]);
    expect(sheetRole(titled)).toBe('codes');
  });

  it('takes the code sheets of the proposal workbooks as codes', () => {
    expect(sheetRole(danhMucSideBySide())).toBe('codes');
    expect(sheetRole(danhMucStacked())).toBe('codes');
  });

  it('does not take a numbered list ("STT | Tên sáng kiến") or a register for a code table', () => {
    expect(sheetRole(numberedInitiatives())).toBeNull();
    expect(sheetRole(prenumberedHouseholdForm())).toBeNull();
    expect(sheetRole(registerNamed('Sheet1'))).toBeNull();
  });
});
