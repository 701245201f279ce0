// Issue messages by key, in Vietnamese (the product's language) and English. `{name}` is a parameter.
// No message quotes a person's name, CCCD or phone number: those stay in the issue's value and suggestion fields,
// shown beside the message (the pane's fix list, the CLI's "Đề nghị" column), never in text that may be copied on.
import type { Issue, MessageParams } from '../core/rules/issue';
import { quotedValue } from '../core/text/display';
import { messageNumber } from '../core/text/numbers';
import { fieldLabel } from './fields';

export type Lang = 'vi' | 'en';

type Catalogue = Record<string, string>;

const vi: Catalogue = {
  'text.encoding': 'Chữ bị lỗi mã (TCVN3/VNI cũ); có thể sửa sang chữ Unicode đúng (xem đề nghị).',
  'text.unicode': 'Chữ ở dạng Unicode tổ hợp, có thể không khớp khi tìm kiếm, lọc; đề nghị chuyển sang Unicode dựng sẵn.',
  'text.whitespace': 'Thừa khoảng trắng ở đầu, cuối hoặc giữa chữ.',
  'value.excelError': 'Ô chứa giá trị lỗi Excel {error}.',
  'value.required': 'Thiếu {fieldName}.',
  'size.type': 'Số nhân khẩu "{value}" không đọc được thành số.',
  'year.type': 'Năm sinh "{value}" không đọc được.',
  'mark.type': 'Không hiểu ký hiệu "{value}" (dùng x hoặc để trống).',
  'date.type': 'Ngày "{value}" không đọc được (ghi theo dạng ngày/tháng/năm).',
  'amount.type': 'Số tiền "{value}" không đọc được.',
  'gender.unknown': 'Giới tính "{value}" không rõ (Nam hoặc Nữ).',
  'poverty.unknown': 'Phân loại hộ "{value}" không thuộc: hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình.',
  'birthYear.bothGenders': 'Năm sinh được ghi ở cả cột Nam và cột Nữ.',
  'gender.bothMarked': 'Đánh dấu cả Nam và Nữ.',
  'birthYear.genderColumn': 'Năm sinh ghi ở cột giới tính khác với cột Giới tính.',
  'village.missing': 'Chưa ghi thôn.',
  'village.unknown': 'Thôn "{value}" không có trong danh sách thôn của xã ({villages}).',
  'village.alias': 'Tên thôn "{value}" nên ghi thống nhất là "{canonical}".',
  'birthYear.digits': 'Năm sinh {value} không phải năm có 4 chữ số.',
  'birthYear.tooYoung': 'Năm sinh {value}: chủ hộ mới {age} tuổi vào năm {year} (dưới 16).',
  'birthYear.tooOld': 'Năm sinh {value}: chủ hộ đã {age} tuổi vào năm {year} (trên 110).',
  'size.range': 'Số nhân khẩu {value} không hợp lệ (phải từ 1 đến 30).',
  'cccd.letter': 'Số CCCD có ký tự không phải chữ số.',
  'cccd.length': 'Số CCCD có {digits} chữ số (phải đủ 12 chữ số).',
  'cccd.oldCmnd': 'Số CMND cũ 9 chữ số: nên cập nhật số CCCD 12 chữ số.',
  'cccd.lostZero': 'Số CCCD lưu dạng số nên mất chữ số 0 ở đầu; đề nghị ghi dạng văn bản, có số 0 ở đầu (xem đề nghị).',
  'cccd.province': 'Mã tỉnh {code} ở đầu số CCCD không tồn tại.',
  'cccd.gender': 'Chữ số thứ 4 của CCCD ({digit}) không khớp giới tính của chủ hộ.',
  'cccd.century': 'Chữ số thứ 4 của CCCD ({digit}) không khớp thế kỷ của năm sinh.',
  'cccd.year': 'Chữ số năm sinh trong CCCD ({digits}) không khớp năm sinh.',
  'phone.invalid': 'Số điện thoại không hợp lệ (không phải số di động 10 chữ số).',
  'phone.old': 'Số điện thoại 11 số cũ; đã có số mới 10 chữ số tương ứng (xem đề nghị).',
  'phone.lostZero': 'Số điện thoại lưu dạng số nên mất chữ số 0 ở đầu (xem đề nghị).',
  'poverty.conflict': 'Hộ được đánh dấu ở nhiều loại cùng lúc ({classes}); mỗi hộ chỉ thuộc một loại.',
  'culturalFamily.notRegistered': 'Hộ đạt Gia đình văn hóa nhưng không đăng ký.',
  'recipientKind.unknown': 'Đối tượng "{value}" không rõ (Tập thể, Cá nhân hoặc Hộ gia đình).',
  'decision.impossibleDate': 'Ngày quyết định "{value}" không có thật.',
  'form.unknown': 'Hình thức khen thưởng "{value}" không có trong danh mục.',
  'form.alias': 'Hình thức "{value}" nên ghi đầy đủ là "{canonical}".',
  'codes.unexplained': 'Cột {fieldName} ghi bằng mã ({codes}) nhưng không có bảng danh mục giải thích các mã này, nên chưa đọc được; thêm trang danh mục "Mã | Tên" vào tệp.',
  'award.authorityForm': '{authority} không có thẩm quyền tặng "{form}".',
  'award.recipient.collective': '"{form}" không tặng cho tập thể.',
  'award.recipient.individual': '"{form}" không tặng cho cá nhân.',
  'award.recipient.household': '"{form}" không tặng cho hộ gia đình.',
  'decision.missing-number': 'Số quyết định "{value}" thiếu số thứ tự.',
  'decision.missing-issuer': 'Số quyết định "{value}" thiếu cơ quan ban hành.',
  'decision.malformed': 'Số quyết định "{value}" không đúng dạng (ví dụ 215/QĐ-UBND).',
  'decision.outsideYear': 'Quyết định ngày {date} nằm ngoài năm báo cáo {year}.',
  'amount.negative': 'Số tiền {value} là số âm.',
  'amount.absurd': 'Số tiền {value} đồng lớn hơn mức thưởng cao nhất có thể ({max} đồng): có thể nhập nhầm đơn vị hoặc ghi số tổng vào dòng này.',
  'amount.table': 'Số tiền {value} đồng khác mức theo quy định ({expected} đồng).',
  'authority.unknown': 'Không xác định được cấp của cơ quan quyết định "{value}".',
  'subtotal.mismatch': 'Dòng cộng ghi {written}, nhưng cộng các dòng trong khối được {computed}.',
  'total.mismatch': 'Dòng tổng cộng ghi {written}, nhưng cộng tất cả các dòng được {computed}.',
  'duplicate.cccd': 'Trùng số CCCD với dòng {row}.',
  'duplicate.household': 'Trùng hộ (họ tên, năm sinh, thôn) với dòng {row}.',
  'duplicate.award': 'Trùng khen thưởng (người nhận, hình thức, cơ quan, quyết định) với dòng {row}.',
  'duplicate.cccd.file': 'Trùng số CCCD với ô {cell}, trang "{sheet}" của tệp "{file}".',
  'duplicate.household.file': 'Trùng hộ (họ tên, năm sinh, thôn) với ô {cell}, trang "{sheet}" của tệp "{file}".',
  'duplicate.award.file': 'Trùng khen thưởng (người nhận, hình thức, cơ quan, quyết định) với ô {cell}, trang "{sheet}" của tệp "{file}".',
  'household.noHead': 'Hộ không có ai là chủ hộ (cột quan hệ với chủ hộ).',
  'household.twoHeads': 'Hộ có {count} người ghi là chủ hộ.',
  'household.numberRestarts': 'Số thứ tự hộ {value} đánh lại hoặc trùng (hộ trước là {previous}).',
  'household.numberSkips': 'Số thứ tự hộ nhảy từ {previous} lên {value}.',
  'household.numberMissing': 'Chủ hộ mới nhưng chưa ghi số thứ tự hộ.',
  'household.twoVillages': 'Thành viên ghi thôn "{value}", khác thôn của hộ "{village}".',
  'cccd.genderPerson': 'Chữ số thứ 4 của CCCD ({digit}) không khớp giới tính của người này.',
  'birthYear.future': 'Năm sinh {value} sau năm báo cáo {year}.',
  'birthYear.personTooOld': 'Năm sinh {value}: người này đã {age} tuổi vào năm {year} (trên 120).',
};

