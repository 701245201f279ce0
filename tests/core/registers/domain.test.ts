import { cccdProblem } from '../../../src/core/registers/households/cccd';
import { phoneProblem } from '../../../src/core/registers/households/phone';
import { readForm, FORMS } from '../../../src/core/registers/awards/forms';
import { readAuthority } from '../../../src/core/registers/awards/authorities';
import { permittedForms, tableAmount } from '../../../src/core/registers/awards/law';

describe('CCCD structure', () => {
  test('a sound CCCD matching gender and birth year passes, whatever province registered it', () => {
    expect(cccdProblem('037050547955', false, 'male', 1950)).toBeNull();
    expect(cccdProblem('030186840764', false, 'female', 1986)).toBeNull();
    expect(cccdProblem('037301968250', false, 'female', 2001)).toBeNull();
  });
  test('each structural problem is named', () => {
    expect(cccdProblem('0371654O6963', false, 'female', 1965)).toEqual({ key: 'cccd.letter' });
    expect(cccdProblem('03715994956', false, 'female', 1959)).toEqual({ key: 'cccd.length', digits: 11 });
    expect(cccdProblem('037174818887', false, 'male', 1974)).toEqual({ key: 'cccd.gender', digit: '1' });
    expect(cccdProblem('037062188093', false, 'male', 1956)).toEqual({ key: 'cccd.year', digits: '62' });
    expect(cccdProblem('099050547955', false, null, null)).toEqual({ key: 'cccd.province', code: '099' });
    expect(cccdProblem('123456789', false, null, null)).toEqual({ key: 'cccd.oldCmnd' });
  });
  test('a CCCD stored as a number that lost its leading zero gets the 12-digit text as its repair', () => {
    expect(cccdProblem('37050547955', true, 'male', 1950)).toEqual({ key: 'cccd.lostZero', fixed: '037050547955' });
  });
});

describe('phone numbers', () => {
  test('mobiles, +84 numbers and landlines are valid', () => {
    for (const p of ['0912345678', '+84 912 345 678', '0229 3871 234', '0341341326']) expect(phoneProblem(p, false)).toBeNull();
  });
  test('an old 11-digit mobile gets its new form', () => expect(phoneProblem('01662345678', false)).toEqual({ key: 'phone.old', fixed: '0362345678' }));
  test('a number that is none of these is invalid', () => expect(phoneProblem('12345', false)).toEqual({ key: 'phone.invalid' }));
});

describe('award forms', () => {
  test.each([
    ['GK', FORMS.GK], ['Giay khen', FORMS.GK], ['BK', FORMS.BK], ['BKTTg', FORMS.BK], ['CSTĐCS', FORMS.CSTDCS], ['TTLĐTT', FORMS.TTLDTT],
    ['LĐTT', FORMS.LDTT], ['Chiến sĩ tiên tiến', FORMS.LDTT], ['CTĐ', FORMS.CTD], ['Làng văn hóa', FORMS.TVH], ['GĐVH', FORMS.GDVH],
  ])('"%s" is %s', (text, form) => expect(readForm(text)?.form).toBe(form));
  test('an abbreviation is a variant to write in full; the canonical name is not', () => {
    expect(readForm('GK')?.variant).toBe(true);
    expect(readForm('Giấy khen')?.variant).toBe(false);
  });
  test('a form cell that also names the authority keeps the authority words', () => {
    expect(readForm('Giấy khen của Chủ tịch UBND xã')).toMatchObject({ form: FORMS.GK, rest: 'cua chu tich ubnd xa' });
  });
  test('unknown forms are not guessed', () => {
    expect(readForm('Thư khen')).toBeNull();
    expect(readForm('Giấy chứng nhận')).toBeNull();
  });
});

describe('authorities and levels', () => {
  test.each([
    ['Chủ tịch UBND xã An Hòa', 'xa', 'chair_xa'],
    ['Đảng ủy xã An Hòa', 'xa', 'party'],
    ['Chủ tịch UBND huyện Gia Viễn', 'huyen', 'chair_huyen'],
    ['Ban Thường vụ Huyện đoàn Gia Viễn', 'huyen', 'mass_org'],
    ['Giám đốc Trung tâm Y tế huyện Gia Viễn', 'huyen', 'unit_head'],
    ['Chủ tịch UBND tỉnh Ninh Bình', 'tinh', 'chair_tinh'],
    ['Giám đốc Sở Văn hóa và Thể thao tỉnh Ninh Bình', 'tinh', 'department_head'],
    ['Bộ Chỉ huy quân sự tỉnh Ninh Bình', 'tinh', 'armed'],
    ['Bộ trưởng Bộ Công an', 'trung_uong', 'armed'],
    ['Bộ Tư lệnh Quân khu 3', 'trung_uong', 'armed'],
    ['Trung ương Hội Liên hiệp phụ nữ Việt Nam', 'trung_uong', 'mass_org'],
    ['Thủ tướng Chính phủ', 'trung_uong', 'prime_minister'],
    ['Ban Chấp hành Công đoàn cơ sở', 'xa', 'mass_org'],
    ['Hội Nông dân Việt Nam', 'trung_uong', 'mass_org'],
  ])('"%s" is level %s, kind %s', (text, level, kind) => expect(readAuthority(text)).toEqual({ level, kind }));
});

describe('the dated law tables', () => {
  const d2023 = { y: 2023, m: 12, d: 20 };
  test('the commune chairman gives Giấy khen but not Bằng khen; the province chairman gives no Giấy khen', () => {
    expect(permittedForms('chair_xa', d2023)).toContain(FORMS.GK);
    expect(permittedForms('chair_xa', d2023)).not.toContain(FORMS.BK);
    expect(permittedForms('chair_tinh', d2023)).not.toContain(FORMS.GK);
    expect(permittedForms('chair_huyen', d2023)).not.toContain(FORMS.BK);
  });
  test('after 2025-07-01 the merged commune chairman has the district powers, and district rows are not checked', () => {
    const d = { y: 2025, m: 9, d: 1 };
    expect(permittedForms('chair_xa', d)).toContain(FORMS.CSTDCS);
    expect(permittedForms('chair_huyen', d)).toBeUndefined();
  });
  test('money is the multiple of the base salary in force, rounded up to 10.000 đồng, doubled for a collective', () => {
    expect(tableAmount('Lao động tiên tiến', false, { y: 2023, m: 8, d: 30 })).toBe(540000);
    expect(tableAmount('Giấy khen (Chủ tịch UBND xã)', false, { y: 2023, m: 12, d: 20 })).toBe(270000);
    expect(tableAmount('Giấy khen (Chủ tịch UBND xã)', true, { y: 2023, m: 12, d: 20 })).toBe(540000);
    expect(tableAmount('Giấy khen (Chủ tịch UBND xã)', false, { y: 2023, m: 3, d: 1 })).toBe(230000);
    expect(tableAmount('Tập thể lao động tiên tiến', true, { y: 2023, m: 8, d: 30 })).toBe(1440000);
    expect(tableAmount('Bằng khen', false, { y: 2025, m: 8, d: 1 })).toBe(3510000);
  });
});

describe('several phone numbers in one cell', () => {
  test('each is checked; two valid numbers are no problem, one bad number among them is', () => {
    expect(phoneProblem('0912345678, 0987654321', false)).toBeNull();
    expect(phoneProblem('0912345678 - 0229 3871 234', false)).toBeNull();
    expect(phoneProblem('0912345678; 12345', false)).toEqual({ key: 'phone.invalid' });
  });
});
