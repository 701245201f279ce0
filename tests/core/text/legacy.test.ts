import { decodeTcvn3, decodeVni, detectLegacy, repairLegacy } from '../../../src/core/text/legacy';
import { LEGACY_LETTERS } from '../../../src/core/text/legacyTables';

// Encoders built from the letter table, to check that decoding inverts it.
const tcvn3Of = new Map(LEGACY_LETTERS.map((l) => [l.unicode, String.fromCharCode(l.tcvn3)]));
const vniOf = new Map(LEGACY_LETTERS.map((l) => [l.unicode, l.vni]));
const encode = (spelling: Map<string, string>, text: string): string =>
  [...text].map((ch) => spelling.get(ch) ?? ch).join('');

const isUpper = (letter: string): boolean => letter !== letter.toLowerCase();

describe('legacy letter table', () => {
  it('lists 134 distinct Vietnamese letters, 67 small and 67 capital, all in NFC', () => {
    const letters = LEGACY_LETTERS.map((l) => l.unicode);
    expect(letters).toHaveLength(134);
    expect(new Set(letters).size).toBe(134);
    expect(letters.filter(isUpper)).toHaveLength(67);
    for (const letter of letters) expect(letter.normalize('NFC')).toBe(letter);
  });

  it('gives every letter the TCVN3 byte of the compact list in ENCODINGS.md §8.2', () => {
    const letters =
      'ÁáÀàẢảÃãẠạÂâẤấẦầẨẩẪẫẬậĂăẮắẰằẲẳẴẵẶặĐđÉéÈèẺẻẼẽẸẹÊêẾếỀềỂểỄễỆệÍíÌìỈỉĨĩỊịÓóÒòỎỏÕõỌọÔôỐốỒồỔổỖỗỘộƠơỚớỜờỞởỠỡỢợÚúÙùỦủŨũỤụƯưỨứỪừỬửỮữỰựÝýỲỳỶỷỸỹỴỵ';
    const bytes =
      'B8 B8 B5 B5 B6 B6 B7 B7 B9 B9 A2 A9 CA CA C7 C7 C8 C8 C9 C9 CB CB A1 A8 BE BE BB BB BC BC BD BD C6 C6 A7 AE D0 D0 CC CC CE CE CF CF D1 D1 A3 AA D5 D5 D2 D2 D3 D3 D4 D4 D6 D6 DD DD D7 D7 D8 D8 DC DC DE DE E3 E3 DF DF E1 E1 E2 E2 E4 E4 A4 AB E8 E8 E5 E5 E6 E6 E7 E7 E9 E9 A5 AC ED ED EA EA EB EB EC EC EE EE F3 F3 EF EF F1 F1 F2 F2 F4 F4 A6 AD F8 F8 F5 F5 F6 F6 F7 F7 F9 F9 FD FD FA FA FB FB FC FC FE FE';
    const expected = new Map([...letters].map((letter, i) => [letter, parseInt(bytes.split(' ')[i], 16)]));
    expect(expected.size).toBe(134);
    for (const { unicode, tcvn3 } of LEGACY_LETTERS) expect([unicode, tcvn3]).toEqual([unicode, expected.get(unicode)]);
  });

  it('uses the 74 TCVN3 characters of ENCODINGS.md: 50 never Vietnamese letters, 24 also genuine letters', () => {
    // ENCODINGS.md says "the other 25" but lists 24; 50 + 24 = 74 distinct bytes (67 small + 7 own capitals).
    const never = '¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ';
    const genuine = 'ÈÉÊÌÒÓÔÕÝáâãèéêìíòóôõùúý';
    const vietnamese = new Set(LEGACY_LETTERS.map((l) => l.unicode));
    const used = new Set(LEGACY_LETTERS.map((l) => String.fromCharCode(l.tcvn3)));
    expect([...never]).toHaveLength(50);
    expect([...genuine]).toHaveLength(24);
    expect([...used].sort()).toEqual([...never, ...genuine].sort());
    for (const ch of never) expect(vietnamese.has(ch)).toBe(false);
    for (const ch of genuine) expect(vietnamese.has(ch)).toBe(true);
  });

  it('keeps TCVN3 bytes in A1–FE and VNI letter and mark bytes in C0–FE', () => {
    for (const { tcvn3, vni } of LEGACY_LETTERS) {
      expect(tcvn3).toBeGreaterThanOrEqual(0xa1);
      expect(tcvn3).toBeLessThanOrEqual(0xfe);
      const last = vni.charCodeAt(vni.length - 1);
      expect(last).toBeGreaterThanOrEqual(0xc0);
      expect(last).toBeLessThanOrEqual(0xfe);
    }
  });
});