const en: Catalogue = {
  'text.encoding': 'Text in a legacy encoding (TCVN3/VNI); it can be converted to proper Unicode (see the suggestion).',
  'text.unicode': 'Text in decomposed Unicode (NFD), which may not match in lookups and filters; convert to NFC.',
  'text.whitespace': 'Leading, trailing or double spaces.',
  'value.excelError': 'The cell holds the Excel error {error}.',
  'value.required': '{fieldName} is missing.',
  'size.type': 'Household size "{value}" is not a number.',
  'year.type': 'Birth year "{value}" cannot be read.',
  'mark.type': 'Mark "{value}" is not understood (use x or leave empty).',
  'date.type': 'Date "{value}" cannot be read (use day/month/year).',
  'amount.type': 'Amount "{value}" cannot be read.',
  'gender.unknown': 'Gender "{value}" is unclear (Nam or Nữ).',
  'poverty.unknown': 'Household class "{value}" is not poor, near-poor or average.',
  'birthYear.bothGenders': 'The birth year is written under both Nam and Nữ.',
  'gender.bothMarked': 'Both Nam and Nữ are marked.',
  'birthYear.genderColumn': 'The birth year sits under a gender that disagrees with the gender column.',
  'village.missing': 'No village given.',
  'village.unknown': 'Village "{value}" is not one of the commune\'s villages ({villages}).',
  'village.alias': 'Village "{value}" should be written "{canonical}".',
  'birthYear.digits': 'Birth year {value} does not have four digits.',
  'birthYear.tooYoung': 'Birth year {value}: the head would be {age} in {year} (under 16).',
  'birthYear.tooOld': 'Birth year {value}: the head would be {age} in {year} (over 110).',
  'size.range': 'Household size {value} is out of range (1 to 30).',
  'cccd.letter': 'The CCCD number contains a character that is not a digit.',
  'cccd.length': 'The CCCD number has {digits} digits (it must have 12).',
  'cccd.oldCmnd': 'An old 9-digit CMND number: update to the 12-digit CCCD.',
  'cccd.lostZero': 'The CCCD was stored as a number and lost its leading 0; write it as text with the 0 (see the suggestion).',
  'cccd.province': 'Province code {code} at the start of the CCCD does not exist.',
  'cccd.gender': 'The CCCD\'s 4th digit ({digit}) disagrees with the head\'s gender.',
  'cccd.century': 'The CCCD\'s 4th digit ({digit}) disagrees with the century of the birth year.',
  'cccd.year': 'The CCCD\'s year digits ({digits}) disagree with the birth year.',
  'phone.invalid': 'The phone number is not valid (not a 10-digit mobile number).',
  'phone.old': 'An old 11-digit phone number; it has a new 10-digit number (see the suggestion).',
  'phone.lostZero': 'The phone number was stored as a number and lost its leading 0 (see the suggestion).',
  'poverty.conflict': 'The household is marked in several classes ({classes}); a household has one class only.',
  'culturalFamily.notRegistered': 'Recognised as Gia đình văn hóa without having registered.',
  'recipientKind.unknown': 'Recipient kind "{value}" is unclear (Tập thể, Cá nhân or Hộ gia đình).',
  'decision.impossibleDate': 'Decision date "{value}" does not exist.',
  'form.unknown': 'Award form "{value}" is not in the list of forms.',
  'form.alias': 'Form "{value}" should be written "{canonical}".',
  'codes.unexplained': 'The {fieldName} column holds codes ({codes}) that no code table explains, so they were not read; add a "Code | Name" list sheet to the file.',
  'award.authorityForm': '{authority} may not give "{form}".',
  'award.recipient.collective': '"{form}" is not given to a collective.',
  'award.recipient.individual': '"{form}" is not given to an individual.',
  'award.recipient.household': '"{form}" is not given to a household.',
  'decision.missing-number': 'Decision number "{value}" lacks its running number.',
  'decision.missing-issuer': 'Decision number "{value}" lacks its issuing body.',
  'decision.malformed': 'Decision number "{value}" is malformed (e.g. 215/QĐ-UBND).',
  'decision.outsideYear': 'Decision dated {date} is outside the report year {year}.',
  'amount.negative': 'Amount {value} is negative.',
  'amount.absurd': 'Amount {value} đồng is more than any single award can pay ({max} đồng): perhaps a wrong unit, or a total written in this row.',
  'amount.table': 'Amount {value} đồng differs from the regulated amount ({expected} đồng).',
  'authority.unknown': 'The level of the deciding authority "{value}" cannot be told.',
  'subtotal.mismatch': 'The subtotal says {written}, but the rows of its block add up to {computed}.',
  'total.mismatch': 'The grand total says {written}, but all rows add up to {computed}.',
  'duplicate.cccd': 'Same CCCD as row {row}.',
  'duplicate.household': 'Same household (name, birth year, village) as row {row}.',
  'duplicate.award': 'Same award (recipient, form, authority, decision) as row {row}.',
  'duplicate.cccd.file': 'Same CCCD as cell {cell} of sheet "{sheet}" in file "{file}".',
  'duplicate.household.file': 'Same household (name, birth year, village) as cell {cell} of sheet "{sheet}" in file "{file}".',
  'duplicate.award.file': 'Same award (recipient, form, authority, decision) as cell {cell} of sheet "{sheet}" in file "{file}".',
  'household.noHead': 'The household has nobody marked as its head (relation column).',
  'household.twoHeads': 'The household has {count} persons marked as head.',
  'household.numberRestarts': 'Household number {value} restarts or repeats (the previous one is {previous}).',
  'household.numberSkips': 'Household numbers skip from {previous} to {value}.',
  'household.numberMissing': 'A new head of household without a household number.',
  'household.twoVillages': 'This member is written in village "{value}", the household in "{village}".',
  'cccd.genderPerson': 'The CCCD\'s 4th digit ({digit}) disagrees with this person\'s gender.',
  'birthYear.future': 'Birth year {value} is after the report year {year}.',
  'birthYear.personTooOld': 'Birth year {value}: this person would be {age} in {year} (over 120).',
};

