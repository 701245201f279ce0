// A merged commune's figures in the Word pane: the clerk may ask for each former commune's lines in section
// ho-ngheo (ReportOptions.byFormerCommune). The choice is kept in the document's settings, so the preview, Insert and
// a later "Cập nhật" all state the same lines; it is offered only when the figures have former communes.
import type { WordSettings } from '../../hosts/word/port';
import type { ReportInput } from '../../core/report/input';

export interface FormerCommuneOption {
  /** The figures have former communes: the check box is shown. */
  offered: boolean;
  /** Their lines are asked for (and offered). */
  on: boolean;
}

export function formerCommuneOption(settings: Pick<WordSettings, 'byFormerCommune'>, input: Pick<ReportInput, 'formerCommunes'> | null): FormerCommuneOption {
  const offered = !!input?.formerCommunes?.length;
  return { offered, on: offered && settings.byFormerCommune === true };
}
