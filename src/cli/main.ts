// The `baocao` command: the batch face of the core. Exit 0: no error; 1: issues of severity error; 2: unusable input.
import { earlierYearWorkbooks } from '../core/yearSheets';
import { analyse, type Analysis } from '../core/analyse';
import { SECTION_IDS, type SectionId } from '../core/report/model';
import { buildReport, isSectionId, reportFileTitle } from '../core/report/sections';
import { parseLetter } from '../core/report/sections/letters';
import { reportInputOf } from '../core/report/input';
import { reportText } from '../core/report/plainText';
import type { LayoutOverride } from '../core/layout/detect';
import { isErrorDoubt } from '../core/doubts';
import type { CommuneProfile } from '../core/profile';
import { loadProfile, UsageError } from './profileFile';
import { checkOutputPath, writeFileAtomically } from './outputFile';
import type { Lang } from '../i18n/messages';
import { FIELD_IDS, fieldLabel } from '../i18n/fields';
import { UnusableInputError, unusable, baseName } from '../io/errors';
import { summaryJson, summaryText, validateJson, validateText, countBySeverity } from './output';
import { checkReportCli, CHECK_REPORT_USAGE } from './checkReport'; // check-report (report consistency check)
import { comparePrevious, comparisonJson, sheetsNote, comparisonText, readPrevious, readWorkbooks } from './compare';
import { reportComparison, type Comparison } from '../core/compare';

const USAGE = `Cách dùng / Usage (tệp / files: .xlsx, .xls, .ods, .csv, HTML .xls):
  baocao validate <tệp.xlsx>… [--previous sổ-năm-trước.xlsx…] [--profile hoso.json] [--map "Trang!truong=C"] [--json] [--lang en]
  baocao summary  <tệp.xlsx>… [--previous sổ-năm-trước.xlsx…] [--profile hoso.json] [--map "Trang!truong=C"] [--json] [--lang en]
  baocao report   <tệp.xlsx>… [--previous sổ-năm-trước.xlsx…] [--profile hoso.json] [--sections van-hoa,ho-ngheo,…] [--letter b)] [--former-communes] (-o baocao.docx | --text)
${CHECK_REPORT_USAGE}`;

interface Args {
  command: string;
  files: string[];
  /** Last year's registers (--previous a.xlsx b.xlsx …): every file up to the next option. */
  previous: string[];
  json: boolean;
  lang: Lang;
  profile?: string;
  maps: string[];
  sections?: string;
  /** The letter the first sub-heading takes ("b)"): the report's own sub-headings carry none unless asked. */
  letter?: string;
  output?: string;
  force: boolean;
  text: boolean;
  /** A merged commune's report states each former commune's poverty figures too (profile's formerCommunes). */
  formerCommunes: boolean;
}


function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const a: Args = { command, files: [], previous: [], json: false, lang: 'vi', maps: [], text: false, force: false, formerCommunes: false };
  let inPrevious = false;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i];
    if (t.startsWith('-')) inPrevious = false;
    if (t === '--previous') inPrevious = true;
    else if (t === '--json') a.json = true;
    else if (t === '--lang') a.lang = rest[++i] === 'en' ? 'en' : 'vi';
    else if (t === '--profile') a.profile = rest[++i];
    else if (t === '--map') a.maps.push(rest[++i] ?? '');
    else if (t === '--sections') a.sections = rest[++i];
    else if (t === '--letter') a.letter = rest[++i] ?? '';
    else if (t === '-o' || t === '--output') a.output = rest[++i];
    else if (t === '--text') a.text = true;
    else if (t === '--force') a.force = true;
    else if (t === '--former-communes') a.formerCommunes = true;
    else if (t.startsWith('--')) throw new UsageError(`Không hiểu tùy chọn ${t}.`);
    else (inPrevious ? a.previous : a.files).push(t);
  }
  if (rest.includes('--previous') && !a.previous.length) throw new UsageError('Thiếu tệp sau --previous: hãy ghi sổ của năm trước, ví dụ --previous so-ho-2023.xlsx.');
  return a;
}

