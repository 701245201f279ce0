// The analysis of workbooks already read: what the worker runs after reading files, and what the page runs itself
// when no worker can start (analysisClient.ts). It reads no files, so the page's bundle carries no workbook reader:
// exceljs and SheetJS are loaded by the worker alone (runAnalysis.ts).
import { analyse, type WorkbookInput } from '../../core/analyse';
import { analysePrevious, previousYearData, type CurrentYear } from '../../core/compare/previous';
import { earlierYearWorkbooks } from '../../core/yearSheets';
import { toPaneAnalysis, type PreviousResult } from '../excel/paneAnalysis';
import { uiText } from '../../i18n/ui';
import type { AnalyseRequest, CompareSummaryRequest, WorkerMessage } from './protocol';

const READ_PROBLEMS: Record<string, string> = {
  'not-xlsx': 'không phải là sổ Excel (.xlsx)',
  encrypted: 'được đặt mật khẩu: hãy bỏ mật khẩu trong Excel rồi thử lại',
  unreadable: 'bị hỏng hoặc không đọc được',
};

/** What went wrong, for the clerk: a file that cannot be read is named with the reason. */
export function readFailure(e: unknown): string {
  const problem = e instanceof Error && 'problem' in e ? String((e as { problem: unknown }).problem) : '';
  const file = e instanceof Error && 'file' in e ? String((e as { file: unknown }).file) : '';
  return READ_PROBLEMS[problem] ? `Tệp "${file}" ${READ_PROBLEMS[problem]}.` : e instanceof Error ? e.message : String(e);
}

/** Analyses the workbooks and posts the result (or the error) for request `req`. */
export function analyseWorkbooks(workbooks: WorkbookInput[], req: AnalyseRequest, post: (m: WorkerMessage) => void): void {
  try {
    const a = analyse(workbooks, {
      overrides: req.overrides,
      profile: req.profile,
      confirmed: req.confirmed,
      today: new Date(req.today),
      onProgress: (done, total) => post({ id: req.id, type: 'progress', done, total }),
    });
    const result = toPaneAnalysis(a, req.lang);
    // Last year: the workbooks the clerk opened, else last year's sheets beside this year's (named by their sheet).
    const sheets = req.previous?.length || req.sheetsAsPrevious === false ? [] : earlierYearWorkbooks(a);
    const previous = req.previous?.length ? req.previous : sheets;
    if (previous.length) {
      result.previous = comparePrevious(previous, a, req, sheets.length ? sheets.flatMap((w) => w.sheets.map((g) => `${w.file} › ${g.sheet}`)) : undefined);
      if (result.previous.ok) result.report = { ...result.report, comparison: result.previous.data.comparison };
    }
    post({ id: req.id, type: 'result', result });
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
  }
}

/** Last year's workbooks against this year (its analysis, or its summary only); a problem is said, never thrown. */
export function comparePrevious(previous: WorkbookInput[], current: CurrentYear, req: Pick<AnalyseRequest, 'profile' | 'confirmed' | 'overrides' | 'lang' | 'today'>, names?: string[]): PreviousResult {
  const r = analysePrevious(previous, current, { profile: req.profile, confirmedYear: req.confirmed?.year, overrides: req.overrides, today: new Date(req.today) });
  if (r.ok) return { ok: true, data: previousYearData(names ?? previous.map((w) => w.file), r) };
  return {
    ok: false,
    message: r.problem === 'not-earlier' ? uiText(req.lang, 'previousNotEarlier', { year: r.year, current: r.currentYear }) : uiText(req.lang, 'previousNoRegister', { file: r.file }),
  };
}

/** Answers a comparison with this year's summary only (no rows: households are not matched). */
export function compareWithSummary(req: CompareSummaryRequest, post: (m: WorkerMessage) => void): void {
  try {
    post({ id: req.id, type: 'previous', result: comparePrevious(req.previous, req.current, { ...req, overrides: {} }) });
  } catch (e) {
    post({ id: req.id, type: 'error', message: readFailure(e) });
  }
}
