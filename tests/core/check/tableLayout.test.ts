// The table checks on grids written directly (no .docx): how cells are read (vi-VN and en-US figures, "-", blanks,
// "x"), how headers, column numbers, codes and rates are recognised, and the columns and rows that are no addends.
import { checkReport, type ReportTable } from '../../../src/core/check';
import { cellValue } from '../../../src/core/check/tableLayout';

/** A table from rows where "<" is merged with the left cell and "^" with the cell above; one paragraph per cell. */
function table(rows: string[][], caption = 'Biểu số 01'): { paragraphs: string[]; tables: ReportTable[] } {
  const paragraphs = [caption];
  const grid: ReportTable['grid'] = [];
  rows.forEach((row, r) => {
    grid.push([]);
    row.forEach((text, c) => {
      if (text === '<') grid[r].push({ ...grid[r][c - 1] });
      else if (text === '^') grid[r].push({ ...grid[r - 1][c] });
      else {
        paragraphs.push(text);
        grid[r].push({ text, paragraph: paragraphs.length - 1, row: r, column: c });
      }
    });
  });
  return { paragraphs, tables: [{ grid, start: 1, end: paragraphs.length }] };
}

const check = (rows: string[][]) => {
  const t = table(rows);
  return checkReport(t.paragraphs, { tables: t.tables }).map((f) => f.message);
};

describe('cell values', () => {
  test.each([
    ['1.234', { kind: 'number', value: 1234, decimals: 0, percent: false }],
    ['12,5', { kind: 'number', value: 12.5, decimals: 1, percent: false }],
    ['93,70%', { kind: 'number', value: 93.7, decimals: 2, percent: true }],
    ['1 234', { kind: 'number', value: 1234, decimals: 0, percent: false }],
    ['-5', { kind: 'number', value: -5, decimals: 0, percent: false }],
    ['-', { kind: 'none' }],
    ['', { kind: 'none' }],
    ['x', { kind: 'unknown' }],
    ['…', { kind: 'unknown' }],
    ['Không', { kind: 'text' }],
    ['12 hộ', { kind: 'text' }],
  ])('%s', (text, value) => expect(cellValue(text)).toEqual(value));
  test('en-US figures when the table is written so', () => {
    expect(cellValue('1,412', true)).toMatchObject({ value: 1412 });
    expect(cellValue('12.5', true)).toMatchObject({ value: 12.5, decimals: 1 });
  });
});

