// Messages between the pane and its analysis worker.
import type { WorkbookInput } from '../../core/analyse';
import type { LayoutOverride } from '../../core/layout/detect';
import type { CommuneProfile } from '../../core/profile';
import type { Lang } from '../../i18n/messages';
import type { PaneAnalysis } from '../excel/paneAnalysis';

export interface AnalyseRequest {
  id: number;
  workbook: WorkbookInput;
  overrides: Record<string, LayoutOverride>;
  profile?: CommuneProfile;
  lang: Lang;
  today: string;
}

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: PaneAnalysis }
  | { id: number; type: 'error'; message: string };
