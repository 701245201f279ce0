// The paragraphs around an HTML export's table (its title, its signing line) are read as rows, as Excel shows them.
import { readWorkbookBuffer } from '../../src/io/xlsx';
import { analyse } from '../../src/core/analyse';

const page = `<html><head><meta charset="utf-8"><title>x</title><style>td{}</style></head><body>
<p>UBND XÃ YÊN LÂM</p><p><b>DANH SÁCH NHÂN KHẨU</b></p><div>Xã Yên Lâm&nbsp;-&nbsp;Năm 2024</div>
<table border="1"><tr><td>STT</td><td>Họ và tên</td><td>Ngày sinh</td><td>Quan hệ với chủ hộ</td><td>Nơi thường trú</td></tr>
<tr><td>1</td><td>Lê Văn An</td><td>01/02/1970</td><td>Chủ hộ</td><td>Thôn 1</td></tr>
<tr><td>2</td><td>Lê Văn Cường</td><td>05/06/2012</td><td>Con</td><td>Thôn 1</td></tr>
<tr><td>3</td><td>Trần Văn Dũng</td><td>07/08/1965</td><td>Chủ hộ</td><td>Thôn 2</td></tr></table>
<p>Yên Lâm, ngày 25 tháng 12 năm 2024</p><p>NGƯỜI LẬP BIỂU</p></body></html>`;

test('title paragraphs come above the table and the signing lines below it, as one-cell rows', async () => {
  const wb = await readWorkbookBuffer(Buffer.from(page, 'utf8'), 'nhan-khau.xls');
  const rows = wb.sheets[0].values;
  expect(rows.slice(0, 3)).toEqual([['UBND XÃ YÊN LÂM'], ['DANH SÁCH NHÂN KHẨU'], ['Xã Yên Lâm - Năm 2024']]);
  expect(rows[3]?.[1]).toBe('Họ và tên');
  expect(rows.slice(-2)).toEqual([['Yên Lâm, ngày 25 tháng 12 năm 2024'], ['NGƯỜI LẬP BIỂU']]);
});

test('so the year comes from the title, and the children born after 2010 are members, not heads', async () => {
  const wb = await readWorkbookBuffer(Buffer.from(page, 'utf8'), 'nhan-khau.xls');
  const a = analyse([wb], { today: new Date(Date.UTC(2026, 11, 4)) });
  expect(a.year).toBe(2024);
  expect(a.summary.households).toMatchObject({ total: 2, persons: 3 });
  expect(a.files[0].registers[0].layout.footerRows).toHaveLength(2);
});
