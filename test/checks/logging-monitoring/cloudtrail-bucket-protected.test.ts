import { describe, expect, it } from 'vitest';
import check from '../../../checks/logging-monitoring/cloudtrail-bucket-protected.js';
import type { S3BucketPolicyStatus } from '../../../src/model/items/s3.js';
import { aBucketPolicy } from '../../helpers/s3.js';
import { aFailure, run, statuses, type FixtureKeys } from '../../helpers/inventory.js';
import { aTrail } from '../../helpers/cloudtrail.js';
import { anObjectLock, aBucketVersioning } from '../../helpers/s3.js';
import { aLogging } from '../../helpers/s3.js';
import { ALL_ON, ALL_USERS, aBucket, aBucketBlock, aPolicyStatus, anAccountBlock, anAcl, anOwnership } from '../../helpers/s3.js';

const TRAIL_BUCKET = 'org-trail-logs';
const ARN = `arn:aws:s3:::${TRAIL_BUCKET}`;

interface Case {
  policyStatus?: S3BucketPolicyStatus['status'];
  aclUris?: string[];
  blocked?: boolean;
  loggingTarget?: string | null;
  versioning?: string | null;
  objectLock?: boolean;
}

function keys(c: Case = {}, overrides: FixtureKeys = {}): FixtureKeys {
  return {
    cloudtrailTrails: [aTrail('main', { s3BucketName: TRAIL_BUCKET })],
    s3Buckets: [aBucket(TRAIL_BUCKET)],
    s3BucketPolicyStatus: [aPolicyStatus(TRAIL_BUCKET, c.policyStatus ?? 'not-public')],
    s3BucketPolicies: [aBucketPolicy(TRAIL_BUCKET, null)],
    s3BucketAcls: [anAcl(TRAIL_BUCKET, c.aclUris ?? [])],
    s3BucketOwnership: [anOwnership(TRAIL_BUCKET, 'BucketOwnerPreferred')],
    s3BucketPublicAccessBlock: [aBucketBlock(TRAIL_BUCKET, c.blocked ? ALL_ON : null)],
    s3AccountPublicAccessBlock: [anAccountBlock(null)],
    s3BucketLogging: [aLogging(TRAIL_BUCKET, c.loggingTarget === undefined ? 'access-logs' : c.loggingTarget)],
    s3BucketVersioning: [aBucketVersioning(TRAIL_BUCKET, c.versioning === undefined ? 'Enabled' : c.versioning)],
    s3BucketObjectLock: [anObjectLock(TRAIL_BUCKET, c.objectLock ?? false)],
    ...overrides,
  };
}

describe('cloudtrail-bucket-protected', () => {
  it.each<[string, Case, string, string, RegExp]>([
    ['private, logged, versioned', {}, 'pass', 'high', /is not public, logs server access and is protected by versioning/],
    ['private, logged, Object Lock without versioning status', { objectLock: true, versioning: null }, 'pass', 'high', /protected by Object Lock/],
    ['public through its policy', { policyStatus: 'public' }, 'fail', 'high', /\(trail main\) is public: its bucket policy grants public access\./],
    ['public policy neutralized by Block Public Access', { policyStatus: 'public', blocked: true }, 'pass', 'high', /not public/],
    ['public ACL', { aclUris: [ALL_USERS] }, 'fail', 'high', /ACL grants AllUsers:READ/],
    ['no server access logging', { loggingTarget: null }, 'fail', 'low', /has server access logging disabled\./],
    ['neither Object Lock nor versioning', { versioning: null }, 'fail', 'medium', /neither Object Lock nor versioning \(versioning never enabled\)/],
    ['versioning suspended, no Object Lock', { versioning: 'Suspended' }, 'fail', 'medium', /versioning Suspended/],
    ['several problems: worst severity wins', { policyStatus: 'public', loggingTarget: null, versioning: null }, 'fail', 'high', /public.*; has server access logging disabled; has neither/],
  ])('%s → %s (%s)', (_name, c, expected, severity, message) => {
    const [result, ...rest] = run(check, keys(c));
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: expected, severity, resourceArn: ARN });
    expect(result?.message).toMatch(message);
  });

  it('one result per trail bucket, naming every trail that writes to it', () => {
    const results = run(check, keys({}, { cloudtrailTrails: [aTrail('main', { s3BucketName: TRAIL_BUCKET }), aTrail('data-events', { s3BucketName: TRAIL_BUCKET })] }));
    expect(results).toHaveLength(1);
    expect(results[0]?.message).toMatch(/\(trails main, data-events\)/);
  });

  it('a trail bucket owned by another account is not applicable, explained', () => {
    const results = run(check, keys({}, { cloudtrailTrails: [aTrail('org', { s3BucketName: 'log-archive-bucket', isOrganization: true })] }));
    expect(results).toEqual([
      expect.objectContaining({ status: 'not_applicable', resourceArn: 'arn:aws:s3:::log-archive-bucket', message: expect.stringMatching(/not owned by this account; scan the account that owns it/) }),
    ]);
  });

  it('is not applicable without trails', () => {
    expect(statuses(run(check, keys({}, { cloudtrailTrails: [] })))).toEqual(['not_applicable']);
  });

  it('a problem found is still reported when another property is unknown', () => {
    const [result] = run(check, keys({ loggingTarget: null }, { s3BucketVersioning: [], s3BucketObjectLock: [] }));
    expect(result).toMatchObject({ status: 'fail', severity: 'low' });
    expect(result?.message).toMatch(/Could not evaluate its Object Lock or versioning configuration/);
  });

  it('missing data without a finding is an error, never a pass', () => {
    expect(statuses(run(check, keys({}, { s3BucketLogging: [] })))).toEqual(['error']);
    expect(statuses(run(check, keys({}, { s3BucketAcls: [] })))).toEqual(['error']);
  });

  it('a collection failure on the trail bucket becomes an error', () => {
    const results = run(check, keys({}, { s3BucketLogging: { items: [], failures: [aFailure({ api: 's3.GetBucketLogging', action: 's3:GetBucketLogging', resourceArn: ARN })] } }));
    expect(results.map((result) => [result.resourceArn, result.status])).toEqual([[ARN, 'error']]);
  });

  it('a failed trail listing makes the check an error', () => {
    const results = run(check, keys({}, { cloudtrailTrails: { items: [], failures: [aFailure({ api: 'cloudtrail.DescribeTrails', action: 'cloudtrail:DescribeTrails', code: 'AccessDeniedException', region: undefined })] } }));
    expect(statuses(results)).toEqual(['error']);
  });
});
