// report.placeholder: template blanks left unfilled ("Số:    /BC-UBND", "Số: …/BC-UBND", "ngày    tháng    năm",
// "ngày … tháng … năm 20…", "xã ……", runs of dots or underscores). An ellipsis that ends a list ("văn hóa,
// thể thao…", "họp thôn, xóm ...") is Vietnamese for "etc." and is left alone: a short run of dots is a blank only
// where a number or a name belongs (after "Số", "ngày"; after "xã", "đồng chí" mid-clause; before "/BC-UBND", "%"
// or a counted noun: "có … hộ", "[...] cá nhân"). A blank in the place-and-date line is the date of signing.
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { finding, WL, WR } from './text';

// Dot-equivalents in a run: "…" counts three.
const DOTS = /[.…](?:[.…]|\s(?=[.…]))*/gu;
const UNDERSCORES = /_{3,}/g;
// A blank is spaced from the word before it ("ngày … tháng"); "etc." is glued to the list ("thể thao…").
// Where a number belongs (a date's parts, "Số", "năm 20…") a short run of dots is always a blank.
const NUMBER_SLOT = new RegExp(String.raw`(?:${WL}(?:ngày|tháng|năm)${WR}\s*:?\s+|${WL}số${WR}\s*:?\s*|${WL}năm\s+\d{1,3})$`, 'iu');
// Where a name belongs ("xã … tổ chức", "đồng chí … được") only mid-clause: "họp thôn, xóm ..." ends a list.
const NAME_SLOT = new RegExp(String.raw`${WL}(?:xã|phường|thôn|xóm|huyện|tỉnh|ông|bà|đồng chí|đ\/c)${WR}\s*:?\s+$`, 'iu');
const CLAUSE_GOES_ON = /^\s*[\p{L}\p{N}"“(]/u;
// Where a figure belongs: a spaced "…", "[...]" or "xx" before a counted noun ("có … hộ", "[...] cá nhân").
const COUNTED = String.raw`(?:hộ|người|nhân khẩu|khẩu|thôn|xóm|tập thể|cá nhân|đơn vị|cơ quan|chi bộ|đảng viên|hội viên|lượt|chỉ tiêu|tiêu chí|ha|km|m²|m2|đồng|triệu|tỷ|phần trăm|%)`;
// The word before it says a quantity comes ("có … hộ"); "ngõ xóm … hộ gia đình" is a list going on.
const QUANTITY_BEFORE = String.raw`(?:^|[(:]\s*|${WL}(?:có|đạt|là|gồm|cho|với|số|được|tổng|còn|đó|thêm|mới|tăng|giảm|khoảng|trên|dưới|hơn)\s+)`;
const FIGURE_BLANK = new RegExp(String.raw`(?:(?<=${QUANTITY_BEFORE})(?:\.{3,}|…+|[xX]{2,})|\[\s*(?:\.{2,}|…+)\s*\]|\(\s*(?:\.{2,}|…+)\s*\))(?=\s*${COUNTED}${WR})`, 'giu');
const SLOT_AFTER = /^\s*[/%]/u;
// "Số:    /BC-UBND", "số /QĐ-UBND": a document number with nothing before the slash.
const EMPTY_NUMBER = new RegExp(String.raw`${WL}[Ss]ố\s*:?\s*\/\s*[\p{Lu}Đ]{2,}`, 'gu');
// "ngày    tháng 12 năm", "ngày 05 tháng    năm": a gap of several spaces (or a tab) where the day or month belongs.
const EMPTY_DATE = new RegExp(String.raw`${WL}ngày(?:(?:\s{2,}|\t)\s*tháng(?:\s+\d{1,2})?|\s+\d{1,2}\s+tháng(?:\s{2,}|\t))\s*năm${WR}`, 'giu');
// The place-and-date line ("An Hòa, ngày … tháng 12 năm 2023"): any part of the date not written, even
// single-spaced. The date of signing is often left for the day the report is signed: said as such.
const DATELINE = /^\s*(?:[^,\d]{2,40},\s*){1,3}(ngày\b[^\p{L}]*tháng\b[^\p{L}]*năm\b[^\p{L}]*)$/iu;
const WHOLE_DATE = /^ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}\s*\.?$/iu;
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
    const before = t.slice(Math.max(0, start - 25), start);
    // A name slot after a comma is the end of a list going on ("đường làng, ngõ xóm … hộ nào cũng…").
    const slot = NUMBER_SLOT.test(before) || (NAME_SLOT.test(before) && !before.includes(',') && CLAUSE_GOES_ON.test(t.slice(end)));
    if (n >= 5 || slot || SLOT_AFTER.test(t.slice(end, end + 3))) hits.push({ start, end });
  }
  for (const re of [UNDERSCORES, EMPTY_NUMBER, EMPTY_DATE, TEMPLATE_MARKS, FIGURE_BLANK]) {
    for (const m of t.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function checkPlaceholders(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  s.text.forEach((t, p) => {
    // A blank form (a questionnaire) is lines to fill in: only a template's own marks ("[tên xã]") are left over.
    if (s.form) {
      for (const m of t.matchAll(TEMPLATE_MARKS)) out.push(finding('report.placeholder', p, t, m.index, m.index + m[0].length, `Còn chỗ trống chưa điền: "${m[0]}".`, `A template blank is not filled in: "${m[0]}".`));
      return;
    }
    const dateline = p < Math.max(s.titleEnd, 12) ? DATELINE.exec(t) : null;
    if (dateline && !WHOLE_DATE.test(dateline[1].trim())) {
      const start = dateline.index + dateline[0].length - dateline[1].length;
      const shown = dateline[1].trim();
      out.push(finding('report.placeholder', p, t, start, t.length, `Ngày ký chưa điền: "${shown}" (điền khi ký ban hành).`, `The date of signing is not filled in: "${shown}" (to be filled when signed).`));
      return;
    }
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
  // The add-in's own note is a point to settle before signing, once; the figures it quotes are not checked.
  for (const n of s.notes) {
    const original = s.text[n.paragraph].slice(0, n.start) + n.text + s.text[n.paragraph].slice(n.end);
    out.push(finding('report.placeholder', n.paragraph, original, n.start, n.end,
      'Còn ghi chú "Cần kiểm tra" của phần mềm: sửa sổ rồi tạo lại mục này, hoặc xóa ghi chú sau khi đã kiểm tra.',
      'The add-in\'s "Cần kiểm tra" note is still in the report: correct the register and insert the section again, or delete the note once checked.'));
  }
  return out;
}
