// report.placeholder: template blanks left unfilled ("Số:    /BC-UBND", "Số: …/BC-UBND", "ngày    tháng    năm",
// "ngày … tháng … năm 20…", "xã ……", runs of dots or underscores). An ellipsis that ends a list ("văn hóa,
// thể thao…") is Vietnamese for "etc." and is left alone: a short run of dots is a blank only where a number or
// a name belongs (after "Số", "ngày", "xã", before "/BC-UBND" or "%").
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { finding, WL, WR } from './text';

// Dot-equivalents in a run: "…" counts three.
const DOTS = /[.…](?:[.…]|\s(?=[.…]))*/gu;
const UNDERSCORES = /_{3,}/g;
// A blank is spaced from the word before it ("ngày … tháng"); "etc." is glued to the list ("thể thao…").
const SLOT_BEFORE = new RegExp(String.raw`(?:${WL}(?:ngày|tháng|năm|xã|phường|thôn|xóm|huyện|tỉnh|ông|bà|đồng chí|đ\/c)${WR}\s*:?\s+|${WL}số${WR}\s*:?\s*|${WL}năm\s+\d{1,3})$`, 'iu');
const SLOT_AFTER = /^\s*[/%]/u;
// "Số:    /BC-UBND", "số /QĐ-UBND": a document number with nothing before the slash.
const EMPTY_NUMBER = new RegExp(String.raw`${WL}[Ss]ố\s*:?\s*\/\s*[\p{Lu}Đ]{2,}`, 'gu');
// "ngày    tháng    năm": gaps of several spaces (or tabs) where the day, month and year belong.
const EMPTY_DATE = new RegExp(String.raw`${WL}ngày(?:\s{2,}|\t)\s*tháng(?:\s{2,}|\t)\s*năm${WR}`, 'giu');
// A dateline "An Hòa, ngày tháng năm 2024" with the numbers missing even if single-spaced.
const DATELINE_GAP = /^\s*[^,\d]{2,40},\s*ngày\s+tháng\s+năm\b/iu;
const TEMPLATE_MARKS = new RegExp(String.raw`${WL}(?:20[xX]{2}|x{3,}|[xX]{2,}(?=\/))${WR}|\[(?:tên|ghi|số|ngày|điền)[^\]]{0,40}\]|<(?:tên|ghi|số|ngày|điền)[^>]{0,40}>`, 'gu');

function dotCount(run: string): number {
  let n = 0;
  for (const c of run) n += c === '…' ? 3 : c === '.' ? 1 : 0;
  return n;
}

interface Hit {
  start: number;
  end: number;
}

function blanks(t: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of t.matchAll(DOTS)) {
    const n = dotCount(m[0]);
    if (n < 3) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Five or more dots are a blank wherever they are; "…" or "..." only in a slot for a number or a name.
    if (n >= 5 || SLOT_BEFORE.test(t.slice(Math.max(0, start - 25), start)) || SLOT_AFTER.test(t.slice(end, end + 3))) hits.push({ start, end });
  }
  for (const re of [UNDERSCORES, EMPTY_NUMBER, EMPTY_DATE, TEMPLATE_MARKS]) {
    for (const m of t.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  const gap = DATELINE_GAP.exec(t);
  if (gap) hits.push({ start: gap.index + gap[0].search(/ngày/iu), end: gap.index + gap[0].length });
  return hits.sort((a, b) => a.start - b.start);
}

export function checkPlaceholders(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  s.text.forEach((t, p) => {
    // Blanks close together ("ngày … tháng … năm 20…") are one unfilled field.
    const merged: Hit[] = [];
    for (const h of blanks(t)) {
      const last = merged[merged.length - 1];
      if (last && h.start <= last.end + 20) last.end = Math.max(last.end, h.end);
      else merged.push({ ...h });
    }
    for (const h of merged) {
      const shown = t.slice(h.start, h.end).trim();
      out.push(finding('report.placeholder', p, t, h.start, h.end, `Còn chỗ trống chưa điền: "${shown}".`, `A template blank is not filled in: "${shown}".`));
    }
  });
  return out;
}
