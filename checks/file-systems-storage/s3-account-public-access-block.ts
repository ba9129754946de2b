import { defineCheck, fail, pass } from '../../src/model/check.js';
import { BLOCK_SETTING_NAMES } from '../../src/rules/s3-public-access.js';

export default defineCheck({
  id: 's3-account-public-access-block',
  title: 'Account-level S3 Block Public Access has all four settings on',
  controlArea: 'file-systems-storage',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-3', 'AC-4(21)', 'AC-6', 'SC-7', 'AC-21'],
    sp800_171r2: ['3.1.1', '3.1.3', '3.13.5', '3.1.22'],
    sp800_171r3: ['03.01.01', '03.01.03', '03.01.22', '03.13.01'],
  },
  needs: ['s3AccountPublicAccessBlock'],
  rationale:
    'The account-wide block is the one switch that keeps any bucket, including ones created later by a pipeline or a student, from being opened to the public by an ACL or a bucket policy. Without it, a single misconfiguration can publish controlled-access genomic data.',
  remediation: {
    summary:
      'Turn on all four account-level S3 Block Public Access settings. Confirm first that no bucket must legitimately be public.',
    cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true  # every public bucket in the account stops being public',
    docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  },
  evaluate({ s3AccountPublicAccessBlock }) {
    return s3AccountPublicAccessBlock.map((account) => {
      const settings = account.configuration;
      if (!settings) return fail(account, `Account ${account.accountId} has no account-level S3 Block Public Access configuration.`);
      const off = BLOCK_SETTING_NAMES.filter((name) => !settings[name]);
      if (off.length === 0) return pass(account, `Account ${account.accountId} has all four S3 Block Public Access settings on.`);
      // IgnorePublicAcls + RestrictPublicBuckets neutralize existing public grants but do not prevent new ones.
      if (settings.ignorePublicAcls && settings.restrictPublicBuckets) {
        return fail(
          account,
          `Account ${account.accountId} blocks public access effectively but not preventively: ${off.join(', ')} off (new public ACLs or policies can still be written).`,
          'low',
        );
      }
      return fail(account, `Account ${account.accountId} has S3 Block Public Access settings off: ${off.join(', ')}.`);
    });
  },
});
