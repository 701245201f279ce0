// Which Office.js members the host adapters use, and the requirement set each belongs to, read with the TypeScript
// compiler from the "[Api set: ExcelApi 1.9]" notes of @types/office-js. tests/scripts/officeApiSets.test.ts holds the
// pane's declared minimums (ExcelApi 1.9, WordApi 1.3: manifest.xml's comment, src/taskpane/App.tsx) to what the code
// calls; `node scripts/lib/officeApiSets.js` prints every member with its set and where it is first used.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..', '..');

/** The adapters' files that talk to Office.js: src/hosts/**, without the in-memory fakes. */
function adapterFiles(root = ROOT) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name) && !/^fake/i.test(e.name) && !e.name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(path.join(root, 'src', 'hosts'));
  return out.sort();
}

/** `{ name, version }` of every set a "[Api set: …]" note names ("ExcelApi 1.1 for reading…; 1.2 for setting it" is 1.2). */
function parseSets(note) {
  const m = /^\s*([A-Za-z]+)\s+(\d+\.\d+)/.exec(note);
  if (!m) return [];
  const versions = [...note.matchAll(/\b(\d+)\.(\d+)\b/g)].map((v) => [Number(v[1]), Number(v[2])]);
  const [major, minor] = versions.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  return [{ name: m[1], version: `${major}.${minor}` }];
}

function compare([a1, a2], [b1, b2]) {
  return a1 - b1 || a2 - b2;
}

/** Compares two "1.10"-style versions. */
function compareVersions(a, b) {
  return compare(a.split('.').map(Number), b.split('.').map(Number));
}

/**
 * Every Office.js member the files use: `[{ member: 'Excel.Worksheet.getRanges', sets: [{ name, version }], at: 'file:line' }]`,
 * one entry per member (its first use), sorted by member.
 */
function officeApiUses(files = adapterFiles(), root = ROOT) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(files, { ...(parsed?.options ?? {}), noEmit: true });
  const checker = program.getTypeChecker();
  const uses = new Map();
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const decl = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (decl && /\/@types\/office-js\//.test(decl.getSourceFile().fileName)) {
          const ownerSymbol = decl.parent && decl.parent.name ? checker.getSymbolAtLocation(decl.parent.name) : undefined;
          const owner = ownerSymbol ? checker.getFullyQualifiedName(ownerSymbol) : '?';
          const member = `${owner}.${node.name.getText()}`;
          if (!uses.has(member)) {
            const notes = ts.getJSDocCommentsAndTags(decl).map((d) => d.getText()).join('\n');
            const sets = [...notes.matchAll(/\[\s*Api set:\s*([^\]]+)\]/gi)].flatMap((m) => m[1].split('|').flatMap(parseSets));
            const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            uses.set(member, { member, sets, at: `${path.relative(root, file).split(path.sep).join('/')}:${line}` });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...uses.values()].sort((a, b) => a.member.localeCompare(b.member));
}

/** The highest version of set `name` among `uses` (null when none names it), and the members that need it. */
function highest(uses, name) {
  let best = null;
  for (const u of uses) {
    for (const s of u.sets) {
      if (s.name !== name) continue;
      if (!best || compareVersions(s.version, best.version) > 0) best = { version: s.version, members: [u.member] };
      else if (s.version === best.version) best.members.push(u.member);
    }
  }
  return best;
}

module.exports = { adapterFiles, officeApiUses, highest, compareVersions, parseSets };

if (require.main === module) {
  const uses = officeApiUses();
  for (const u of uses) console.log(`${u.member.padEnd(50)} ${(u.sets.map((s) => `${s.name} ${s.version}`).join(', ') || '-').padEnd(16)} ${u.at}`);
  for (const name of ['ExcelApi', 'WordApi']) {
    const h = highest(uses, name);
    if (h) console.log(`highest ${name}: ${h.version} (${h.members.join(', ')})`);
  }
}
