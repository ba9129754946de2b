import { describe, expect, it } from 'vitest';
import check from '../../../checks/portable-storage-media/ami-not-public.js';
import { anImage, anImageBlock, ec2AccountArn, imageArnOf } from '../../helpers/ec2.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';

describe('ami-not-public', () => {
  it.each([
    ['a private AMI', false, 'pass'],
    ['a public AMI', true, 'fail'],
  ])('%s → %s', (_name, isPublic, expected) => {
    const results = run(check, { ec2Images: [anImage('ami-1', { isPublic })], ec2ImageBlockPublicAccess: [] });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[imageArnOf('ami-1'), expected, 'critical']]);
  });

  it.each([
    ['block-new-sharing', 'pass', 'critical'],
    ['unblocked', 'fail', 'medium'],
  ])('image block public access %s → %s (%s)', (state, expected, severity) => {
    const results = run(check, { ec2Images: [], ec2ImageBlockPublicAccess: [anImageBlock(state)] });
    expect(results.map((r) => [r.resourceArn, r.status, r.severity])).toEqual([[ec2AccountArn('us-east-1'), expected, severity]]);
  });

  it('reports images and the regional setting together', () => {
    const results = run(check, {
      ec2Images: [anImage('ami-pub', { isPublic: true }), anImage('ami-priv', { region: 'us-west-2' })],
      ec2ImageBlockPublicAccess: [anImageBlock('unblocked'), anImageBlock('block-new-sharing', 'us-west-2', 'declarative-policy')],
    });
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass', 'fail', 'pass']);
    expect(results[3]?.message).toMatch(/declarative policy/);
  });

  it('is not applicable with no images and no regional settings', () => {
    expect(statuses(run(check, { ec2Images: [], ec2ImageBlockPublicAccess: [] }))).toEqual(['not_applicable']);
  });

  it('errors for a region whose DescribeImages failed', () => {
    const results = run(check, {
      ec2Images: { items: [], failures: [aFailure({ api: 'ec2.DescribeImages', action: 'ec2:DescribeImages', code: 'UnauthorizedOperation', region: 'us-east-1' })] },
      ec2ImageBlockPublicAccess: [anImageBlock('block-new-sharing')],
    });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toMatch(/ec2:DescribeImages/);
  });
});