/** "--map 'Sheet 1!headName=C'" (sheet optional): a clerk's correction of a column mapping. */
function parseMaps(maps: string[]): Record<string, LayoutOverride> {
  const out: Record<string, LayoutOverride> = {};
  for (const m of maps) {
    const hit = /^(?:(.+)!)?(\w+)=([A-Za-z]{1,3})$/.exec(m.trim());
    if (!hit) throw new UsageError(`--map "${m}" không đúng dạng "Trang!truong=C".`);
    if (!FIELD_IDS.includes(hit[2])) throw new UsageError(`--map "${m}": không có trường "${hit[2]}". Các trường: ${FIELD_IDS.map((f) => `${f} (${fieldLabel(f, 'vi')})`).join(', ')}.`);
    const sheet = hit[1] ?? '*';
    const o = (out[sheet] ??= { columns: {} });
    (o.columns ??= {})[hit[2]] = hit[3].toUpperCase();
  }
  return out;
}


async function run(args: Args): Promise<number> {
  if (!['validate', 'summary', 'report'].includes(args.command)) throw new UsageError(USAGE);
  if (args.command === 'report' && !args.output && !args.text) throw new UsageError(USAGE);
  const sections = parseSections(args.sections);
  if (args.letter !== undefined && !parseLetter(args.letter)) throw new UsageError(`--letter "${args.letter}" không phải chữ đánh mục: ghi dạng a) hoặc b. (chữ cái tiếng Việt, rồi dấu ngoặc hoặc dấu chấm).`);
  if (!args.files.length) throw new UsageError(USAGE);
  // The output is checked before any work: never over an input, never over a file unless --force.
  if (args.command === 'report' && args.output !== undefined) await checkOutputPath(args.output, [...args.files, ...args.previous], { force: args.force, extension: '.docx' });
  const profile = args.profile ? await loadProfile(args.profile) : undefined;
  if (args.formerCommunes && !profile?.formerCommunes) throw new UsageError('--former-communes: hồ sơ xã chưa ghi các xã cũ (formerCommunes), nên không chia được số liệu theo xã cũ.');
  const workbooks = await readWorkbooks(args.files);
  const maps = parseMaps(args.maps);
  const lastYear = args.previous.length ? await readPrevious(args.previous, args.files) : [];
  // A --map names a sheet of this year's files or of last year's: the same correction applies to both years.
  const sheets = new Set([...workbooks, ...lastYear].flatMap((wb) => wb.sheets.map((g) => g.sheet)));
  const unknown = Object.keys(maps).find((sheet) => sheet !== '*' && !sheets.has(sheet));
  if (unknown !== undefined) throw new UsageError(`--map: không có trang "${unknown}" trong ${args.files.length > 1 ? 'các tệp' : 'tệp'} đã cho. Các trang: ${[...sheets].map((x) => `"${x}"`).join(', ')}.`);
  const overrides: Record<string, LayoutOverride> = {};
  const lastOverrides: Record<string, LayoutOverride> = {};
  for (const [list, into] of [[workbooks, overrides], [lastYear, lastOverrides]] as const) {
    for (const wb of list) for (const g of wb.sheets) if (maps[g.sheet] ?? maps['*']) into[`${wb.file}::${g.sheet}`] = maps[g.sheet] ?? maps['*'];
  }
  const a = analyse(workbooks, { profile, overrides, today: new Date() });
  // A file whose lists were all last year's (set aside) is not unusable: it is last year.
  const noRegister = a.files.find((f) => f.registers.length === 0 && !f.ignored.some((s) => s.reason === 'earlierYear'));
  if (noRegister) throw unusable(noRegister.ignored.some((s) => s.reason === 'no-register') ? 'no-register' : 'empty', noRegister.file);
  // Without --previous, last year's list kept as a sheet beside this year's (set aside by the analysis) is last year.
  const sheetsOfLastYear = lastYear.length ? [] : earlierYearWorkbooks(a);
  const last = lastYear.length ? comparePrevious(lastYear, a, profile, lastOverrides) : sheetsOfLastYear.length ? comparePrevious(sheetsOfLastYear, a, profile, overrides, sheetsNote(sheetsOfLastYear)) : null;
  if (args.command === 'validate') {
    if (args.json) process.stdout.write(`${JSON.stringify(last ? { ...validateJson(a, args.lang), previous: validateJson(last.previous, args.lang) } : validateJson(a, args.lang))}\n`);
    else process.stdout.write(`${validateText(a, args.lang)}${last ? `\n\nSỔ NĂM TRƯỚC (${last.previous.year})\n${validateText(last.previous, args.lang)}` : ''}\n`);
  } else if (args.command === 'summary') {
    if (args.json) process.stdout.write(`${JSON.stringify(last ? { ...summaryJson(a), ...comparisonJson(last.comparison, last.previous) } : summaryJson(a))}\n`);
    else process.stdout.write(`${summaryText(a)}${last ? `\n\n${comparisonText(last.comparison, last.note)}` : ''}\n`);
  } else await writeReport(a, profile, sections, args, last?.comparison);
  // A figure that cannot be true (a rate over 100%) fails like an error in a cell; validate counts last year's too.
  const checked = args.command === 'validate' && last ? [a, last.previous] : [a];
  const errors = checked.reduce((n, x) => n + countBySeverity(x.files.flatMap((f) => f.registers.flatMap((r) => r.issues))).error + x.doubts.filter(isErrorDoubt).length, 0);
  return errors > 0 ? 1 : 0;
}

