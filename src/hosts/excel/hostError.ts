// Errors from the host that the pane shows to the clerk: typed, with a Vietnamese message (and English).

export type HostErrorReason = 'protected' | 'missing-sheet' | 'unsupported' | 'too-large';

const MESSAGES: Record<HostErrorReason, (detail: string) => [vi: string, en: string]> = {
  protected: (s) => [
    `Trang tính "${s}" đang được bảo vệ nên không sửa được: hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
    `Sheet "${s}" is protected and cannot be changed: unprotect it (Review › Unprotect Sheet) and try again.`,
  ],
  'missing-sheet': (s) => [`Không còn trang tính "${s}" trong sổ: hãy bấm Tìm lại.`, `Sheet "${s}" is no longer in the workbook: press Find again.`],
  unsupported: (s) => [
    `Phiên bản Excel này quá cũ (cần ExcelApi ${s} trở lên): hãy dùng Excel 2019, Microsoft 365 hoặc Excel trên web.`,
    `This version of Excel is too old (ExcelApi ${s} or later is needed): use Excel 2019, Microsoft 365 or Excel on the web.`,
  ],
  'too-large': (s) => [`Trang tính "${s}" quá lớn để đọc một lần.`, `Sheet "${s}" is too large to read at once.`],
};

/** A host problem the clerk can act on. `message` is Vietnamese; `messageEn` English. */
export class HostError extends Error {
  readonly messageEn: string;
  constructor(readonly reason: HostErrorReason, readonly detail: string) {
    const [vi, en] = MESSAGES[reason](detail);
    super(vi);
    this.name = 'HostError';
    this.messageEn = en;
  }
}