describe('sums', () => {
  test('a table pasted in en-US style adds up as written; a wrong total is shown vi-VN', () => {
    expect(check([['Thôn', 'Số hộ'], ['An Lạc', '950'], ['An Phú', '1,412'], ['Cộng', '2,362']])).toEqual([]);
    expect(check([['Thôn', 'Số hộ'], ['An Lạc', '950'], ['An Phú', '1,412'], ['Cộng', '2,372']])).toEqual(['Biểu số 01, dòng Cộng, cột 2 (Số hộ): ghi 2.372, cộng các dòng được 2.362.']);
  });

  test('column numbers come from the row of column numbers under a 3-row header', () => {
    const rows = [
      ['STT', 'Đơn vị', 'Lao động (người)', '<', '<'],
      ['^', '^', 'Tổng số', 'Chia ra', '<'],
      ['^', '^', '^', 'Nam', 'Nữ'],
      ['A', 'B', '(1)', '(2)', '(3)'],
      ['1', 'Thôn Đông', '300', '140', '160'],
      ['2', 'Thôn Tây', '251', '120', '131'],
      ['', 'Tổng số', '551', '260', '291'],
    ];
    expect(check(rows)).toEqual([]);
    rows[5][2] = '261';
    expect(check(rows)).toEqual([
      'Biểu số 01, dòng Thôn Tây, cột 1 (Tổng số): ghi 261, cộng các cột 2, 3 được 251.',
      'Biểu số 01, dòng Tổng số, cột 1 (Tổng số): ghi 551, cộng các dòng được 561.',
    ]);
  });

  test('an addend that is text, "x" or "…" leaves the total unchecked; "-" and blanks add nothing', () => {
    expect(check([['Thôn', 'Số hộ'], ['An Lạc', 'chưa báo cáo'], ['An Phú', '12'], ['Cộng', '30']])).toEqual([]);
    expect(check([['Thôn', 'Số hộ'], ['An Lạc', 'x'], ['An Phú', '12'], ['Cộng', '30']])).toEqual([]);
    expect(check([['Thôn', 'Số hộ'], ['An Lạc', '-'], ['An Phú', ''], ['Bình Minh', '12'], ['Cộng', '12']])).toEqual([]);
  });

  test('codes, years, averages and rates are not added up; a total row holding an average is left alone', () => {
    const rows = [
      ['Mã đơn vị', 'Đơn vị', 'Năm thành lập', 'Số hội viên', 'Tuổi bình quân', 'Tỷ lệ nữ (%)'],
      ['101', 'Chi hội Đông', '1995', '120', '58,5', '52,5'],
      ['102', 'Chi hội Tây', '2001', '80', '61,5', '47,5'],
      ['', 'Cộng', '', '200', '60,0', '50,5'],
    ];
    expect(check(rows)).toEqual([]);
  });

  test('"Trong đó" columns are parts: never summed, but a part larger than its whole is reported', () => {
    const rows = [
      ['Thôn', 'Tổng số hộ', 'Trong đó', '<'],
      ['^', '^', 'Hộ nghèo', 'Hộ có người khuyết tật'],
      ['Đông', '210', '12', '9'],
      ['Tây', '95', '101', '4'],
      ['Cộng', '305', '113', '13'],
    ];
    expect(check(rows)).toEqual(['Biểu số 01, dòng Tây, cột 3 (Hộ nghèo): trong đó 101 lớn hơn tổng số 95 (cột 2 (Tổng số hộ)): không thể đúng.']);
  });

  test('a grand total over subtotals is not double counted, and a wrong one is found', () => {
    const rows = [
      ['STT', 'Đơn vị', 'Số hộ'],
      ['I', 'Thôn Đông', ''],
      ['1', 'Tổ 1', '40'],
      ['2', 'Tổ 2', '35'],
      ['', 'Cộng', '75'],
      ['II', 'Thôn Tây', ''],
      ['1', 'Tổ 1', '50'],
      ['', 'Cộng', '50'],
      ['', 'Tổng cộng', '125'],
    ];
    expect(check(rows)).toEqual([]);
    rows[8][2] = '200';
    expect(check(rows)).toEqual(['Biểu số 01, dòng Tổng cộng, cột 3 (Số hộ): ghi 200, cộng các dòng được 125.']);
  });

  test('the header and the column numbers written again (a table continued on a new page) are no rows to add', () => {
    const head = [['STT', 'Thôn', 'Số hộ', 'Số khẩu'], ['A', 'B', '1', '2']];
    const rows = [...head, ['1', 'Đông', '120', '480'], ...head, ['2', 'Tây', '95', '371'], ['', 'Cộng', '215', '851']];
    expect(check(rows)).toEqual([]);
    rows[6][3] = '861';
    expect(check(rows)).toEqual(['Biểu số 01, dòng Cộng, cột 2 (Số khẩu): ghi 861, cộng các dòng được 851.']);
  });

  test('rows in another unit (an "ĐVT" column) are not parts of a total', () => {
    const rows = [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023'],
      ['', 'Tổng số vốn đầu tư', 'Triệu đồng', '12.500'],
      ['1', 'Số công trình', 'Công trình', '12'],
      ['2', 'Vốn ngân sách', 'Triệu đồng', '9.000'],
      ['3', 'Vốn nhân dân đóng góp', 'Triệu đồng', '3.500'],
    ];
    expect(check(rows)).toEqual([]);
    rows[2] = ['1', 'Vốn tỉnh hỗ trợ', 'Triệu đồng', '10'];
    expect(check(rows)).toEqual(['Biểu số 01, dòng Tổng số vốn đầu tư, cột 4 (Năm 2023): ghi 12.500, cộng các dòng được 12.510.']);
  });

  test('a province total over several breakdowns ("Phân theo …") equals each of them', () => {
    const rows = [
      ['Chỉ tiêu', 'Dân số trung bình (người)', 'Số hộ (hộ)'],
      ['TOÀN TỈNH', '1.250.000', '312.000'],
      ['Phân theo giới tính', '', ''],
      ['- Nam', '615.000', ''],
      ['- Nữ', '635.000', ''],
      ['Phân theo thành thị, nông thôn', '', ''],
      ['- Thành thị', '310.000', '81.000'],
      ['- Nông thôn', '940.000', '231.000'],
      ['Phân theo huyện', '', ''],
      ['Huyện Đông', '500.000', '120.000'],
      ['Huyện Tây', '750.000', '192.000'],
    ];
    expect(check(rows)).toEqual([]);
    rows[4][1] = '645.000';
    expect(check(rows)).toEqual(['Biểu số 01, dòng TOÀN TỈNH, cột 2 (Dân số trung bình (người)): ghi 1.250.000, cộng các dòng được 1.260.000.']);
  });

  test('a layout table of text, and a table without totals, are silent', () => {
    expect(check([['NGƯỜI LẬP BIỂU', 'CHỦ TỊCH'], ['(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)']])).toEqual([]);
    expect(check([['Thôn', 'Số hộ', 'Số khẩu'], ['Đông', '120', '480'], ['Tây', '95', '371']])).toEqual([]);
  });
});