describe('round trip of every letter through the table', () => {
  it.each(LEGACY_LETTERS.map((l) => [l.unicode, l]))('decodes the TCVN3 and VNI spellings of %s back to it', (_, l) => {
    const tcvn3 = String.fromCharCode(l.tcvn3);
    expect(decodeTcvn3(tcvn3, isUpper(l.unicode))).toBe(l.unicode);
    // Normal fonts only have small toned letters (capitals come from the font).
    expect(decodeTcvn3(tcvn3)).toBe(
      'ĂÂÊÔƠƯĐ'.includes(l.unicode) ? l.unicode : l.unicode.toLowerCase(),
    );
    expect(decodeVni(l.vni)).toBe(l.unicode);
  });

  it('decodes all letters inside words, between ASCII letters', () => {
    const small = LEGACY_LETTERS.map((l) => l.unicode).filter((u) => !isUpper(u));
    const text = small.map((u) => `x${u}n`).join(' ');
    expect(decodeTcvn3(encode(tcvn3Of, text))).toBe(text);
    expect(decodeVni(encode(vniOf, text))).toBe(text);
    const capitals = text.toUpperCase();
    expect(decodeTcvn3(encode(tcvn3Of, text), true)).toBe(capitals);
    expect(decodeVni(encode(vniOf, capitals))).toBe(capitals);
  });
});

// ENCODINGS.md §8.1 examples: [Unicode, TCVN3 as seen, VNI as seen].
const EXAMPLES: readonly [string, string, string][] = [
  ['Nguyễn Văn An', 'NguyÔn V¨n An', 'Nguyeãn Vaên An'],
  ['Trần Thị Hương', 'TrÇn ThÞ H\u00AD¬ng', 'Traàn Thò Höông'],
  ['Ninh Bình', 'Ninh B×nh', 'Ninh Bình'],
  ['Hộ nghèo', 'Hé nghÌo', 'Hoä ngheøo'],
  ['Hộ cận nghèo', 'Hé cËn nghÌo', 'Hoä caän ngheøo'],
  ['Gia đình văn hóa', 'Gia ®×nh v¨n hãa', 'Gia ñình vaên hoùa'],
  ['Giấy khen', 'GiÊy khen', 'Giaáy khen'],
  ['Bằng khen', 'B»ng khen', 'Baèng khen'],
  ['Chiến sĩ thi đua cơ sở', 'ChiÕn sÜ thi ®ua c¬ së', 'Chieán só thi ñua cô sôû'],
  ['Lao động tiên tiến', 'Lao ®éng tiªn tiÕn', 'Lao ñoäng tieân tieán'],
  ['Quyết định', 'QuyÕt ®Þnh', 'Quyeát ñònh'],
  ['Ủy ban nhân dân xã', 'ñy ban nh©n d©n x·', 'UÛy ban nhaân daân xaõ'],
];

