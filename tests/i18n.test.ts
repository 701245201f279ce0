import { messageKeys, renderMessage } from '../src/i18n/messages';
import { ruleExplanation, ruleTitle, RULE_FAMILIES } from '../src/i18n/rules';
import { UI_KEYS, uiText } from '../src/i18n/ui';
import { analyseSamples } from './samples';

describe('messages in Vietnamese and English', () => {
  test('both catalogues have the same message keys', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('vi').sort());
  });

  test('every issue the samples raise has a message in both languages, with its parameters filled in', async () => {
    const a = await analyseSamples('households-errors-sample', 'awards-errors-sample', 'households-sectioned');
    const issues = a.files.flatMap((f) => f.registers.flatMap((r) => r.issues));
    expect(issues.length).toBeGreaterThan(40);
    for (const i of issues) {
      for (const lang of ['vi', 'en'] as const) {
        const m = renderMessage(i.key, i.params, lang, i.suggestion);
        expect(messageKeys(lang)).toContain(i.key);
        expect(m).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    }
  });

  test('every issue family of DOMAIN.md §4 has a title and an explanation in both languages', () => {
    const families = ['text.encoding', 'text.unicode', 'text.whitespace', 'value.required', 'value.type', 'value.range', 'value.enum', 'value.alias', 'value.error', 'row.conflict', 'row.duplicate', 'id.cccd', 'award.authority', 'award.recipient', 'award.amount', 'award.decision', 'total.mismatch', 'household.head', 'household.numbering'];
    expect(RULE_FAMILIES.sort()).toEqual([...families].sort());
    for (const f of families) for (const lang of ['vi', 'en'] as const) {
      expect(ruleTitle(`${f}.x`, lang)).not.toBe(`${f}.x`);
      expect(ruleExplanation(f, lang).length).toBeGreaterThan(10);
    }
  });

  test('every pane text exists in both languages and fills its parameters', () => {
    for (const k of UI_KEYS) {
      expect(uiText('vi', k, { n: 1, done: 1, total: 2, error: 0, warning: 0, info: 0, shown: 1, sheet: 'S', message: 'm', what: 'w', from: 'f', value: 'v' })).not.toMatch(/\{\w+\}/);
      expect(uiText('en', k).length).toBeGreaterThan(0);
    }
  });
});
