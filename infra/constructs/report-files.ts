import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  ObjectOwnership,
  StorageClass,
  TransitionDefaultMinimumObjectSize,
} from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';

/** Report files move to Infrequent Access after this long: they are read mostly at first. */
export const reportFilesInfrequentAccessAfter = Duration.days(90);
/** How long a deleted report file can still be restored (its noncurrent version). */
export const reportFilesNoncurrentRetention = Duration.days(90);
/** How long the report bucket's server access logs are kept. */
export const accessLogRetention = Duration.days(365);

/**
 * The bucket of the report files (SPEC §6), written under `<periodId>/<revision>/...` by the
 * report builders and read by the report API, and its server access log bucket.
 *
 * Both are private (all public access blocked, no ACLs, TLS only) and S3-managed encrypted;
 * both are retained when the stack is deleted: report files are the funder's record of what
 * was reported, and the access logs the record of who read them.
 */
export class ReportFiles extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // S3 delivers the access logs under a bucket policy for logging.s3.amazonaws.com,
    // limited to the report bucket, instead of the legacy log-delivery ACL (which needs ACLs
    // enabled on the log bucket). This is the CDK default for new projects; set here, before
    // any child exists, because the project's cdk.json sets no feature flags.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      // Server access logs can only be delivered to a bucket with SSE-S3 default encryption.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [
        {
          id: 'ExpireOldAccessLogs',
          expiration: accessLogRetention,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        "This bucket holds the report bucket's server access logs. Logging it into itself would log every log delivery (a record for each record), and into another bucket would only move the question one bucket on; nothing but S3 log delivery writes here.",
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      // Files are never overwritten (each close is a new revision); versions keep a deleted
      // file restorable for a while.
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'report-files/',
      // Objects under 128 KB (most JSON and CSV files) stay in Standard: Infrequent Access
      // bills every object as at least 128 KB, so moving them would cost more, not less.
      transitionDefaultMinimumObjectSize:
        TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K,
      lifecycleRules: [
        {
          id: 'ReportFiles',
          // Current report files do not expire: they are the funder's record.
          transitions: [
            {
              storageClass: StorageClass.INFREQUENT_ACCESS,
              transitionAfter: reportFilesInfrequentAccessAfter,
            },
          ],
          noncurrentVersionExpiration: reportFilesNoncurrentRetention,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        { id: 'RemoveExpiredDeleteMarkers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
