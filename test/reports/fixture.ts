/** One fixed ScanResult (frozen clock) that exercises every status, a waiver, collection errors and hostile text. */
import { countStatuses, type CheckResult, type CheckSummary, type ScanResult, type WaiverStatus } from '../../src/model/scan-result.js';

const ACCOUNT = '123456789012';

export const FIXTURE_CHECKS: CheckSummary[] = [
  {
    id: 'iam-user-console-mfa',
    title: 'IAM users with a console password have MFA',
    controlArea: 'user-accounts',
    severity: 'high',
    kind: 'automated',
    nist: { sp800_53r5: ['IA-2(1)', 'IA-2(2)'], sp800_171r2: ['3.5.3'], sp800_171r3: ['03.05.03'] },
    rationale: 'A stolen password alone must not open the console of an account holding controlled-access data.',
    remediation: { summary: 'Enable a virtual or hardware MFA device for each console user.', cli: 'aws iam enable-mfa-device --user-name USER --serial-number ARN --authentication-code1 CODE1 --authentication-code2 CODE2', docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html' },
  },
  {
    id: 's3-bucket-ssl-only',
    title: 'S3 buckets deny requests that do not use TLS',
    controlArea: 'data-encryption',
    severity: 'medium',
    kind: 'automated',
    nist: { sp800_53r5: ['SC-8', 'SC-8(1)'], sp800_171r2: ['3.13.8'], sp800_171r3: ['03.13.08'] },
    rationale: 'Data in transit to and from the bucket must be encrypted.',
    remediation: { summary: 'Add a Deny statement on aws:SecureTransport=false.', cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json', docUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html' },
  },
  {
    id: 'ec2-sg-no-public-admin-ports',
    title: 'Security groups do not open admin ports to the internet',
    controlArea: 'networking',
    severity: 'critical',
    kind: 'automated',
    nist: { sp800_53r5: ['SC-7', 'AC-17'], sp800_171r2: ['3.13.1', '3.1.12'], sp800_171r3: ['03.13.01', '03.01.12'] },
    rationale: 'SSH and RDP open to 0.0.0.0/0 invite brute force against hosts that process genomic data.',
    remediation: { summary: 'Restrict the rule to approved administrative CIDRs.', cli: 'aws ec2 revoke-security-group-ingress --group-id SG --protocol tcp --port 22 --cidr 0.0.0.0/0', docUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
  },
  {
    id: 'physical-datacenter-attestation',
    title: 'Physical access to servers holding dbGaP data is controlled',
    controlArea: 'physical-server-access',
    severity: 'informational',
    kind: 'manual',
    nist: { sp800_53r5: ['PE-2', 'PE-3'], sp800_171r2: ['3.10.1'], sp800_171r3: ['03.10.01'] },
    rationale: 'No API can show who can walk up to a server; the institution attests to it.',
    remediation: { summary: 'Attach the AWS SOC 2 report (AWS Artifact) and your on-premises access policy.' },
  },
];

const result = (entry: Omit<CheckResult, 'accountId'>): CheckResult => ({ accountId: ACCOUNT, ...entry });

export const FIXTURE_RESULTS: CheckResult[] = [
  result({ checkId: 'ec2-sg-no-public-admin-ports', status: 'fail', severity: 'critical', controlArea: 'networking', resourceArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0abc`, region: 'us-east-1', message: 'Security group sg-0abc ("bastion, <legacy>") allows tcp/22 from 0.0.0.0/0.' }),
  result({ checkId: 'ec2-sg-no-public-admin-ports', status: 'pass', severity: 'critical', controlArea: 'networking', resourceArn: `arn:aws:ec2:us-west-2:${ACCOUNT}:security-group/sg-0def`, region: 'us-west-2', message: 'Security group sg-0def opens no admin port to the internet.' }),
  result({ checkId: 'ec2-sg-no-public-admin-ports', status: 'error', severity: 'critical', controlArea: 'networking', resourceArn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:account`, region: 'eu-west-1', message: 'EC2.DescribeSecurityGroups failed in eu-west-1: UnauthorizedOperation (missing IAM permission ec2:DescribeSecurityGroups)' }),
  result({ checkId: 'iam-user-console-mfa', status: 'fail', severity: 'high', controlArea: 'user-accounts', resourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`, message: 'User alice has a console password and no MFA device.' }),
  result({
    checkId: 'iam-user-console-mfa', status: 'fail', severity: 'high', controlArea: 'user-accounts', resourceArn: `arn:aws:iam::${ACCOUNT}:user/<script>alert(1)</script>`, message: 'User <script>alert(1)</script> has a console password and no MFA device.',
    waiver: { checkId: 'iam-user-console-mfa', resources: [`arn:aws:iam::${ACCOUNT}:user/<script>alert(1)</script>`], reason: 'Break-glass user, password in the safe & MFA token lost; replacement ordered', approvedBy: 'ISSO <j.doe@example.org>', expires: '2026-12-31', ticket: 'SEC-42' },
  }),
  result({ checkId: 'iam-user-console-mfa', status: 'pass', severity: 'high', controlArea: 'user-accounts', resourceArn: `arn:aws:iam::${ACCOUNT}:user/bob`, message: 'User bob has MFA.' }),
  result({ checkId: 's3-bucket-ssl-only', status: 'fail', severity: 'low', controlArea: 'data-encryption', resourceArn: 'arn:aws:s3:::genlab-results', region: 'us-east-1', message: 'Bucket genlab-results, "results" bucket,\nhas no Deny on aws:SecureTransport=false.' }),
  result({ checkId: 's3-bucket-ssl-only', status: 'not_applicable', severity: 'medium', controlArea: 'data-encryption', resourceArn: `arn:aws:iam::${ACCOUNT}:root`, message: '=HYPERLINK("http://evil.example") no buckets' }),
  result({ checkId: 'physical-datacenter-attestation', status: 'manual', severity: 'informational', controlArea: 'physical-server-access', resourceArn: `arn:aws:iam::${ACCOUNT}:root`, message: 'Attest that only authorized staff can physically reach servers that store dbGaP data.' }),
];

/**
 * The waivers file behind FIXTURE_RESULTS, as applyWaivers reports it on the scan date (2026-11-20): the break-glass
 * waiver covers one failure; an expired one no longer covers genlab-results (which therefore fails unwaived); one
 * matches nothing. (`expiring` needs an applied waiver within the warning days; tests that need it add one.)
 */
export const FIXTURE_WAIVERS: WaiverStatus[] = [
  { ...FIXTURE_RESULTS[4]!.waiver!, index: 1, status: 'applied', matched: 1, daysLeft: 41 },
  {
    checkId: 's3-bucket-ssl-only', resources: ['arn:aws:s3:::genlab-results'], reason: 'Legacy pipeline needs plain HTTP until it is migrated',
    approvedBy: 'CISO <ciso@example.org>', expires: '2026-10-31', ticket: 'SEC-17', index: 2, status: 'expired', matched: 1, daysLeft: -20,
  },
  {
    checkId: 'ec2-sg-no-public-admin-ports', resources: [`arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0retired`], reason: 'Vendor VPN appliance',
    approvedBy: 'Network team', expires: '2027-06-30', index: 3, status: 'unused', matched: 0, daysLeft: 222,
  },
];

/** Where the data lives: a classified bucket and a volume whose classification is unknown. */
export const FIXTURE_DATA_INVENTORY: NonNullable<ScanResult['dataInventory']> = [
  {
    accountId: ACCOUNT,
    arn: 'arn:aws:ec2:us-west-2:123456789012:volume/vol-0c3d4e5f6a7b80003',
    kind: 'ebs-volume',
    service: 'Amazon EBS',
    region: 'us-west-2',
    name: 'vol-0c3d4e5f6a7b80003',
    controlledData: 'unknown',
    reason: 'tags unknown (ec2:DescribeVolumes denied)',
    encryption: 'not encrypted',
    exposure: 'private (attached to i-0a9b8c7d6e5f40003)',
    retention: 'kept until deleted',
  },
  {
    accountId: ACCOUNT,
    arn: 'arn:aws:s3:::genlab-dbgap-raw',
    kind: 's3-bucket',
    service: 'Amazon S3',
    region: 'us-east-1',
    name: 'genlab-dbgap-raw',
    controlledData: true,
    reason: 'tagged dbgap:project',
    encryption: 'KMS customer key arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d-1111-4a5b-8c9d-0123456789ab',
    exposure: 'private; replicated to genlab-scratch-usw2, partner-univ-genomics-eu',
    retention: 'lifecycle expires objects on 2027-03-31',
  },
];

export function fixtureScanResult(overrides: Partial<ScanResult> = {}): ScanResult {
  const account = { id: ACCOUNT, partition: 'aws', callerArn: `arn:aws:sts::${ACCOUNT}:assumed-role/dbgap-audit-scanner/ci`, alias: 'genlab-research' };
  return {
    schemaVersion: 1,
    tool: { name: 'dbgap-audit', version: '0.1.0' },
    scan: {
      startedAt: '2026-11-20T14:30:00.000Z',
      finishedAt: '2026-11-20T14:31:05.000Z',
      source: 'inventory',
      inventoryCollectedAt: '2026-11-20T14:29:00.000Z',
      account,
      accounts: [account],
      regions: ['us-east-1', 'us-west-2', 'eu-west-1'],
    },
    summary: countStatuses(FIXTURE_RESULTS),
    checks: FIXTURE_CHECKS,
    results: FIXTURE_RESULTS,
    collectionErrors: [
      { api: 'EC2.DescribeSecurityGroups', action: 'ec2:DescribeSecurityGroups', code: 'UnauthorizedOperation', kind: 'access-denied', message: 'You are not authorized to perform this operation.', region: 'eu-west-1' },
    ],
    waivers: FIXTURE_WAIVERS,
    dataInventory: FIXTURE_DATA_INVENTORY,
    ...overrides,
  };
}
