// The clerks' guide (docs/huong-dan.md) keeps up with the product: every issue family, doubt, report check code,
// commune profile key, column field and report section is explained there, and the pane labels it quotes are the
// pane's own words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_FAMILIES, ruleTitle } from '../../src/i18n/rules';
import { doubtText } from '../../src/i18n/doubts';
import type { Doubt } from '../../src/core/doubts';
import { profileSchema } from '../../src/core/profile';
import { fieldLabel } from '../../src/i18n/fields';
import { HOUSEHOLD_FIELDS } from '../../src/core/registers/households/fields';
import { PERSON_FIELDS } from '../../src/core/registers/persons/fields';
import { AWARD_FIELDS } from '../../src/core/registers/awards/fields';
import { SECTION_IDS } from '../../src/core/report/model';
import { uiText, type UiKey } from '../../src/i18n/ui';

const ROOT = path.join(__dirname, '..', '..');
const guide = readFileSync(path.join(ROOT, 'docs', 'huong-dan.md'), 'utf8');
/** The guide's prose with its line wraps undone, for quotes that span a line break. */
const flowing = guide.replace(/\s*\n\s*/g, ' ');

/** The string literals of a union type exported from a source file (`export type Name = 'a' | 'b';`). */
function unionLiterals(file: string, name: string): string[] {
  const src = readFileSync(path.join(ROOT, file), 'utf8');
  const m = new RegExp(`export type ${name}\\s*=([^;]+);`).exec(src);
  if (!m) throw new Error(`${name} not found in ${file}`);
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
}

/** The guide's table rows (lines starting with "|"), for checks that a code and its words sit in one row. */
const rows = guide.split('\n').filter((l) => l.startsWith('|'));
const rowOf = (code: string) => rows.find((r) => r.startsWith(`| \`${code}\` |`));

describe('the clerks\' guide (docs/huong-dan.md)', () => {
  test('explains every issue family of src/i18n/rules.ts, in a table row with its Vietnamese title', () => {
    expect(RULE_FAMILIES.length).toBeGreaterThanOrEqual(19);
    const missing = RULE_FAMILIES.filter((code) => !rowOf(code)?.includes(`| ${ruleTitle(code, 'vi')} |`));
    expect(missing).toEqual([]);
  });

  test('explains every doubt ("Cần xác nhận") of src/core/doubts.ts', () => {
    const codes = unionLiterals('src/core/doubts.ts', 'DoubtCode');
    expect(codes.length).toBeGreaterThanOrEqual(8);
    // The parsed codes are the real ones: each has its sentence for the clerk.
    for (const code of codes) expect(doubtText({ code, file: 'f', sheet: 'S', params: {} } as Doubt).length).toBeGreaterThan(20);
    expect(codes.filter((code) => !rowOf(code))).toEqual([]);
  });

  test('explains every report check code (FindingCode)', () => {
    const codes = unionLiterals('src/core/check/types.ts', 'FindingCode');
    expect(codes.length).toBeGreaterThanOrEqual(8);
    expect(codes.filter((code) => !rowOf(code))).toEqual([]);
  });

  test('explains every key of the commune profile', () => {
    const keys = Object.keys(profileSchema.shape);
    expect(keys).toEqual(expect.arrayContaining(['commune', 'district', 'province', 'year', 'villages']));
    expect(keys.filter((k) => !rowOf(k))).toEqual([]);
  });

  test('lists every column field a clerk may map, with the name the pane shows', () => {
    const fields = [...new Set<string>([...HOUSEHOLD_FIELDS, ...PERSON_FIELDS, ...AWARD_FIELDS])];
    expect(fields.filter((f) => !rowOf(f)?.includes(`| ${fieldLabel(f, 'vi')} |`))).toEqual([]);
  });

  test('names every report section id the CLI takes', () => {
    expect(SECTION_IDS.filter((id) => !guide.includes(`\`${id}\``))).toEqual([]);
  });

  test('quotes the pane\'s buttons and headings exactly as the pane shows them', () => {
    const quoted: UiKey[] = [
      'findAgain', 'found', 'headerRows', 'dataRows', 'sections', 'subtotals', 'columns', 'ignoredSheets', 'correctMapping', 'saveMapping',
      'mappingSaved', 'issues', 'filterSeverity', 'filterField', 'filterVillage', 'all', 'error', 'warning', 'info', 'ruleHelp', 'highlight',
      'clearHighlight', 'fixes', 'doubts', 'summary', 'writeSummary', 'sendToWord', 'sentToWord', 'noData', 'openWorkbook', 'dataClean',
      'profile', 'commune', 'district', 'province', 'reportYear', 'villagesList', 'saveProfile', 'sectionsTitle', 'insert', 'updateAll',
      'nothingToUpdate', 'overwrite', 'skipEdited', 'cancel', 'preview', 'checkReport', 'noFindings', 'pageOpenTitle', 'pageChoose',
      'pageOpenOther', 'pageDemo', 'tabSheet', 'tabSummary', 'tabReport', 'downloadDocx', 'openReport',
    ];
    expect(quoted.filter((k) => !flowing.includes(uiText('vi', k)))).toEqual([]);
  });

  test('shows the seven screenshots, each with a Vietnamese alt text', () => {
    const shots = ['trang-mo-so', 'excel-loi', 'trang-tong-hop', 'trang-bao-cao', 'word-muc-bao-cao', 'word-kiem-tra', 'excel-sua-cot'];
    for (const name of shots) expect(guide).toMatch(new RegExp(`!\\[[^\\]]{10,}\\]\\(images/${name}\\.png\\)`));
  });
});
