import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The deployment's own KMS keys (issue 8).
 *
 * - `webhookSecrets` seals the carriers' webhook secrets in the table. Only the ingest
 *   function is granted Decrypt (infra/route-access.ts); the operator's commands
 *   (`carriers add|rotate-secret`) Encrypt with the operator's own credentials, finding the
 *   key by the `WebhookSecretsKeyArn` output. The read API, reports and web app, which read
 *   carrier profiles, get no grant, so the sealed secrets are useless to them.
 * - `erasureDigest` (HMAC) keys the erasure tombstones: an erased participant's id cannot be
 *   recovered by hashing guessed ids. Only the consumers that write or check tombstones may
 *   GenerateMac; the operator's `tandem backfill` with the operator's own credentials, finding
 *   the key by the `ErasureDigestKeyArn` output.
 *
 * Both are retained when the stack is deleted: without them the secrets and tombstones in
 * the (retained) table could not be read again.
 */
export class SecretKeys extends Construct {
  readonly webhookSecrets: Key;
  readonly erasureDigest: Key;

  constructor(scope: Construct, id: string, props: { readonly funderId: string }) {
    super(scope, id);
    this.webhookSecrets = new Key(this, 'WebhookSecrets', {
      description: `Tandem ${props.funderId}: seals the carriers' webhook secrets`,
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.erasureDigest = new Key(this, 'ErasureDigest', {
      description: `Tandem ${props.funderId}: keys the digests of erased participant ids`,
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
