import { describe, expect, it } from 'vitest';
import { defineCheck, fail, pass } from '../src/model/check.js';
import { evaluateCheck } from '../src/evaluate.js';
import { parseInventory } from '../src/files/inventory-file.js';
import { DEFAULT_SETTINGS } from '../src/model/settings.js';
import { aBucketPolicy } from './helpers/s3.js';
import { aFailure, anInventory, NOW } from './helpers/inventory.js';
import { unknownFact } from '../src/model/failure.js';
import type { Inventory } from '../src/model/inventory.js';

const everyBucketPasses = defineCheck({
  id: 'test-every-bucket-passes',
  title: 'Every bucket passes (test check)',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-8'], sp800_171r2: ['3.13.8'], sp800_171r3: ['03.13.08'] },
  needs: ['s3BucketPolicies'],
  rationale: 'A check that passes everything it sees, to show the runner never lets a gap become a pass.',
  remediation: { summary: 'Nothing to do: this check exists for tests only.', cli: 'aws s3 ls' },
  evaluate: ({ s3BucketPolicies }) => s3BucketPolicies.map((bucket) => pass(bucket, `ok ${bucket.bucket}`)),
});

function evaluate(check: typeof everyBucketPasses, inventory: Inventory) {
  return evaluateCheck(check, inventory, { account: inventory.account, regions: inventory.regions, settings: DEFAULT_SETTINGS, now: NOW });
}

describe('evaluateCheck', () => {
  it('passes items through with the check metadata', () => {
    const [result] = evaluate(everyBucketPasses, anInventory({ s3BucketPolicies: [aBucketPolicy('a', null)] }));
    expect(result).toEqual({
      checkId: 'test-every-bucket-passes',
      status: 'pass',
      severity: 'high',
      controlArea: 'data-encryption',
      accountId: '123456789012',
      resourceArn: 'arn:aws:s3:::a',
      region: 'us-east-1',
      message: 'ok a',
    });
  });

  it('makes zero results not_applicable, never pass', () => {
    expect(evaluate(everyBucketPasses, anInventory({ s3BucketPolicies: [] })).map((r) => r.status)).toEqual(['not_applicable']);
  });

  it('makes the whole check error when a key failed with no region or resource', () => {
    const results = evaluate(
      everyBucketPasses,
      anInventory({ s3BucketPolicies: { items: [aBucketPolicy('a', null)], failures: [aFailure({ region: undefined })] } }),
    );
    expect(results.map((r) => r.status)).toEqual(['error']);
    expect(results[0]?.message).toContain('missing IAM permission s3:GetBucketPolicy');
  });

  it('overrides results in a region whose collection failed, and adds an error for that region even with no result there', () => {
    const inventory = anInventory({
      s3BucketPolicies: {
        items: [aBucketPolicy('east', null, 'us-east-1'), aBucketPolicy('west', null, 'us-west-2')],
        failures: [aFailure({ region: 'us-west-2', code: 'ThrottlingException', kind: 'throttled' }), aFailure({ region: 'eu-west-1' })],
      },
    });
    const results = evaluate(everyBucketPasses, inventory);
    expect(results.map((r) => [r.resourceArn, r.region, r.status])).toEqual([
      ['arn:aws:s3:::east', 'us-east-1', 'pass'],
      ['arn:aws:s3:::west', 'us-west-2', 'error'],
      ['arn:aws:s3:eu-west-1:123456789012:account', 'eu-west-1', 'error'],
    ]);
    expect(results[1]?.message).toMatch(/still throttled after retries/);
  });

  it('gives each region its own identity, and one error per region however many of its APIs failed', () => {
    const twoKeys = defineCheck({ ...everyBucketPasses, id: 'test-two-regional-keys', needs: ['s3BucketPolicies', 's3BucketEncryption'] });
    const inventory = anInventory({
      s3BucketPolicies: { items: [], failures: [aFailure({ region: 'us-east-1' }), aFailure({ region: 'us-west-2' })] },
      s3BucketEncryption: { items: [], failures: [aFailure({ api: 's3.GetBucketEncryption', action: 's3:GetEncryptionConfiguration', region: 'us-east-1' })] },
    });
    const results = evaluate(twoKeys as typeof everyBucketPasses, inventory);
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      ['arn:aws:s3:us-east-1:123456789012:account', 'error'],
      ['arn:aws:s3:us-west-2:123456789012:account', 'error'],
    ]);
    expect(results[0]?.message).toMatch(/GetBucketPolicy.*; s3\.GetBucketEncryption/);
  });

  it('turns an exception inside a check into one error result naming the check', () => {
    const crashing = { ...everyBucketPasses, id: 'test-crashing', evaluate: () => { throw new Error('boom'); } };
    const results = evaluate(crashing, anInventory({ s3BucketPolicies: [aBucketPolicy('a', null)] }));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'error', message: 'The check test-crashing crashed: boom' });
  });

  it('reports an error when the inventory lacks a key the check needs', () => {
    const results = evaluate(everyBucketPasses, anInventory({}));
    expect(results).toMatchObject([{ status: 'error', message: expect.stringContaining('s3BucketPolicies') }]);
  });

  it('keeps a failing finding failing when an unrelated resource failed', () => {
    const failing = { ...everyBucketPasses, evaluate: () => [fail('arn:aws:s3:::a', 'bad')] };
    const results = evaluate(failing, anInventory({ s3BucketPolicies: { items: [], failures: [aFailure({ resourceArn: 'arn:aws:s3:::b' })] } }));
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([
      ['arn:aws:s3:::a', 'fail'],
      ['arn:aws:s3:::b', 'error'],
    ]);
  });

  it('reports a failure shared by two needed keys once, on the result it overrides', () => {
    const twoKeys = defineCheck({ ...everyBucketPasses, id: 'test-two-keys', needs: ['s3BucketPolicies', 's3BucketEncryption'] });
    const listing = () => aFailure({ api: 's3.ListBuckets', action: 's3:ListAllMyBuckets', region: 'us-east-1' });
    const results = evaluate(
      twoKeys as typeof everyBucketPasses,
      anInventory({
        s3BucketPolicies: { items: [aBucketPolicy('a', null)], failures: [listing()] },
        s3BucketEncryption: { items: [], failures: [listing()] },
      }),
    );
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([['arn:aws:s3:::a', 'error']]);
  });
});

