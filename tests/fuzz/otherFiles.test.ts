// Property over the formats that are not .xlsx: .xls (BIFF8, BIFF5), .ods, flat ODS, SpreadsheetML 2003, HTML and
// CSV written by SheetJS from random grids — whole, cut off or with bytes overwritten — and hand-made HTML, CSV and
// OLE-looking bytes. The CLI's and the pane's readers give a workbook or one typed, worded error.
import { runProperty, runsOf, timeoutOf } from './budget';
import { otherFile } from './files';
import { runPipeline } from './pipeline';
import { readEverywhere } from './readers';

describe('other.bytes: .xls, .ods, SpreadsheetML, HTML and CSV files, whole or damaged', () => {
  test(`reads ${String(runsOf('other.bytes'))} files both ways: a workbook or one worded error`, async () => {
    const cases = await runProperty('other.bytes', otherFile, async ({ bytes, file }) => {
      const { cli, pane } = await readEverywhere(bytes, file);
      for (const wb of [cli, pane]) if (wb) runPipeline({ workbooks: [wb] });
    });
    expect(cases).toBe(runsOf('other.bytes'));
  }, timeoutOf('other.bytes'));
});