describe('examples of ENCODINGS.md §8.1', () => {
  it.each(EXAMPLES)('encodes "%s" to the mojibake shown in the document', (unicode, tcvn3, vni) => {
    expect(encode(tcvn3Of, unicode)).toBe(tcvn3);
    expect(encode(vniOf, unicode)).toBe(vni);
  });

  it.each(EXAMPLES)('decodes the mojibake of "%s" back to Unicode', (unicode, tcvn3, vni) => {
    // TCVN3 "Ủ" is the byte of "ủ" drawn by a capitals font; a normal font gives the small letter.
    expect(decodeTcvn3(tcvn3)).toBe(unicode.startsWith('Ủ') ? unicode.replace('Ủ', 'ủ') : unicode);
    expect(decodeVni(vni)).toBe(unicode);
  });

  it('decodes a whole cell in a .VnXxxH capitals font as capitals', () => {
    expect(decodeTcvn3('ñy ban nh©n d©n x·', true)).toBe('ỦY BAN NHÂN DÂN XÃ');
    expect(decodeTcvn3('Hé nghÌo', true)).toBe('HỘ NGHÈO');
  });
});

describe('decoders', () => {
  it('return NFC even when the input carries combining marks', () => {
    expect(decodeTcvn3('Ho\u0300a B×nh')).toBe('Hòa Bình');
    expect(decodeVni('Ho\u0300a Bình')).toBe('Hòa Bình');
    for (const [unicode, tcvn3, vni] of EXAMPLES) {
      expect(decodeTcvn3(tcvn3).normalize('NFC')).toBe(decodeTcvn3(tcvn3));
      expect(decodeVni(vni)).toBe(unicode.normalize('NFC'));
    }
  });

  it('leave ASCII, digits, punctuation and characters outside Latin-1 unchanged', () => {
    const text = 'Xom 3 – An Binh, 12/05/2024 (so 7) “QD” 東京';
    expect(decodeTcvn3(text)).toBe(text);
    expect(decodeVni(text)).toBe(text);
  });

  it('read VNI base + mark pairs before single letters', () => {
    expect(decodeVni('ôù')).toBe('ớ');
    expect(decodeVni('ô')).toBe('ơ');
    expect(decodeVni('oâ')).toBe('ô');
    expect(decodeVni('öôù')).toBe('ướ');
    expect(decodeVni('Ñoà')).toBe('Đồ');
  });
});

describe('detectLegacy and repairLegacy without a font', () => {
  it.each([
    ['NguyÔn TiÕn Khoa', 'Nguyễn Tiến Khoa'],
    ['Vò TiÕn Thä', 'Vũ Tiến Thọ'],
    ['TrÇn ThÞ H\u00AD¬ng', 'Trần Thị Hương'],
    ['Gia ®×nh v¨n hãa', 'Gia đình văn hóa'],
    ['Hé nghÌo', 'Hộ nghèo'],
    ['ChiÕn sÜ thi ®ua c¬ së', 'Chiến sĩ thi đua cơ sở'],
    ['QuyÕt ®Þnh', 'Quyết định'],
    ['GiÊy khen', 'Giấy khen'],
    ['Lao ®éng tiªn tiÕn', 'Lao động tiên tiến'],
    ['ñy ban nh©n d©n x·', 'ủy ban nhân dân xã'],
    ['Sè 12/Q§-UBND', 'Số 12/QĐ-UBND'],
  ])('recognises TCVN3 "%s" and repairs it to "%s"', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toBe('tcvn3');
    expect(repairLegacy(legacy)).toBe(unicode);
  });

  it.each([
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Traàn Thò Höông', 'Trần Thị Hương'],
    ['Hoä ngheøo', 'Hộ nghèo'],
    ['Gia ñình vaên hoùa', 'Gia đình văn hóa'],
    ['Giaáy khen', 'Giấy khen'],
    ['Baèng khen', 'Bằng khen'],
    ['Chieán só thi ñua cô sôû', 'Chiến sĩ thi đua cơ sở'],
    ['UÛy ban nhaân daân xaõ', 'Ủy ban nhân dân xã'],
    ['Quyeát ñònh', 'Quyết định'],
    ['Döông', 'Dương'],
    ['Coâng', 'Công'],
  ])('recognises VNI "%s" and repairs it to "%s"', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toBe('vni');
    expect(repairLegacy(legacy)).toBe(unicode);
  });

  it.each([
    ['plain ASCII', 'Nguyen Van An'],
    ['empty', ''],
    ['Unicode Vietnamese', 'Nguyễn Văn An'],
    ['Unicode Vietnamese identical to its VNI spelling', 'Ninh Bình'],
    ['Unicode Vietnamese made of Latin-1 letters only', 'Tô Lâm'],
    ['Unicode Vietnamese with new-style tone placement (also a VNI pair)', 'Hoà Bình'],
    ['Unicode Vietnamese with new-style tone placement', 'Thanh Hoá'],
    ['Unicode Vietnamese in capitals', 'LÊ THÀNH'],
    ['Unicode Vietnamese in NFD', 'Nguyễn Thị'.normalize('NFD')],
    ['French é', 'Café'],
    ['Spanish ñ', 'Señor'],
    ['German umlaut', 'Müller'],
    ['French diaeresis', 'naïve Noël'],
    ['accented names', 'José Raúl'],
    ['a multiplication sign', '3 × 4'],
    ['a copyright sign', '© 2024'],
    ['a unit with the micro sign', '10 µm'],
  ])('leaves %s alone: "%s"', (_, text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(repairLegacy(text)).toBeNull();
  });

  it('never converts a cell that already holds Vietnamese Unicode letters, even next to mojibake', () => {
    expect(detectLegacy('Nguyễn TiÕn')).toBeNull();
    expect(detectLegacy('Đội ®×nh')).toBeNull();
  });

  it('leaves a single word alone when it is real Vietnamese as it stands', () => {
    // "Hoà" is also VNI for "Hồ", "Vò" is TCVN3 for "Vũ": only a font can tell.
    expect(detectLegacy('Hoà')).toBeNull();
    expect(detectLegacy('Vò')).toBeNull();
  });

  it('returns results in NFC', () => {
    for (const [, tcvn3, vni] of EXAMPLES) {
      for (const legacy of [tcvn3, vni]) {
        const repaired = repairLegacy(legacy);
        if (repaired !== null) expect(repaired.normalize('NFC')).toBe(repaired);
      }
    }
  });
});

