// What every command shares about its arguments: a usage error (one line, exit 2) and the commune profile file.
import { readFile } from 'node:fs/promises';
import { parseProfile, type CommuneProfile } from '../core/profile';
import { baseName } from '../io/errors';

/** A mistake in the command line or its files: printed as one line, exit 2. */
export class UsageError extends Error {}

/** Reads and checks a commune profile (JSON); every problem is named in the message. */
export async function loadProfile(path: string): Promise<CommuneProfile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UsageError(`Không đọc được hồ sơ xã "${baseName(path)}" (tệp JSON).`);
  }
  const p = parseProfile(json);
  if (!p.ok) throw new UsageError(`Hồ sơ xã "${baseName(path)}" chưa đúng: ${p.problems.join('; ')}`);
  return p.profile;
}
