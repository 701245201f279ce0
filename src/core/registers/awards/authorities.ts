// Who decided an award: its level (xã, huyện, tỉnh, trung ương) and its kind of authority (§3.2).
import { fold } from '../../text/normalize';

export type Level = 'xa' | 'huyen' | 'tinh' | 'trung_uong';
export const LEVELS: Level[] = ['xa', 'huyen', 'tinh', 'trung_uong'];

/**
 * Kinds of authority the permission table knows. Party committees, mass organisations and the armed forces give
 * awards under their own rules and are not checked against the state table.
 */
export type AuthorityKind =
  | 'chair_xa'
  | 'chair_huyen'
  | 'chair_tinh'
  | 'department_head'
  | 'unit_head'
  | 'minister'
  | 'prime_minister'
  | 'party'
  | 'mass_org'
  | 'armed'
  | 'unknown';

export interface Authority {
  level: Level | null;
  kind: AuthorityKind;
}

const has = (f: string, re: RegExp) => re.test(f);

/** The level of an authority named in text: "Chủ tịch UBND huyện Gia Viễn" → huyen. */
export function authorityLevel(f: string): Level | null {
  if (has(f, /\b(thu tuong|chinh phu|chu tich nuoc|quoc hoi|trung uong|tw|bo truong|bo tu lenh|quan khu|tong cuc|bo quoc phong|bo cong an)\b/)) return 'trung_uong';
  if (has(f, /\bbo chi huy quan su\b|\bbo chqs\b/)) return 'tinh';
  // "Sở" is a provincial department; "cơ sở" (grassroots, as in "Công đoàn cơ sở") is not.
  if (has(f, /\b(tinh|tinh uy|tinh doan|(?<!co )so)\b/) || has(f, /^bo\s+(?!chi huy)/) || has(f, /\bthanh uy\b/)) return has(f, /^bo\s+(?!chi huy)/) ? 'trung_uong' : 'tinh';
  if (has(f, /\b(huyen|huyen uy|huyen doan|quan|thi xa|thanh pho)\b/) && !has(f, /\bquan (su|doi|khu)\b/)) return 'huyen';
  if (has(f, /\b(xa|phuong|thi tran|dang uy xa|co so)\b/)) return 'xa';
  // A national body named without a place ("Hội Nông dân Việt Nam") is central.
  if (has(f, /\bviet nam\b/)) return 'trung_uong';
  return null;
}

function authorityKind(f: string, level: Level | null): AuthorityKind {
  if (has(f, /\b(dang uy|huyen uy|tinh uy|thanh uy|chi bo|dang bo|ban thuong vu .*uy|bch dang bo)\b/)) return 'party';
  if (has(f, /\b(quan su|quan khu|bo tu lenh|cong an|bien phong|bo quoc phong|quan doi|dan quan)\b/)) return 'armed';
  if (has(f, /\b(hoi|doan|huyen doan|tinh doan|mat tran|mttq|cong doan|lien doan lao dong|uy ban mat tran|hoi dong thi dua)\b/) && !has(f, /\b(ubnd|uy ban nhan dan)\b/)) return 'mass_org';
  if (has(f, /\bthu tuong\b|\bchinh phu\b/)) return 'prime_minister';
  if (has(f, /\b(ubnd|uy ban nhan dan|ub nhan dan)\b/) || has(f, /^(chu tich|ct)\b/)) {
    if (level === 'xa') return 'chair_xa';
    if (level === 'huyen') return 'chair_huyen';
    if (level === 'tinh') return 'chair_tinh';
  }
  if (has(f, /\bbo truong\b|^bo\s/)) return 'minister';
  if (has(f, /\b(giam doc so|(?<!co )so)\b/) && level === 'tinh') return 'department_head';
  if (has(f, /\b(giam doc|hieu truong|thu truong|truong phong|phong|trung tam|benh vien|cong ty|tong giam doc)\b/)) return 'unit_head';
  return 'unknown';
}

/** Reads who decided an award from its text. */
export function readAuthority(text: string): Authority {
  const f = fold(text);
  const level = authorityLevel(f);
  return { level, kind: authorityKind(f, level) };
}

/** The commune fund pays for the commune chairman's awards ("Chủ tịch UBND xã", "UBND xã"). */
export function isCommuneChair(a: Authority): boolean {
  return a.kind === 'chair_xa';
}
