// `baocao check-report <report.docx> [--data file.xlsx…] [--profile p.json] [--json] [--lang en]`: reads a report's
// paragraphs, checks them (with the registers' summary when --data is given) and prints the findings.
// Exit 0: nothing found; 1: findings; 2: unusable input or wrong arguments (one line on stderr).
import { earlierYearWorkbooks } from '../core/yearSheets';
import { analyse } from '../core/analyse';
import { checkReport, type CheckOptions, type Finding } from '../core/check';
import type { CommuneProfile } from '../core/profile';
import { loadProfile, UsageError } from './profileFile';
import { readDocxReport } from '../io/docxFile';
import { baseName, unusable } from '../io/errors';
import { isGuessedYear } from '../core/year';
import { comparePrevious, readPrevious, readWorkbooks } from './compare';

export const CHECK_REPORT_USAGE = '  baocao check-report <báo-cáo.docx> [--data tệp.xlsx…] [--previous sổ-năm-trước.xlsx…] [--profile hoso.json] [--json] [--lang en]';

interface CheckArgs {
  report: string;
  data: string[];
  /** Last year's registers: with --data, "so với năm trước" changes are checked too. */
  previous: string[];
  profile?: string;
  json: boolean;
  en: boolean;
}


function parse(argv: string[]): CheckArgs {
  const files: string[] = [];
  const data: string[] = [];
  const previous: string[] = [];
  let profile: string | undefined;
  let json = false;
  let en = false;
  let inData = false;
  let inPrevious = false;
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i];
    if (t.startsWith('--')) inPrevious = false;
    if (t === '--data') inData = true;
    else if (t === '--previous') inPrevious = true;
    else if (t === '--json') json = true;
    else if (t === '--lang') en = argv[++i] === 'en';
    else if (t === '--profile') profile = argv[++i];
    else if (t.startsWith('--')) throw new UsageError(`Không hiểu tùy chọn ${t}.`);
    else (inPrevious ? previous : inData ? data : files).push(t);
    // "--data a.xlsx b.xlsx" takes every file up to the next option.
    if (t.startsWith('--') && t !== '--data') inData = false;
  }
  if (files.length !== 1 || (argv.includes('--data') && !data.length) || (argv.includes('--profile') && !profile)) throw new UsageError(`Cách dùng / Usage:\n${CHECK_REPORT_USAGE}`);
  if (argv.includes('--previous') && (!previous.length || !data.length)) throw new UsageError('--previous cần sổ của năm trước, và sổ năm nay sau --data, ví dụ: --data so-ho-2024.xlsx --previous so-ho-2023.xlsx.');
  return { report: files[0], data, previous, profile, json, en };
}


/** The registers' summary and year, read and analysed as `baocao summary` does; last year's too when given. */
async function dataOptions(files: string[], previousFiles: string[], profile: CommuneProfile | undefined): Promise<CheckOptions> {
  const workbooks = await readWorkbooks(files);
  const a = analyse(workbooks, { profile, today: new Date() });
  const none = a.files.find((f) => f.registers.length === 0 && !f.ignored.some((s) => s.reason === 'earlierYear'));
  if (none) throw unusable(none.ignored.some((s) => s.reason === 'no-register') ? 'no-register' : 'empty', none.file);
  // A year guessed from today's date is no evidence; one from the profile, titles or decision dates is.
  const guessed = a.inferred.some(isGuessedYear);
  // Without --previous, last year's list kept as a sheet beside this year's is last year.
  const lastYear = previousFiles.length ? await readPrevious(previousFiles, files) : earlierYearWorkbooks(a);
  const last = lastYear.length ? comparePrevious(lastYear, { year: a.year, summary: a.summary }, profile).previous : null;
  return { summary: a.summary, ...(guessed ? {} : { year: a.year }), ...(last ? { previous: { year: last.year, ...last.summary } } : {}) };
}

const place = (f: Finding, en: boolean) => (en ? f.locationEn ?? f.location : f.location) ?? `${en ? 'Paragraph' : 'Đoạn'} ${f.paragraph + 1}`;

function text(findings: Finding[], file: string, en: boolean): string {
  const name = baseName(file);
  if (!findings.length) return en ? `Report "${name}": nothing to review.` : `Báo cáo "${name}": không thấy điểm nào cần xem lại.`;
  const head = en ? `Report "${name}": ${findings.length} point(s) to review.` : `Báo cáo "${name}": ${findings.length} điểm cần xem lại.`;
  // The place as a reader finds it (heading path, body paragraph counted from 1, table); the JSON also keeps the
  // 0-based index of the paragraph among all of the document's paragraphs.
  const items = findings.map((f) => `${place(f, en)} · ${f.code}\n  ${en ? f.messageEn ?? f.message : f.message}\n  « ${f.excerpt} »`);
  return [head, '', ...items].join('\n');
}

/** Runs check-report; resolves to the exit code. Unusable files throw UnusableInputError for main's handler. */
export async function checkReportCli(argv: string[]): Promise<number> {
  let args: CheckArgs;
  let options: CheckOptions = {};
  try {
    args = parse(argv);
    const profile = args.profile ? await loadProfile(args.profile) : undefined;
    if (args.data.length) options = await dataOptions(args.data, args.previous, profile);
    else if (profile?.year) options = { year: profile.year };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  const report = await readDocxReport(args.report);
  const findings = checkReport(report.paragraphs, { ...options, layout: report.layout, tables: report.tables });
  const out = args.json
    ? JSON.stringify({ findings: findings.map((f) => ({ code: f.code, paragraph: f.paragraph, location: place(f, args.en), excerpt: f.excerpt, message: args.en ? f.messageEn ?? f.message : f.message })) })
    : text(findings, args.report, args.en);
  process.stdout.write(`${out}\n`);
  return findings.length ? 1 : 0;
}
