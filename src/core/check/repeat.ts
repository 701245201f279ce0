// report.repeat: a word or phrase typed twice in a row ("báo cáo báo cáo", "của UBND của UBND", "các các").
// Vietnamese repeats many words on purpose (full reduplication: "luôn luôn", "nhà nhà", "dần dần"), so a single
// repeated word is flagged only when it is not one of those, not a number and not part of a name ("Lê Hồng Hồng");
// a repeated phrase of two or more words is always a slip. Words parted by punctuation ("1, 1") are not repeats.
import type { Finding } from './types';
import type { ReportStructure } from './structure';
import { finding } from './text';

/** Words Vietnamese doubles on purpose (từ láy toàn bộ and distributive doubling), lower case. */
export const REDUPLICATIVES = new Set([
  'luôn', 'đời', 'người', 'nhà', 'ngày', 'đêm', 'tháng', 'năm', 'mãi', 'dần', 'đâu', 'ai', 'nơi', 'thường',
  'chiều', 'sáng', 'tối', 'xa', 'gần', 'lâu', 'lớp', 'hàng', 'tầng', 'ngành', 'cấp', 'thôn', 'xóm', 'làng',
  'kiếp', 'chung', 'từ', 'vừa', 'khá', 'hơi', 'đều', 'xanh', 'đỏ', 'vàng', 'trắng', 'cao', 'thấp', 'to', 'nhỏ',
  'bé', 'xinh', 'vui', 'buồn', 'mờ', 'ngang', 'dài', 'con', 'hay', 'ầm', 'ào', 'rào', 'đùng', 'bừng', 'hừng',
  'sờ', 'trơ', 'khư', 'chăm', 'đăm', 'vù', 'bon', 'oang', 'phây', 'rầm', 'ngùn', 'chầm',
]);

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

interface Token {
  word: string;
  key: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

export function checkRepeats(s: ReportStructure): Finding[] {
  const out: Finding[] = [];
  s.text.forEach((t, p) => {
    const tk = tokens(t);
    // Adjacent: nothing but white space between token i and i+1.
    const adj = tk.map((a, i) => i + 1 < tk.length && /^\s+$/u.test(t.slice(a.end, tk[i + 1].start)));
    const run = (i: number, n: number) => adj.slice(i, i + n - 1).every(Boolean);
    const sameKeys = (i: number, j: number) => tk[i].key === tk[j].key;
    for (let i = 0; i < tk.length - 1; i++) {
      let hit = 0;
      for (let n = 5; n >= 2 && !hit; n--) {
        if (i + 2 * n > tk.length || !run(i, 2 * n)) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) same = sameKeys(i + k, i + n + k);
        if (same && tk.slice(i, i + n).some((x) => HAS_LETTER.test(x.word))) hit = n;
      }
      if (hit) {
        const phrase = t.slice(tk[i].start, tk[i + hit - 1].end);
        out.push(finding('report.repeat', p, t, tk[i].start, tk[i + 2 * hit - 1].end, `Cụm từ "${phrase}" bị lặp hai lần liền nhau.`, `The phrase "${phrase}" is written twice in a row.`));
        i += 2 * hit - 1;
        continue;
      }
      if (!adj[i] || !sameKeys(i, i + 1) || !singleRepeat(t, tk, adj, i)) continue;
      out.push(finding('report.repeat', p, t, tk[i].start, tk[i + 1].end, `Từ "${tk[i].word}" bị lặp hai lần liền nhau.`, `The word "${tk[i].word}" is written twice in a row.`));
      i++;
    }
  });
  return out;
}

/** Whether tokens i and i+1 (the same word) are a slip rather than Vietnamese doubling a word on purpose. */
function singleRepeat(t: string, tk: Token[], adj: boolean[], i: number): boolean {
  const a = tk[i];
  if (!HAS_LETTER.test(a.word) || a.word.length < 2) return false;
  const next = tk[i + 2];
  // "năm năm 2023", "ngày ngày 15/12" are slips even though "năm năm" (five years) and "ngày ngày" exist.
  const beforeNumber = next !== undefined && adj[i + 1] && /^\d/.test(next.word);
  if (REDUPLICATIVES.has(a.key) && !beforeNumber) return false;
  // "đi đi lại lại", "hàng hàng lớp lớp": doubled pairs on both sides are one reduplicated compound.
  const pairAfter = next !== undefined && tk[i + 3] !== undefined && adj[i + 1] && adj[i + 2] && next.key === tk[i + 3].key;
  const pairBefore = i >= 2 && adj[i - 2] && adj[i - 1] && tk[i - 2].key === tk[i - 1].key;
  if (pairAfter || pairBefore) return false;
  // A name with a doubled syllable ("Lê Hồng Hồng") mid-sentence: both halves capitalised, not at a sentence start.
  const sentenceStart = /(?:^|[.!?:]\s*|\n\s*)$/u.test(t.slice(0, a.start));
  if (TITLE_CASE.test(a.word) && TITLE_CASE.test(tk[i + 1].word) && !sentenceStart) return false;
  return true;
}