function parseSections(list: string | undefined): SectionId[] {
  if (!list) return [...SECTION_IDS];
  const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.filter((id) => !isSectionId(id));
  if (bad.length) throw new UsageError(`Không có mục báo cáo "${bad.join(', ')}". Các mục: ${SECTION_IDS.join(', ')}.`);
  return ids.filter(isSectionId);
}

async function writeReport(a: Analysis, profile: CommuneProfile | undefined, sections: SectionId[], args: Args, comparison?: Comparison): Promise<void> {
  const input = { ...reportInputOf(a, profile ?? {}), ...(comparison ? { comparison: reportComparison(comparison) } : {}) };
  const doc = buildReport(input, sections, { culturalFamilyBase: profile?.overrides?.culturalFamilyBase ?? 'registered', ...(args.letter ? { firstLetter: args.letter } : {}), byFormerCommune: args.formerCommunes });
  if (args.text) process.stdout.write(`${reportText(doc)}\n`);
  if (args.output) {
    // The docx package is large: loaded only when a .docx is written, so validate and summary start fast.
    const { reportToDocx } = await import('../io/docx');
    await writeFileAtomically(args.output, await reportToDocx(doc, { title: reportFileTitle(input) }));
    const written = doc.sections.filter((s) => !s.omitted).length;
    process.stderr.write(`Đã ghi ${written} mục báo cáo vào "${baseName(args.output)}".\n`);
    for (const s of doc.sections) if (s.omitted) process.stderr.write(`Bỏ qua mục "${s.title}": ${s.omitted}\n`);
  }
}

/** Runs the CLI; resolves to the exit code. Unusable input gives one line on stderr and code 2, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    // --- check-report: its own arguments and output, in ./checkReport ---
    if (argv[0] === 'check-report') return await checkReportCli(argv.slice(1));
    // --- end check-report ---
    return await run(parseArgs(argv));
  } catch (e) {
    if (e instanceof UnusableInputError) process.stderr.write(`${argv.includes('--lang') && argv.includes('en') ? e.messageEn : e.messageVi}\n`);
    else if (e instanceof UsageError) process.stderr.write(`${e.message}\n`);
    else process.stderr.write(`Lỗi không mong đợi khi xử lý tệp: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
}
