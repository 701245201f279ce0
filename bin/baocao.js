#!/usr/bin/env node
'use strict';
// The `baocao` command. It runs the CLI in a child Node with a bounded heap: V8 otherwise lets garbage from reading a
// large register pile up to several gigabytes before it collects (a full-height sheet, 1,048,575 rows, peaked at
// 2.4 GB). With the bound, memory stays under 2 GB for such a sheet, and a workbook too large for it ends with one
// Vietnamese line (exit 2), never V8's crash report. BAOCAO_HEAP_MB sets the bound (default 1536 MB).
const HEAP_MB = Number(process.env.BAOCAO_HEAP_MB) > 0 ? Math.floor(Number(process.env.BAOCAO_HEAP_MB)) : 1536;
const CHILD = 'BAOCAO_CLI_CHILD';

function runCli() {
  // A reader that closes early (`baocao summary … | head`) ends the output, not the program with a stack trace.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  require('../dist/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}

const OUT_OF_MEMORY = [
  `Tệp quá lớn để đọc trong giới hạn bộ nhớ (${HEAP_MB} MB): hãy tách sổ thành nhiều tệp, hoặc đặt BAOCAO_HEAP_MB lớn hơn nếu máy đủ bộ nhớ.`,
  `The file is too large to read within the memory bound (${HEAP_MB} MB): split the register into several files, or set BAOCAO_HEAP_MB higher if the machine has the memory.`,
];

function runBounded() {
  const { spawn } = require('child_process');
  const args = [`--max-old-space-size=${HEAP_MB}`, ...process.execArgv, process.argv[1], ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'pipe'], env: { ...process.env, [CHILD]: '1' } });
  // The child's messages pass through as they come; V8's report of a heap out of memory does not.
  let crashed = false;
  child.stderr.on('data', (chunk) => {
    const text = chunk.toString('utf8');
    if (!crashed && /<--- Last few GCs --->|FATAL ERROR: .*heap/i.test(text)) crashed = true;
    if (!crashed) process.stderr.write(chunk);
  });
  // Ctrl+C reaches the child too (same process group); a SIGTERM sent to this process alone is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', () => {
    // No second Node could start: run in this process, unbounded, rather than not at all.
    process.removeAllListeners('SIGINT');
    runCli();
  });
  child.on('close', (code, signal) => {
    if (crashed || signal === 'SIGABRT' || code === 134) {
      process.stderr.write(`${process.argv.includes('en') && process.argv.includes('--lang') ? OUT_OF_MEMORY[1] : OUT_OF_MEMORY[0]}\n`);
      process.exitCode = 2;
    } else if (signal) process.kill(process.pid, signal === 'SIGINT' ? 'SIGTERM' : signal);
    else process.exitCode = code ?? 2;
  });
}

const bounded = process.execArgv.some((a) => a.startsWith('--max-old-space-size')) || /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
if (process.env[CHILD] === '1' || bounded) runCli();
else runBounded();
