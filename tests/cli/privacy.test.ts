// No names, CCCD or phone numbers in messages or logs: every message the CLI produces on the samples (issues, doubts,
// report check findings, stderr, console) is searched for every person's name, id and phone in them.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SAMPLES, samplePath, sampleWorkbook, PROFILE_PATH } from '../samples';
import { analyse } from '../../src/core/analyse';
import { runCli } from './runCli';

const PERSONAL_FIELDS = ['headName', 'personName', 'recipientName', 'cccd', 'phone'];
const NAMES = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).map((f) => f.replace(/\.xlsx$/, ''));

/** Every person's name (two words or more), CCCD and phone written in the sample's personal columns. */
async function personalValues(name: string): Promise<string[]> {
  const wb = await sampleWorkbook(name);
  const a = analyse([wb]);
  const out = new Set<string>();
  for (const reg of a.files.flatMap((f) => f.registers)) {
    const grid = reg.grid;
    for (const [field, col] of Object.entries(reg.layout.columns)) {
      if (!PERSONAL_FIELDS.includes(field)) continue;
      for (const row of grid.values) {
        const v = row[col - grid.originColumn];
        const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
        // Collective recipients ("Trường Tiểu học …") are units, not persons; a name is at least two words.
        if (/^\d{9,12}$/.test(s) || (/^\S+(\s+\S+)+$/.test(s) && !/^(trường|chi bộ|hội|đoàn|ban|thôn|công an|trạm|ubnd|mặt trận|hợp tác)/i.test(s) && s.length < 40)) out.add(s);
      }
    }
    for (const i of reg.issues) if (PERSONAL_FIELDS.includes(i.field) && typeof i.suggestion === 'string' && i.suggestion.length > 5) out.add(i.suggestion);
  }
  return [...out].filter((s) => !/^(họ và tên|số cccd|điện thoại|tên|chủ hộ)/i.test(s));
}

function messagesOf(json: unknown, acc: string[] = []): string[] {
  if (Array.isArray(json)) json.forEach((x) => messagesOf(x, acc));
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if ((k === 'message' || k === 'messageEn') && typeof v === 'string') acc.push(v);
      else messagesOf(v, acc);
    }
  }
  return acc;
}

describe('messages and logs carry no personal data', () => {
  const logged: string[] = [];
  const spies: jest.SpyInstance[] = [];
  beforeAll(() => {
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) spies.push(jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))));
  });
  afterAll(() => spies.forEach((s) => s.mockRestore()));

  test.each(NAMES)('%s: validate, summary, report and check-report messages', async (name) => {
    const personal = await personalValues(name);
    expect(personal.length).toBeGreaterThan(name.startsWith('households') || name.startsWith('awards') ? 5 : 0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-privacy-'));
    const docx = path.join(dir, 'bao-cao.docx');
    const texts: string[] = [];
    for (const lang of ['vi', 'en']) {
      const v = await runCli(['validate', samplePath(name), '--json', '--lang', lang]);
      texts.push(...messagesOf(JSON.parse(v.out)), v.err);
    }
    const s = await runCli(['summary', samplePath(name), '--json']);
    texts.push(...messagesOf(JSON.parse(s.out)), s.err);
    const r = await runCli(['report', samplePath(name), '--profile', PROFILE_PATH, '-o', docx]);
    texts.push(r.err);
    const c = await runCli(['check-report', docx, '--data', samplePath(name), '--json']);
    texts.push(...messagesOf(JSON.parse(c.out || '{}')), c.err);
    fs.rmSync(dir, { recursive: true, force: true });
    const all = [...texts, ...logged].join('\n');
    expect(texts.join('').length).toBeGreaterThan(0);
    expect(personal.filter((p) => all.includes(p))).toEqual([]);
  });
});
