#!/usr/bin/env node
'use strict';
// A reader that closes early (`baocao summary … | head`) ends the output, not the program with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('../dist/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