test('a table is named by its own caption, or by its order, never by the caption of the table before it', () => {
  const a = table([['Thôn', 'Số hộ'], ['Đông', '10'], ['Cộng', '11']], 'Bảng 3. Số hộ theo thôn');
  const second = [['Thôn', 'Số khẩu'], ['Đông', '40'], ['Cộng', '41']];
  const paragraphs = [...a.paragraphs];
  const start = paragraphs.length;
  const grid = second.map((row, r) => row.map((text, c) => ({ text, paragraph: paragraphs.push(text) - 1, row: r, column: c })));
  const tables = [...a.tables, { grid, start, end: paragraphs.length }];
  expect(checkReport(paragraphs, { tables }).map((f) => f.location)).toEqual(['Bảng 3, dòng Cộng, cột 2 (Số hộ)', 'Biểu 2, dòng Cộng, cột 2 (Số khẩu)']);
});

test('a table continued after a page break (with or without its header again) is read as one', () => {
  for (const again of [false, true]) {
    const first = table([['STT', 'Thôn', 'Số hộ', 'Số khẩu'], ['1', 'Đông', '120', '480'], ['2', 'Tây', '95', '371']]);
    const paragraphs = [...first.paragraphs, ''];
    const start = paragraphs.length;
    const rows = [...(again ? [['STT', 'Thôn', 'Số hộ', 'Số khẩu']] : []), ['3', 'Nam', '60', '250'], ['', 'Tổng cộng', '275', '1.101']];
    const grid = rows.map((row, r) => row.map((text, c) => ({ text, paragraph: paragraphs.push(text) - 1, row: r, column: c })));
    const tables = [...first.tables, { grid, start, end: paragraphs.length }];
    expect(checkReport(paragraphs, { tables }).map((f) => f.message)).toEqual([]);
    grid[grid.length - 1][3].text = '1.111';
    expect(checkReport(paragraphs, { tables }).map((f) => f.message)).toEqual(['Biểu số 01, dòng Tổng cộng, cột 4 (Số khẩu): ghi 1.111, cộng các dòng được 1.101.']);
  }
});

describe('rates', () => {
  test('a share over 100% is reported even with no count and base beside it', () => {
    expect(check([['Thôn', 'Tỷ lệ che phủ rừng (%)'], ['Đông', '45,2'], ['Tây', '104,5']])).toEqual(['Biểu số 01, dòng Tây, cột 2 (Tỷ lệ che phủ rừng (%)): tỷ lệ 104,5% vượt 100%: không thể đúng.']);
  });

  test('rates against a plan, a previous year or growth may pass 100%', () => {
    expect(check([['Chỉ tiêu', 'Thực hiện', 'Kế hoạch', 'Tỷ lệ TH/KH (%)', 'So sánh cùng kỳ (%)'], ['Thu ngân sách', '5.250', '4.800', '109,4', '112,0']])).toEqual([]);
  });

  test('a rate is checked against the count and base the table states, at the precision written', () => {
    const rows = [
      ['Thôn', 'Tổng số hộ', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)'],
      ['Đông', '117', '4', '3,4'],
      ['Tây', '130', '6', '4,6'],
      ['Nam', '96', '5', '5,2'],
      ['Cộng', '343', '15', '4,4'],
    ];
    // 4/117 = 3,42 written 3,4; 15/343 = 4,37 written 4,4 (rounded): all agree.
    expect(check(rows)).toEqual([]);
    rows[2][3] = '5,6';
    expect(check(rows)).toEqual(['Biểu số 01, dòng Tây, cột 4 (Tỷ lệ hộ nghèo (%)): ghi 5,6%, nhưng 6/130 (cột 3 / cột 2) = 4,6%.']);
  });

  test('a structure column is each row\'s share of the total row', () => {
    const rows = [
      ['Ngành', 'Giá trị (tỷ đồng)', 'Cơ cấu (%)'],
      ['Tổng số', '250,0', '100,0'],
      ['Nông nghiệp', '100,0', '40,0'],
      ['Công nghiệp', '62,5', '25,0'],
      ['Dịch vụ', '87,5', '35,0'],
    ];
    expect(check(rows)).toEqual([]);
    rows[3][2] = '27,0';
    expect(check(rows)).toEqual(['Biểu số 01, dòng Công nghiệp, cột 3 (Cơ cấu (%)): ghi 27,0%, nhưng 63/250 (cột 2 / cột 2, dòng Tổng số) = 25,0%.']);
  });

  test('a row of units under the labels belongs to the header: "(%)" there makes a rate column', () => {
    const rows = [
      ['Thôn', 'Số hộ', 'Hộ nghèo', 'Tỷ lệ hộ nghèo'],
      ['', '(hộ)', '(hộ)', '(%)'],
      ['Đông', '117', '4', '3,42'],
      ['Tây', '130', '6', '4,62'],
      ['Cộng', '247', '10', '4,05'],
    ];
    expect(check(rows)).toEqual([]);
  });

  test('a rate over a base the table does not give is left alone', () => {
    expect(check([['Thôn', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo (%)'], ['Đông', '4', '3,42'], ['Tây', '6', '4,62']])).toEqual([]);
  });
});
