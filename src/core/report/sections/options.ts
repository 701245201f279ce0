// Options every section builder takes.
import { DEFAULT_DECIMALS, type RateDecimals } from '../format';

export interface ReportOptions {
  decimals: RateDecimals;
  /** Base of the Gia đình văn hóa rate: registered households (the default) or all households. */
  culturalFamilyBase: 'registered' | 'all';
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { decimals: DEFAULT_DECIMALS, culturalFamilyBase: 'registered' };
