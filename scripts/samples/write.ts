// `npm run samples`: writes the sample workbooks, their answer keys, the commune profile and the README to samples/.
// Run from the repository root; the same truth always gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSamples, jsonText, keyName, PROFILE, PROFILE_FILE, sampleBytes } from './generate';
import { samplesReadme } from './readme';

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'samples');
  mkdirSync(join(out, 'expected'), { recursive: true });
  const { samples, households, awards } = generateSamples();
  for (const s of samples) {
    writeFileSync(join(out, s.file), await sampleBytes(s));
    writeFileSync(join(out, 'expected', `${keyName(s.file)}.json`), jsonText(s.key));
    console.log(`${s.file}`);
  }
  writeFileSync(join(out, PROFILE_FILE), jsonText(PROFILE));
  writeFileSync(join(out, 'README.md'), samplesReadme(households, awards));
  console.log(`${samples.length} workbooks, their keys, ${PROFILE_FILE} and README.md written to ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
