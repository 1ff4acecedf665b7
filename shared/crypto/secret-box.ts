import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { kmsDecrypt, kmsEncrypt } from '../aws/kms';
import { envNames } from '../config/runtime-env';
import { readKeyFile } from './key-file';

// Webhook secrets are kept sealed at rest (issue 8): deployed with a KMS key that only the
// ingest function (Decrypt) and the operator (Encrypt) may use, locally with AES-256-GCM
// under the data dir's key file. A sealed value says which way it was sealed.

const kmsPrefix = 'kms:';
const localPrefix = 'aes256gcm:';
const ivBytes = 12;
const tagBytes = 16;

/** `TANDEM_SECRETS_KEY_ID`, else `TANDEM_SECRETS_KEY_FILE`; one of them must be set. */
function sealingKey(): { kind: 'kms'; keyId: string } | { kind: 'file'; path: string } {
  const keyId = process.env[envNames.secretsKeyId];
  if (keyId) return { kind: 'kms', keyId };
  const path = process.env[envNames.secretsKeyFile];
  if (path) return { kind: 'file', path };
  throw new Error(
    `Webhook secrets need a key: set ${envNames.secretsKeyId} (KMS) or ${envNames.secretsKeyFile}`,
  );
}

/**
 * Seals a secret, bound to `context` (e.g. the carrier id): a sealed value copied to another
 * carrier's item does not open there.
 */
export async function sealSecret(plaintext: string, context: string): Promise<string> {
  const key = sealingKey();
  if (key.kind === 'kms') {
    return `${kmsPrefix}${await kmsEncrypt(key.keyId, plaintext, { tandem: context })}`;
  }
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', readKeyFile(key.path), iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${localPrefix}${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
}

/** Opens a sealed secret; throws when it was sealed for another context or with another key. */
export async function openSecret(sealed: string, context: string): Promise<string> {
  if (sealed.startsWith(kmsPrefix)) {
    return kmsDecrypt(sealed.slice(kmsPrefix.length), { tandem: context });
  }
  if (sealed.startsWith(localPrefix)) {
    const key = sealingKey();
    if (key.kind !== 'file') throw new Error('A locally sealed secret needs the local key file');
    const bytes = Buffer.from(sealed.slice(localPrefix.length), 'base64');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      readKeyFile(key.path),
      bytes.subarray(0, ivBytes),
    );
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    return Buffer.concat([
      decipher.update(bytes.subarray(ivBytes + tagBytes)),
      decipher.final(),
    ]).toString('utf8');
  }
  throw new Error('Not a sealed secret');
}
