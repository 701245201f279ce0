// The merged commune of `npm run bench` (2025 reorganisation, issue 13): the bench's household register split into
// three workbooks, one per former commune, with the profile that names them. Generated once, cached under .bench/.
'use strict';
const path = require('path');
const { VILLAGES, prng, householdRows, writeRegister } = require('./register.js');

const MERGED_VERSION = 1; // bump when the merged workbooks change, so cached files are rebuilt
/** Heads written in two former communes' files with the same CCCD (moved, or listed twice): 300 in 100,000 rows. */
const plantedFor = (n) => Math.min(300, Math.floor(n / 100));
const COMMUNE = 'An Hòa';
/**
 * The former communes and their villages under the new commune's names (VILLAGES). An Thạnh's old "Hòa Bình" is the
 * new Đông Hải: its file writes the old name, which Phú Khang's "Hòa Bình" keeps; the profile renames An Thạnh's.
 */
const FORMER = [
  { name: 'An Thạnh', slug: 'an-thanh', villages: ['An Lạc', 'An Phú', 'Đông Hải'], oldNames: { 'Đông Hải': 'Hòa Bình' } },
  { name: 'Tây Hà', slug: 'tay-ha', villages: ['Tây Sơn', 'Bắc Hà', 'Nam Thịnh'], oldNames: {} },
  { name: 'Phú Khang', slug: 'phu-khang', villages: ['Phú Lộc', 'Vĩnh Khang', 'Hòa Bình'], oldNames: {} },
];

const fileOf = (dir, rows, c) => path.join(dir, `merged-${rows % 1000 === 0 ? `${rows / 1000}k` : rows}-${c.slug}.xlsx`);

/** The new commune's profile: its villages, the former communes (old village names, files) and the one renaming. */
function mergedProfile(year, files) {
  return {
    commune: COMMUNE,
    year,
    villages: VILLAGES.map(([name]) => name),
    formerCommunes: FORMER.map((c, i) => ({ name: c.name, villages: c.villages.map((v) => c.oldNames[v] ?? v), files: [path.basename(files[i])] })),
    renamedVillages: FORMER.flatMap((c) => Object.entries(c.oldNames).map(([to, from]) => ({ from, formerCommune: c.name, to }))),
  };
}

/**
 * The n households of householdRows, split by village into one list per former commune (STT renumbered per file, old
 * village names written), then plantedFor(n) pairs of clean rows in two files given the same head (name, gender, birth year,
 * CCCD). CCCDs are first made unique (the random ones of the generator meet by chance, ~40 in 100,000), so the planted
 * pairs are the only cross-file matches: the duplicates found must equal the pairs planted.
 */
function mergedRows(n) {
  const planted = new Set();
  const all = householdRows(n, planted);
  // A unique tail per row; a planted in-file duplicate keeps its previous row's CCCD.
  let before = null;
  all.forEach((row, i) => {
    const cccd = row[5];
    if (typeof cccd === 'string' && /^\d{12}$/.test(cccd)) row[5] = cccd === before?.was ? before.is : `${cccd.slice(0, 6)}${String(i).padStart(6, '0')}`;
    before = { was: cccd, is: row[5] };
  });
  // Clean: no planted problem, and no namesake (same name, birth year, village) anywhere in the register.
  const headKey = (r) => `${r[2]}|${r[4]}|${r[6]}`;
  const heads = new Map();
  for (const r of all) heads.set(headKey(r), (heads.get(headKey(r)) ?? 0) + 1);
  const communeOfCode = new Map(VILLAGES.map(([name, code]) => [code, FORMER.findIndex((c) => c.villages.includes(name))]));
  const parts = FORMER.map(() => []);
  const pools = FORMER.map(() => []);
  all.forEach((row, i) => {
    const c = communeOfCode.get(row[1].split('-')[1]); // the code (never planted over) says the true village
    parts[c].push(row);
    if (!planted.has(i) && heads.get(headKey(row)) === 1) pools[c].push(row);
  });
  FORMER.forEach((c, i) => parts[i].forEach((row, k) => {
    row[0] = k + 1;
    row[6] = c.oldNames[row[6]] ?? row[6];
  }));
  const rnd = prng(20250701);
  const take = (c) => pools[c].splice(Math.floor(rnd() * pools[c].length), 1)[0];
  for (let k = 0; k < plantedFor(n); k++) {
    const [from, to] = [take(k % FORMER.length), take((k + 1) % FORMER.length)];
    for (const col of [2, 3, 4, 5]) to[col] = from[col];
  }
  return parts;
}

/**
 * The three workbooks of the merged commune (written unless cached) and what the bench checks against: the profile
 * (of `year`), the former communes in the files' order, and the number of cross-file duplicates planted.
 */
async function ensureMerged(dir, n, year, log) {
  let parts;
  const files = [];
  for (const [i, c] of FORMER.entries()) {
    // The register is generated only when a file is missing or stale (a cached file needs no rows).
    files.push(await writeRegister(fileOf(dir, n, c), { rows: n, merged: MERGED_VERSION, planted: plantedFor(n) }, () => (parts ??= mergedRows(n))[i], log));
  }
  return { files, profile: mergedProfile(year, files), formerCommunes: FORMER.map((c) => c.name), planted: plantedFor(n) };
}

module.exports = { ensureMerged };
