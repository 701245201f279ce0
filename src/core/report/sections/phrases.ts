// Small pieces of report wording shared by the sections: counts of recipients, authorities, award forms.
import { awardCount } from '../../text/numbers';
import type { AwardItem } from '../input';

/** "07 tập thể, 15 cá nhân và 02 hộ gia đình"; zero counts are left out; null when all are zero. */
export function recipients(c: { collective: number; individual: number; household?: number }): string | null {
  const parts: string[] = [];
  if (c.collective) parts.push(`${awardCount(c.collective)} tập thể`);
  if (c.individual) parts.push(`${awardCount(c.individual)} cá nhân`);
  if (c.household) parts.push(`${awardCount(c.household)} hộ gia đình`);
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** Counts by recipient kind. */
export function countKinds(items: AwardItem[]): { collective: number; individual: number; household: number } {
  const c = { collective: 0, individual: 0, household: 0 };
  for (const i of items) if (i.recipientKind) c[i.recipientKind]++;
  return c;
}

const PLACE_CUT = /^(.*?\b(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|Huyện đoàn|Tỉnh đoàn|Huyện ủy|Tỉnh ủy|Đảng ủy xã))\s+\p{Lu}.*$/u;

/** An authority without the place name the whole report shares: "Chủ tịch UBND tỉnh Ninh Bình" → "Chủ tịch UBND tỉnh". */
export function shortAuthority(authority: string): string {
  const m = PLACE_CUT.exec(authority.trim());
  return m ? m[1] : authority.trim();
}

const OBJECTS = new Set(['Giấy khen', 'Bằng khen', 'Cờ thi đua']);

/** What is given: "Giấy khen", "Cờ thi đua", or "danh hiệu Lao động tiên tiến" for titles. */
export function formPhrase(form: string): string {
  return OBJECTS.has(form) ? form : `danh hiệu ${form}`;
}

const UNIT = /(?:^|\s)((?:Trường|Trạm|Công an|Hội|Đoàn|Chi bộ|Chi hội|Ban|UBND|Ủy ban|Đảng ủy|Đảng bộ|Mặt trận|Ủy ban MTTQ|MTTQ|Lực lượng|Bệnh viện|Trung tâm|Hợp tác xã|HTX|Công ty|Thôn|thôn|Xóm|xóm|Tổ dân phố|Câu lạc bộ|Văn phòng)\b.*)$/u;

/** The unit an individual belongs to, from the position column: "Giáo viên Trường Tiểu học An Hòa" → "Trường Tiểu học An Hòa". */
export function unitOf(position: string | null): string | null {
  if (!position) return null;
  const m = UNIT.exec(position.trim());
  if (!m) return null;
  const unit = m[1].trim();
  return /^thôn\b/.test(unit) ? `T${unit.slice(1)}` : unit;
}
