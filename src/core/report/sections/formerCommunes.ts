// A new commune formed from former communes: the poverty figures of each former commune's area, when the clerk asks
// for them (`ReportOptions.byFormerCommune`; CLI `report --former-communes`) and the profile names former communes.
import type { Block } from '../model';
import { text } from '../model';
import { viRate } from '../format';
import { viNumber } from '../../text/numbers';
import type { ReportInput } from '../input';
import type { ReportOptions } from './options';

/** "- Địa bàn xã Gia Hòa (cũ): 412 hộ, trong đó 12 hộ nghèo (tỷ lệ 2,91%), 20 hộ cận nghèo (tỷ lệ 4,85%)." */
export function formerCommunePoverty(input: ReportInput, o: ReportOptions): Block | null {
  const by = input.formerCommunes;
  if (!o.byFormerCommune || !by?.length) return null;
  const d = o.decimals.poverty;
  const items = by.flatMap((c) => {
    const h = c.households;
    if (!h) return [];
    const where = c.name === null ? 'Sổ chưa rõ thuộc xã cũ nào' : `Địa bàn xã ${c.name} (cũ)`;
    const rate = (n: number) => (h.filtered ? '' : ` (tỷ lệ ${viRate(n, h.total, d) ?? '–'})`);
    const count = (n: number, what: string) => (n ? `${viNumber(n)} ${what}${rate(n)}` : `không có ${what}`);
    const classes = h.poverty ? [count(h.poverty.poor, 'hộ nghèo'), count(h.poverty.nearPoor, 'hộ cận nghèo')] : [];
    return [text(`${where}: ${viNumber(h.total)} hộ${classes.length ? `, trong đó ${classes.join(', ')}` : ''}.`)];
  });
  return items.length ? { type: 'list', marker: '-', items } : null;
}
