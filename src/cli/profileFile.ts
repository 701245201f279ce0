// What every command shares about its arguments: a usage error (one line, exit 2) and the commune profile file.
import { parseProfile, type CommuneProfile } from '../core/profile';
import { baseName, unusable, UnusableInputError } from '../io/errors';
import { readInputFile } from '../io/inputFile';

/** A commune profile is a few kilobytes: 500 villages of 100 characters fit in 64 KB; 1 MB is generous. */
const MAX_PROFILE_BYTES = 2 ** 20;

/** A mistake in the command line or its files: printed as one line, exit 2. */
export class UsageError extends Error {}

/** Reads and checks a commune profile (JSON); every problem is named in the message. */
export async function loadProfile(path: string): Promise<CommuneProfile> {
  let json: unknown;
  let bytes: Buffer;
  try {
    bytes = await readInputFile(path, () => unusable('unreadable', path), MAX_PROFILE_BYTES);
  } catch (e) {
    throw new UsageError(e instanceof UnusableInputError && e.reason !== 'unreadable' ? `Hồ sơ xã: ${e.messageVi}` : `Không đọc được hồ sơ xã "${baseName(path)}" (tệp JSON).`);
  }
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new UsageError(`Không đọc được hồ sơ xã "${baseName(path)}" (tệp JSON).`);
  }
  const p = parseProfile(json);
  if (!p.ok) throw new UsageError(`Hồ sơ xã "${baseName(path)}" chưa đúng: ${p.problems.join('; ')}`);
  return p.profile;
}
