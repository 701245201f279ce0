// Options every section builder takes.
import { DEFAULT_DECIMALS, type RateDecimals } from '../format';

export interface ReportOptions {
  decimals: RateDecimals;
  /** Base of the Gia đình văn hóa rate: registered households (the default) or all households. */
  culturalFamilyBase: 'registered' | 'all';
  /** The letter of the first lettered sub-heading ("b)" or "b."), the next ones following it; none by default, as
   *  an inserted section cannot know its place in the clerk's report (see letters.ts). */
  firstLetter?: string;
  /** A new commune formed from former communes: the poverty figures of each former commune's area too (asked for). */
  byFormerCommune?: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { decimals: DEFAULT_DECIMALS, culturalFamilyBase: 'registered' };