describe('every error names the IAM action behind it', () => {
  it('under a denied cloudtrail:GetEventSelectors, the checks\' own "could not be read" errors name the action too', async () => {
    const { readFileSync } = await import('node:fs');
    const { CHECKS } = await import('../checks/index.js');
    const { evaluateChecks } = await import('../src/evaluate.js');
    const inventory = JSON.parse(readFileSync(new URL('../examples/genomics-lab.inventory.json', import.meta.url), 'utf8')) as Inventory;
    const trails = inventory.keys.cloudtrailTrails;
    if (!trails) throw new Error('the example inventory has trails');
    for (const trail of trails.items) {
      const unread = unknownFact(
        aFailure({ api: 'cloudtrail.GetEventSelectors', action: 'cloudtrail:GetEventSelectors', code: 'AccessDeniedException', region: trail.homeRegion, resourceArn: trail.arn }),
        'selectors',
      );
      trail.selectors = unread;
      trails.failures.push(unread.unknown);
    }
    // Checks of services the example inventory predates would only say "no data for <key>", which names no call.
    const checks = CHECKS.filter((check) => check.needs.every((key) => inventory.keys[key] !== undefined));
    const errors = evaluateChecks(checks, inventory, { account: inventory.account, regions: inventory.regions, settings: DEFAULT_SETTINGS, now: NOW }).filter(
      (result) => result.status === 'error',
    );
    const trailErrors = errors.filter((result) => /trail|selectors/i.test(result.message));
    // Before: the checks that judge buckets and regions by their trails said "could not be read" and nothing more.
    expect(trailErrors.length).toBeGreaterThan(3);
    expect(errors.filter((result) => !/\b[a-z0-9-]+:[A-Z][A-Za-z0-9]+\b/.test(result.message)).map((result) => `${result.checkId}: ${result.message}`)).toEqual([]);
    expect(trailErrors.every((result) => result.message.includes('cloudtrail:GetEventSelectors') || !result.message.includes('selectors'))).toBe(true);
  });
});

describe('a failure attached to one fact of a resource', () => {
  it('is left to the check that reads the fact: the runner neither overrides its verdict nor adds an error', () => {
    const fact = aFailure({ resourceArn: 'arn:aws:s3:::a', field: 'policy' });
    const failing = { ...everyBucketPasses, evaluate: () => [fail('arn:aws:s3:::a', 'certain whatever the policy is')] };
    const results = evaluate(failing, anInventory({ s3BucketPolicies: { items: [], failures: [fact] } }));
    expect(results.map((r) => [r.resourceArn, r.status])).toEqual([['arn:aws:s3:::a', 'fail']]);
  });

  it('survives a saved inventory: the file reader keeps the field, so an offline scan gives the live verdict', () => {
    const inventory = anInventory({ s3BucketPolicies: { items: [], failures: [aFailure({ resourceArn: 'arn:aws:s3:::a', field: 'policy' })] } });
    const reread = parseInventory(JSON.stringify(inventory), 'inventory.json');
    expect(reread.keys.s3BucketPolicies?.failures[0]?.field).toBe('policy');
  });
});
