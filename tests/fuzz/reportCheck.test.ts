// Property: whatever paragraphs a report holds, the report check answers with findings that point into the report
// and say something — no exception, no leaked value — with the registers' figures or without.
import fc from 'fast-check';
import { checkReport } from '../../src/core/check';
import { AN_HOA_2023_SUMMARY } from '../fixtures/reports/anHoa2023';
import { DONG_TAM_SUMMARY } from '../fixtures/reports/dongTam2024';
import { runProperty, runsOf, timeoutOf } from './budget';
import { expectNoLeak } from './outcome';
import { report } from './paragraphs';

const options = fc.record({
  summary: fc.option(fc.constantFrom(AN_HOA_2023_SUMMARY, DONG_TAM_SUMMARY, { households: AN_HOA_2023_SUMMARY.households }, { awards: DONG_TAM_SUMMARY.awards }), { nil: undefined }),
  year: fc.option(fc.integer({ min: 1990, max: 2035 }), { nil: undefined }),
}, { requiredKeys: [] });

describe('check.paragraphs: random and scrambled report paragraphs', () => {
  test(`runs ${String(runsOf('check.paragraphs'))} reports through the check without an exception`, async () => {
    const cases = await runProperty('check.paragraphs', fc.tuple(report, options), ([paragraphs, opts]) => {
      const findings = checkReport(paragraphs, opts);
      const input = paragraphs.join('\n');
      for (const f of findings) {
        if (!Number.isInteger(f.paragraph) || f.paragraph < 0 || f.paragraph >= paragraphs.length) throw new Error(`finding ${f.code} points at paragraph ${String(f.paragraph)} of ${String(paragraphs.length)}`);
        if (f.message.trim() === '') throw new Error(`finding ${f.code} has no message`);
        if (f.excerpt.length > 121) throw new Error(`finding ${f.code} has an excerpt of ${String(f.excerpt.length)} characters`);
        expectNoLeak(`${f.message}\n${f.messageEn ?? ''}`, input, `finding ${f.code}`);
      }
    });
    expect(cases).toBe(runsOf('check.paragraphs'));
  }, timeoutOf('check.paragraphs'));
});
