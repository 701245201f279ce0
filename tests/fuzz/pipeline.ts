// The whole pure pipeline on workbooks already read: layout → validation → summary → what the CLI and the pane show
// → report → report check. Throws when an exception escapes or when a text shown to the clerk is broken.
import { analyse, type Analysis, type WorkbookInput } from '../../src/core/analyse';
import type { LayoutOverride } from '../../src/core/layout/detect';
import type { CommuneProfile } from '../../src/core/profile';
import { checkReport, paragraphsFromText } from '../../src/core/check';
import { SECTION_IDS } from '../../src/core/report/model';
import { buildReport } from '../../src/core/report/sections';
import { reportInputOf } from '../../src/core/report/input';
import { reportText } from '../../src/core/report/plainText';
import { summaryJson, summaryText, validateJson, validateText } from '../../src/cli/output';
import { messageKeys } from '../../src/i18n/messages';
import { toPaneAnalysis } from '../../src/taskpane/excel/paneAnalysis';
import { expectNoLeak, inputText } from './outcome';

export interface PipelineInput {
  workbooks: WorkbookInput[];
  profile?: CommuneProfile;
  overrides?: Record<string, LayoutOverride>;
}

const KEYS = new Set(messageKeys('vi'));
const TODAY = new Date(Date.UTC(2024, 0, 15));

/** Fails unless every count of a summary is a whole number ≥ 0 and every rate a finite number or null. */
function expectSaneNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`summary ${path} is ${String(value)}`);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => expectSaneNumbers(v, `${path}[${String(i)}]`));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) expectSaneNumbers(v, `${path}.${k}`);
}

/** Runs every stage and returns the analysis; throws on an escaped exception or a broken text. */
export function runPipeline({ workbooks, profile, overrides }: PipelineInput): Analysis {
  const a = analyse(workbooks, { profile, overrides, today: TODAY });
  const input = inputText({ workbooks, profile, overrides });
  for (const reg of a.files.flatMap((f) => f.registers)) {
    for (const issue of reg.issues) if (!KEYS.has(issue.key)) throw new Error(`issue ${issue.code} has no message for key "${issue.key}"`);
  }
  expectSaneNumbers(a.summary, 'summary');
  // The JSON the CLI prints must serialise (no cycles, no BigInt); its nulls are data, not leaks.
  JSON.stringify(validateJson(a, 'vi'));
  JSON.stringify(summaryJson(a));
  const shown = [validateText(a, 'vi'), validateText(a, 'en'), summaryText(a)];
  const pane = toPaneAnalysis(a, 'vi');
  shown.push(...pane.doubts.map((d) => d.text), ...pane.registers.flatMap((r) => r.issues.map((i) => i.message)));
  // The report the CLI writes, with every section, both bases of the cultural-family rate.
  const report = reportInputOf(a, profile ?? {});
  const base = profile?.overrides?.culturalFamilyBase ?? 'registered';
  const doc = buildReport(report, SECTION_IDS, { culturalFamilyBase: base });
  const text = reportText(doc);
  shown.push(text);
  // The report, checked against its own data: a report written from the registers.
  const findings = checkReport(paragraphsFromText(text), { summary: a.summary, year: a.year });
  for (const f of findings) {
    if (f.message.trim() === '') throw new Error(`finding ${f.code} has no message`);
    shown.push(f.message, f.excerpt);
  }
  for (const s of shown) expectNoLeak(s, input, 'pipeline output');
  return a;
}
