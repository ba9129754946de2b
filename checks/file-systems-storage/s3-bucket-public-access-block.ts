import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { BLOCK_SETTING_NAMES, effectiveBlocks, hasAllFourBlocks } from '../../src/rules/s3-public-access.js';

export default defineCheck({
  id: 's3-bucket-public-access-block',
  title: 'Every bucket has Block Public Access on, itself or through the account setting',
  controlArea: 'file-systems-storage',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-3', 'AC-4(21)', 'AC-6', 'SC-7'],
    sp800_171r2: ['3.1.2', '3.1.3', '3.13.1'],
    sp800_171r3: ['03.01.02', '03.01.03', '03.13.01'],
  },
  needs: ['s3BucketPublicAccessBlock', 's3AccountPublicAccessBlock'],
  rationale:
    'Block Public Access on the bucket (or the account) stops a later ACL or policy change from exposing its objects. Buckets holding controlled-access data must not depend on every future policy edit being correct.',
  remediation: {
    summary:
      'Turn on all four Block Public Access settings on the bucket. Or turn them on for the whole account (s3-account-public-access-block).',
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true  # tightens only: the bucket stops being public if it was',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
  },
  evaluate({ s3BucketPublicAccessBlock, s3AccountPublicAccessBlock }) {
    const account = s3AccountPublicAccessBlock[0];
    return s3BucketPublicAccessBlock.map((bucket) => {
      const name = `Bucket ${bucket.bucket}`;
      if (hasAllFourBlocks(bucket.configuration)) return pass(bucket, `${name} has all four Block Public Access settings on.`);
      if (!account) return error(bucket, `${name} lacks a full bucket-level block and the account-level setting could not be read.`);
      if (hasAllFourBlocks(account.configuration)) return pass(bucket, `${name} inherits all four Block Public Access settings from the account.`);
      // S3 ORs each setting across the two levels, so a split configuration can still be complete.
      const effective = effectiveBlocks(bucket.configuration, account.configuration);
      const off = BLOCK_SETTING_NAMES.filter((setting) => !effective[setting]);
      if (off.length === 0) return pass(bucket, `${name} has all four Block Public Access settings on across bucket and account levels.`);
      const own = bucket.configuration ? 'a partial bucket-level configuration' : 'no bucket-level configuration';
      return fail(bucket, `${name} has ${own}; effectively off: ${off.join(', ')}.`);
    });
  },
});
