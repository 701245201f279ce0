// The awards register's fields and the header words that name them (DOMAIN.md §3).
import type { HeaderWords, Vocabulary } from '../../layout/vocabulary';

export const AWARD_FIELDS = [
  'stt', 'recipientName', 'recipientKind', 'position', 'form', 'authority', 'decisionNo', 'decisionDate', 'decision',
  'amount', 'field', 'note',
] as const;
export type AwardField = (typeof AWARD_FIELDS)[number];

const decisionWord = (h: HeaderWords) => h.hasAny('quyet dinh', 'qd', 'qdkt');

export const awardVocabulary: Vocabulary<AwardField> = {
  kind: 'awards',
  rules: [
    { field: 'ignored', match: (h) => h.hasAny('ky nhan', 'ky ten', 'chu ky') },
    { field: 'stt', match: (h) => h.is('stt') || h.is('tt') || h.is('so tt') || h.is('so thu tu') || h.is('thu tu') },
    { field: 'note', match: (h) => h.has('ghi chu') },
    { field: 'authority', match: (h) => h.hasAny('cap quyet dinh', 'co quan quyet dinh', 'nguoi ky', 'cap khen', 'tham quyen', 'co quan khen', 'don vi khen', 'co quan ban hanh', 'cap ky', 'nguoi quyet dinh', 'cap qd', 'co quan qd') },
    {
      field: 'decision',
      match: (h) => h.hasAny('quyet dinh so', 'qd so') || (h.has('so') && h.has('ngay') && decisionWord(h)) || h.is('quyet dinh') || h.is('qd') || h.is('so ngay'),
    },
    { field: 'decisionDate', match: (h) => (h.has('ngay') && (decisionWord(h) || h.hasAny('ky', 'ban hanh'))) || h.is('ngay') || h.is('ngay thang') },
    { field: 'decisionNo', match: (h) => (h.hasAny('so', 'so hieu', 'ky hieu') && decisionWord(h)) || h.is('so qd') || h.is('so hieu') },
    { field: 'amount', match: (h) => h.hasAny('so tien', 'tien thuong', 'muc thuong', 'tien', 'gia tri', 'muc tien') },
    {
      field: 'recipientKind',
      // "Phân loại khen thưởng" says who is proposed (Cá nhân / Tập thể / Hộ gia đình), not the form; "Phân loại cán bộ" says neither.
      match: (h) =>
        !h.has('ten') && !h.hasAny('can bo', 'cong chuc') &&
        (h.is('doi tuong') || h.is('loai') || h.is('tap the ca nhan') || h.is('ca nhan tap the') || h.hasAny('loai doi tuong', 'doi tuong khen', 'phan loai khen thuong', 'loai khen thuong') || h.is('tt cn')),
    },
    { field: 'position', match: (h) => h.hasAny('chuc vu', 'don vi cong tac', 'noi cong tac', 'chuc danh', 'dia chi') || h.is('don vi') },
    { field: 'form', match: (h) => h.hasAny('hinh thuc', 'danh hieu', 'loai khen') },
    { field: 'recipientName', match: (h) => h.hasAny('ho va ten', 'ho ten', 'ten', 'don vi ca nhan', 'tap the ca nhan') },
    { field: 'field', match: (h) => h.hasAny('linh vuc', 'thanh tich', 'noi dung', 'ly do', 'phong trao') },
  ],
  accepts: (f) =>
    f.has('recipientName') &&
    ((f.has('form') && ['authority', 'decisionNo', 'decisionDate', 'decision', 'recipientKind', 'amount'].some((s) => f.has(s))) ||
      // A proposal list may have no form yet: who is proposed, and for what achievement, is enough.
      (f.has('recipientKind') && (f.has('position') || f.has('field')))),
};