const FIELD_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    headName: 'họ tên chủ hộ', personName: 'họ tên', size: 'số nhân khẩu', village: 'thôn', recipientName: 'tên tập thể/cá nhân', recipientKind: 'đối tượng (tập thể/cá nhân)', form: 'hình thức khen thưởng',
    birthYear: 'năm sinh', cccd: 'số CCCD', authority: 'cơ quan quyết định', decisionNo: 'số quyết định', decisionDate: 'ngày quyết định', amount: 'số tiền',
  },
  en: {
    headName: 'Head of household name', personName: 'Name', size: 'Household size', village: 'Village', recipientName: 'Recipient name', recipientKind: 'Recipient kind', form: 'Award form',
    birthYear: 'Birth year', cccd: 'CCCD', authority: 'Authority', decisionNo: 'Decision number', decisionDate: 'Decision date', amount: 'Amount',
  },
};

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** "Số CCCD" → "số CCCD" inside a Vietnamese sentence (an acronym's capitals stay); English labels stay as they are. */
function lowerFirst(label: string, lang: Lang): string {
  return lang === 'vi' && !/^[A-ZĐ]{2}/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Renders a message key with its parameters in the chosen language. */
export function renderMessage(key: string, params: MessageParams, lang: Lang = 'vi', suggestion?: string | number): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.vi[key] ?? key;
  // A field is named in the clerk's words, never by its identifier; so are the household classes of a conflict
  // ("poor, nearPoor" → "Hộ nghèo, Hộ cận nghèo").
  const fieldName = typeof params.field === 'string' ? FIELD_NAMES[lang][params.field] ?? lowerFirst(fieldLabel(params.field, lang), lang) : '';
  const classes = typeof params.classes === 'string' ? params.classes.split(', ').map((c) => fieldLabel(c, lang)).join(', ') : undefined;
  const all: Record<string, string | number | undefined> = { ...params, fieldName, suggestion, ...(classes === undefined ? {} : { classes }) };
  const text = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = all[name];
    // A value quoted from a cell is shortened and shown without hidden direction or control characters.
    return v === undefined ? '' : typeof v === 'number' ? messageNumber(v, lang) : quotedValue(v);
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The issue with its message rendered. */
export function withMessage(issue: Issue, lang: Lang = 'vi'): Issue & { message: string } {
  return { ...issue, message: renderMessage(issue.key, issue.params, lang, issue.suggestion) };
}

/** Every message key of a catalogue, for the test that both languages say everything. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(CATALOGUES[lang]);
}
