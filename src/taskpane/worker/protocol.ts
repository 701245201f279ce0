// Messages between the pane and its analysis worker.
import type { WorkbookInput } from '../../core/analyse';
import type { LayoutOverride } from '../../core/layout/detect';
import type { CommuneProfile } from '../../core/profile';
import type { Lang } from '../../i18n/messages';
import type { PaneAnalysis, PreviousResult } from '../excel/paneAnalysis';

/** A workbook file the clerk picked (.xlsx, .xls, .ods, .csv…), as bytes: the worker reads it with the browser readers. */
export interface XlsxFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface AnalyseRequest {
  id: number;
  type?: 'analyse';
  /** The workbook already read (Excel pane), or files to read first (Word pane's "Mở sổ Excel…"). */
  workbook?: WorkbookInput;
  files?: XlsxFile[];
  overrides: Record<string, LayoutOverride>;
  profile?: CommuneProfile;
  /** The year and villages the clerk confirmed in the pane (no full profile). */
  confirmed?: { year?: number; villages?: string[] };
  lang: Lang;
  today: string;
  /** Last year's workbooks, already read (a "read" request): compared with this year's (PaneAnalysis.previous). */
  previous?: WorkbookInput[];
  /** Without `previous`, last year's list kept as a sheet beside this year's is last year (default); false once the
   *  clerk dropped it. */
  sheetsAsPrevious?: boolean;
}

/** Last year's workbooks against this year's summary only (the Word pane with figures sent from Excel, no rows). */
export interface CompareSummaryRequest {
  id: number;
  type: 'compare-summary';
  previous: WorkbookInput[];
  current: { year: number; summary: PaneAnalysis['summary'] };
  profile?: CommuneProfile;
  confirmed?: { year?: number; villages?: string[] };
  lang: Lang;
  today: string;
}

/** Reads files into workbooks only (the page outside Office opens the clerk's files into its in-memory workbook). */
export interface ReadRequest {
  id: number;
  type: 'read';
  files: XlsxFile[];
}

export type WorkerRequest = AnalyseRequest | ReadRequest | CompareSummaryRequest;

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number; stage?: 'reading' | 'validating' }
  | { id: number; type: 'result'; result: PaneAnalysis }
  | { id: number; type: 'workbooks'; workbooks: WorkbookInput[] }
  | { id: number; type: 'previous'; result: PreviousResult }
  | { id: number; type: 'error'; message: string };