describe('detectLegacy and repairLegacy with a font', () => {
  it('trusts a VNI font even for text that would be ambiguous without it', () => {
    expect(detectLegacy('Hoà', 'vni')).toBe('vni');
    expect(repairLegacy('Hoà', 'vni')).toBe('Hồ');
  });

  it('trusts a TCVN3 font even for text that would be ambiguous without it', () => {
    expect(detectLegacy('Vò', 'tcvn3')).toBe('tcvn3');
    expect(repairLegacy('Vò', 'tcvn3')).toBe('Vũ');
  });

  it('decodes text in a .VnXxxH font as capitals, ASCII letters included', () => {
    expect(detectLegacy('Hé nghÌo', 'tcvn3-upper')).toBe('tcvn3');
    expect(repairLegacy('Hé nghÌo', 'tcvn3-upper')).toBe('HỘ NGHÈO');
  });

  it('returns null when decoding with the font changes nothing', () => {
    expect(detectLegacy('Ninh Bình', 'vni')).toBeNull();
    expect(repairLegacy('Ninh Bình', 'vni')).toBeNull();
    expect(detectLegacy('Nguyen Van An', 'tcvn3')).toBeNull();
    expect(detectLegacy('Xom 3 – An Binh', 'tcvn3-upper')).toBeNull();
  });

  it('still leaves text with Vietnamese Unicode letters alone', () => {
    expect(detectLegacy('Nguyễn Văn An', 'tcvn3')).toBeNull();
    expect(repairLegacy('Hồ Chí Minh', 'vni')).toBeNull();
  });
});

describe('detectLegacy speed', () => {
  it('answers 100,000 plain and Unicode cells well within a second', () => {
    const cells = ['Nguyễn Văn An', 'Nguyen Van An', '0912345678', 'Xóm 3, thôn Đông', 'Hộ nghèo'];
    const started = Date.now();
    let found = 0;
    for (let i = 0; i < 100_000; i++) if (detectLegacy(cells[i % cells.length]) !== null) found++;
    expect(found).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
