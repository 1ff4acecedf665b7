import { createHmac, hkdfSync } from 'node:crypto';
import { kmsHmacSha256 } from '../aws/kms';
import { envNames } from '../config/runtime-env';
import { readKeyFile } from './key-file';

// A keyed digest (HMAC-SHA-256) of a guessable value, such as an erased participant's id:
// without the key, nobody can test candidate ids against the stored digest (issue 8).
// Deployed: a KMS HMAC key (GenerateMac); locally: a key derived from the secrets key file.

/** KMS answers are the same for the same message: a warm function asks once per value. */
const maxCachedDigests = 10_000;
const cachedDigests = new Map<string, string>();

const localDigestKey = (keyFile: string): Buffer =>
  Buffer.from(hkdfSync('sha256', readKeyFile(keyFile), '', 'tandem keyed digest', 32));

/** The hex HMAC-SHA-256 of `message` under the deployment's digest key. */
export async function keyedDigest(message: string): Promise<string> {
  const keyId = process.env[envNames.erasureKeyId];
  if (!keyId) {
    const keyFile = process.env[envNames.secretsKeyFile];
    if (!keyFile) {
      throw new Error(
        `Keyed digests need a key: set ${envNames.erasureKeyId} (KMS) or ${envNames.secretsKeyFile}`,
      );
    }
    return createHmac('sha256', localDigestKey(keyFile)).update(message, 'utf8').digest('hex');
  }
  const cached = cachedDigests.get(message);
  if (cached) return cached;
  const digest = await kmsHmacSha256(keyId, message);
  if (cachedDigests.size >= maxCachedDigests) cachedDigests.clear();
  cachedDigests.set(message, digest);
  return digest;
}
