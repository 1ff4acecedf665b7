import { createJsonRpcClient } from './json-rpc-client';

// Created once per process; used only where a webhook secret or an erasure key is needed.
// Blobs travel as base64, as KMS's JSON protocol writes them.
const kms = createJsonRpcClient({
  signingName: 'kms',
  targetPrefix: 'TrentService',
  endpointVariable: 'AWS_ENDPOINT_URL_KMS',
});

const utf8AsBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Seals `plaintext` (UTF-8) under the key, bound to the context; the ciphertext in base64. */
export async function kmsEncrypt(
  keyId: string,
  plaintext: string,
  context: Record<string, string>,
): Promise<string> {
  const { CiphertextBlob } = await kms.call<{ CiphertextBlob?: string }>('Encrypt', {
    KeyId: keyId,
    Plaintext: utf8AsBase64(plaintext),
    EncryptionContext: context,
  });
  if (!CiphertextBlob) throw new Error('KMS returned no ciphertext');
  return CiphertextBlob;
}

/** Opens a ciphertext (base64) sealed with the same context; the plaintext as UTF-8. */
export async function kmsDecrypt(
  ciphertext: string,
  context: Record<string, string>,
): Promise<string> {
  const { Plaintext } = await kms.call<{ Plaintext?: string }>('Decrypt', {
    CiphertextBlob: ciphertext,
    EncryptionContext: context,
  });
  if (!Plaintext) throw new Error('KMS returned no plaintext');
  return Buffer.from(Plaintext, 'base64').toString('utf8');
}

/** The HMAC-SHA-256 of `message` (UTF-8) under the HMAC key, in hex. */
export async function kmsHmacSha256(keyId: string, message: string): Promise<string> {
  const { Mac } = await kms.call<{ Mac?: string }>('GenerateMac', {
    Message: utf8AsBase64(message),
    KeyId: keyId,
    MacAlgorithm: 'HMAC_SHA_256',
  });
  if (!Mac) throw new Error('KMS returned no MAC');
  return Buffer.from(Mac, 'base64').toString('hex');
}
