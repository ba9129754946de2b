/**
 * Soundness of unknown facts, per check family: for fixtures whose field is known with every possible value, the
 * same fixture with that field unknown gives, for each resource, either `error` or a verdict every possible value
 * agrees on — never a pass (or silence) where some value would have made it fail (issue 12).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ebsDefaultEncryptionEnabled from '../../checks/data-encryption/ebs-default-encryption-enabled.js';
import kmsCmkNotPendingDeletion from '../../checks/data-encryption/kms-cmk-not-pending-deletion.js';
import kmsCmkRotationEnabled from '../../checks/data-encryption/kms-cmk-rotation-enabled.js';
import kmsKeyPolicyNotPublic from '../../checks/data-encryption/kms-key-policy-not-public.js';
import kmsCryptoErasureEvidence from '../../checks/data-cleanup-retention/kms-crypto-erasure-evidence.js';
import cloudtrailMultiRegionLogging from '../../checks/logging-monitoring/cloudtrail-multi-region-logging.js';
import cloudtrailS3DataEvents from '../../checks/logging-monitoring/cloudtrail-s3-data-events.js';
import cloudwatchSecurityAlarms, { MONITORED_EVENTS } from '../../checks/logging-monitoring/cloudwatch-security-alarms.js';
import configRecorderEnabled from '../../checks/logging-monitoring/config-recorder-enabled.js';
import guarddutyEnabled from '../../checks/logging-monitoring/guardduty-enabled.js';
import guarddutyProtectionPlans from '../../checks/logging-monitoring/guardduty-protection-plans.js';
import type { Check } from '../../src/model/check.js';
import { unknownFact, type CollectionFailure } from '../../src/model/failure.js';
import type { InventoryItems, InventoryKey } from '../../src/model/inventory.js';
import type { CheckResult } from '../../src/model/scan-result.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import { aClassicSelector, aTrail, selectors } from '../helpers/cloudtrail.js';
import { aMetricFilter, anAlarm, CIS_PATTERNS } from '../helpers/cloudwatch.js';
import { aRecorder } from '../helpers/config.js';
import { aDetector } from '../helpers/guardduty.js';
import { aFailure, NOW, run, type FixtureKeys } from '../helpers/inventory.js';
import { aKeyPolicy, aKeyTags, aKmsKey } from '../helpers/kms.js';
import { aTopic } from '../helpers/sns.js';

const REGIONS = ['us-east-1', 'us-west-2'];

/** One family: a check set, the inventory key and field that can be unknown, every value it can take, and fixtures. */
interface Family<K extends InventoryKey> {
  name: string;
  checks: Check[];
  key: K;
  field: string;
  /** Every value the field can take (enough to reach every branch the checks have for it). */
  domain: readonly unknown[];
  failure: Partial<CollectionFailure>;
  items: fc.Arbitrary<Array<InventoryItems[K]>>;
  /** The other keys the checks need. */
  context?: FixtureKeys;
  settings?: Partial<typeof DEFAULT_SETTINGS>;
}

type Verdict = string;

function verdicts(results: readonly CheckResult[]): Map<string, Verdict> {
  const byResource = new Map<string, Verdict>();
  for (const result of results) {
    if (result.status === 'not_applicable') continue;
    const previous = byResource.get(result.resourceArn);
    // Several results for one resource: the worst decides (error > fail > pass).
    const rank = (verdict: Verdict | undefined) => (verdict === undefined ? -1 : verdict.startsWith('error') ? 3 : verdict.startsWith('fail') ? 2 : 1);
    const verdict = result.status === 'fail' ? `fail:${result.severity}` : result.status;
    if (rank(verdict) > rank(previous)) byResource.set(result.resourceArn, verdict);
  }
  return byResource;
}

/** The violations of soundness for one fixture, as sentences (empty when sound). */
function violations<K extends InventoryKey>(family: Family<K>, items: Array<InventoryItems[K]>, index: number): string[] {
  const found: string[] = [];
  const target = items[index] as unknown as Record<string, unknown> & { arn: string };
  const evaluate = (check: Check, value: unknown, failures: CollectionFailure[]) => {
    const variant = items.map((item, position) => (position === index ? { ...item, [family.field]: value } : item));
    const keys = { ...family.context, [family.key]: { items: variant, failures } } as FixtureKeys;
    const results = run(check, keys, { regions: REGIONS, now: NOW, ...(family.settings ? { settings: family.settings } : {}) });
    // A fixture that lacks a key the check needs would make every run an error, and the property vacuous.
    expect(results.filter((result) => /the inventory has no data/.test(result.message))).toEqual([]);
    return verdicts(results);
  };
  const unknown = unknownFact(aFailure({ resourceArn: target.arn, ...family.failure }), family.field);
  for (const check of family.checks) {
    const withUnknown = evaluate(check, unknown, [unknown.unknown]);
    const known = family.domain.map((value) => ({ value, verdicts: evaluate(check, value, []) }));
    const resources = new Set([...withUnknown.keys(), ...known.flatMap((entry) => [...entry.verdicts.keys()])]);
    for (const resource of resources) {
      const verdict = withUnknown.get(resource);
      if (verdict === 'error') continue;
      for (const entry of known) {
        const other = entry.verdicts.get(resource);
        // Silence is sound only where no value fails; a verdict must be the one every value gives.
        const bad = verdict === undefined ? other?.startsWith('fail') === true : other !== verdict;
        if (bad) found.push(`${check.id} on ${resource}: ${verdict ?? 'no result'} with ${family.field} unknown, ${other ?? 'no result'} with ${JSON.stringify(entry.value)}`);
      }
    }
  }
  return found;
}

function assertSound<K extends InventoryKey>(family: Family<K>): void {
  fc.assert(
    fc.property(family.items, fc.nat(), (items, pick) => {
      fc.pre(items.length > 0);
      expect(violations(family, items, pick % items.length)).toEqual([]);
    }),
    { numRuns: 60 },
  );
}

// ---------- fixtures ----------

const region = fc.constantFrom(...REGIONS);
const LOG_GROUP = 'CloudTrail/audit';
const recent = new Date(NOW.getTime() - 3_600_000).toISOString();
const TRAIL_STATUSES = [
  { isLogging: true, latestCloudWatchLogsDeliveryTime: recent },
  { isLogging: true },
  { isLogging: false },
  { isLogging: true, latestDeliveryError: 'NoSuchBucket', latestCloudWatchLogsDeliveryTime: recent },
];
const s3Data = (readWriteType: string) => aClassicSelector({ readWriteType, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] });
const TRAIL_SELECTORS = [
  selectors([aClassicSelector()]),
  selectors([]),
  selectors([aClassicSelector(), s3Data('All')]),
  selectors([aClassicSelector({ readWriteType: 'WriteOnly' }), s3Data('ReadOnly')]),
  selectors([aClassicSelector({ excludeManagementEventSources: ['kms.amazonaws.com'] })]),
  selectors([aClassicSelector({ includeManagementEvents: false }), s3Data('WriteOnly')]),
];
const trails = fc
  .array(
    fc.record({
      multi: fc.boolean(),
      home: region,
      status: fc.constantFrom(...TRAIL_STATUSES),
      selectors: fc.constantFrom(...TRAIL_SELECTORS),
      logs: fc.constantFrom(undefined, 'us-east-1', 'us-west-2'),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((specs) =>
    specs.map((spec, position) =>
      aTrail(`t${position}`, {
        isMultiRegion: spec.multi,
        homeRegion: spec.home,
        region: spec.home,
        arn: `arn:aws:cloudtrail:${spec.home}:123456789012:trail/t${position}`,
        status: spec.status,
        selectors: spec.selectors,
        ...(spec.logs ? { cloudWatchLogsLogGroupArn: `arn:aws:logs:${spec.logs}:123456789012:log-group:${LOG_GROUP}:*` } : {}),
      }),
    ),
  );
const alarmSetup = (where: string): FixtureKeys => ({
  cloudwatchMetricFilters: MONITORED_EVENTS.map((event) => aMetricFilter(LOG_GROUP, event.id, CIS_PATTERNS[event.id] ?? '', event.id, where)),
  cloudwatchAlarms: MONITORED_EVENTS.map((event) => anAlarm(`${event.id}-alarm`, event.id, { region: where })),
  snsSubscriptions: [aTopic(`arn:aws:sns:${where}:123456789012:security-alerts`)],
});
const trailContext: FixtureKeys = {
  s3Buckets: [{ arn: 'arn:aws:s3:::raw', name: 'raw', region: 'us-east-1' }],
  s3BucketTags: [],
  // Alarms exist in us-east-1 only: a trail feeding us-west-2 meets missing filters there.
  ...alarmSetup('us-east-1'),
};

const PLANS_ON = { S3_DATA_EVENTS: 'ENABLED', EBS_MALWARE_PROTECTION: 'ENABLED', RDS_LOGIN_EVENTS: 'ENABLED' };
// GuardDuty allows one detector per account and region (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html).
const detectors = fc
  .uniqueArray(fc.record({ home: region, status: fc.constantFrom('ENABLED', 'DISABLED'), features: fc.constantFrom(PLANS_ON, { ...PLANS_ON, S3_DATA_EVENTS: 'DISABLED' }, {}) }), { minLength: 1, maxLength: 2, selector: (spec) => spec.home })
  .map((specs) => specs.map((spec, position) => aDetector(spec.home, { detectorId: `d${position}`, status: spec.status, features: spec.features })));

const recorders = fc
  .array(
    fc.record({
      home: region,
      recording: fc.constantFrom<boolean | null>(true, false, null),
      allSupported: fc.boolean(),
      linked: fc.boolean(),
      lastStatus: fc.constantFrom('SUCCESS', 'FAILURE', undefined),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((specs) =>
    specs.map((spec, position) =>
      aRecorder(spec.home, {
        name: `r${position}`,
        recording: spec.recording,
        allSupported: spec.allSupported,
        recordingScope: spec.linked ? 'INTERNAL' : 'PAID',
        ...(spec.lastStatus ? { lastStatus: spec.lastStatus } : { lastStatus: undefined }),
      }),
    ),
  );

const keyIds = ['k0', 'k1', 'k2'];
const keyStates = fc.constantFrom('Enabled', 'Disabled', 'PendingDeletion');
const kmsKeys = keyIds.map((id, position) => aKmsKey(id, { keyState: ['Enabled', 'PendingDeletion', 'Disabled'][position] ?? 'Enabled', deletionDate: '2026-12-07T00:00:00.000Z' }));
const TAG_SETS: Array<Record<string, string>> = [{}, { 'dbgap:closeout': 'true' }, { 'dbgap:project': 'phs1', 'dbgap:expiry': '2026-01-01' }, { 'dbgap:project': 'phs1', 'dbgap:expiry': '2099-01-01' }, { 'dbgap:expiry': 'soon' }];
const keyTags = fc.array(fc.record({ id: fc.constantFrom(...keyIds), tags: fc.constantFrom(...TAG_SETS) }), { minLength: 1, maxLength: 3 }).map((specs) => {
  const unique = [...new Map(specs.map((spec) => [spec.id, spec])).values()];
  return unique.map((spec) => aKeyTags(spec.id, spec.tags));
});
const rootAdmin = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' };
const POLICIES = [
  { Version: '2012-10-17', Statement: [rootAdmin] },
  { Version: '2012-10-17', Statement: [rootAdmin, { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] },
  'not a policy',
];

describe('soundness of unknown facts', () => {
  it('EBS default encryption: the default key', () => {
    assertSound({
      name: 'ebs',
      checks: [ebsDefaultEncryptionEnabled],
      key: 'ebsEncryptionDefaults',
      field: 'defaultKmsKeyId',
      domain: [null, 'alias/aws/ebs', 'arn:aws:kms:us-east-1:123456789012:key/cmk'],
      failure: { api: 'ec2.GetEbsDefaultKmsKeyId', action: 'ec2:GetEbsDefaultKmsKeyId' },
      items: fc.tuple(region, fc.boolean(), fc.constantFrom(null, 'alias/aws/ebs', 'arn:aws:kms:us-east-1:123456789012:key/cmk')).map(([where, on, key]) => [
        { arn: `arn:aws:ec2:${where}:123456789012:account`, region: where, encryptionByDefault: on, defaultKmsKeyId: key },
      ]),
    });
  });

  const trailChecks = [cloudtrailMultiRegionLogging, cloudtrailS3DataEvents, cloudwatchSecurityAlarms];
  const dbgap = { dbgapBuckets: { ...DEFAULT_SETTINGS.dbgapBuckets, names: ['raw'] } };
  it('CloudTrail: a trail status', () => {
    assertSound({ name: 'trail status', checks: trailChecks, key: 'cloudtrailTrails', field: 'status', domain: TRAIL_STATUSES, failure: { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus' }, items: trails, context: trailContext, settings: dbgap });
  });

  it('CloudTrail: a trail\'s event selectors', () => {
    assertSound({ name: 'trail selectors', checks: trailChecks, key: 'cloudtrailTrails', field: 'selectors', domain: TRAIL_SELECTORS, failure: { api: 'cloudtrail.GetEventSelectors', action: 'cloudtrail:GetEventSelectors' }, items: trails, context: trailContext, settings: dbgap });
  });

  const guardduty = [guarddutyEnabled, guarddutyProtectionPlans];
  const detectorFailure = { api: 'guardduty.GetDetector', action: 'guardduty:GetDetector' };
  it('GuardDuty: a detector\'s status', () => {
    assertSound({ name: 'detector status', checks: guardduty, key: 'guardDutyDetectors', field: 'status', domain: ['ENABLED', 'DISABLED'], failure: detectorFailure, items: detectors });
  });

  it('GuardDuty: a detector\'s protection plans', () => {
    assertSound({ name: 'detector features', checks: guardduty, key: 'guardDutyDetectors', field: 'features', domain: [PLANS_ON, { ...PLANS_ON, RDS_LOGIN_EVENTS: 'DISABLED' }, { S3_DATA_EVENTS: 'DISABLED' }], failure: detectorFailure, items: detectors });
  });

  it('Config: whether a recorder records', () => {
    // The status call also gives lastStatus: with recording unknown, lastStatus is absent (both generated here).
    assertSound({ name: 'recording', checks: [configRecorderEnabled], key: 'configRecorders', field: 'recording', domain: [true, false, null], failure: { api: 'config.DescribeConfigurationRecorderStatus', action: 'config:DescribeConfigurationRecorderStatus' }, items: recorders });
  });

  it('KMS: a key\'s rotation status', () => {
    assertSound({
      name: 'rotation',
      checks: [kmsCmkRotationEnabled],
      key: 'kmsKeyRotation',
      field: 'rotationEnabled',
      domain: [true, false],
      failure: { api: 'kms.GetKeyRotationStatus', action: 'kms:GetKeyRotationStatus' },
      items: fc.subarray(keyIds, { minLength: 1 }).chain((ids) => fc.tuple(...ids.map((id) => fc.boolean().map((on) => ({ arn: `arn:aws:kms:us-east-1:123456789012:key/${id}`, region: 'us-east-1', keyId: id, rotationEnabled: on }))))),
      context: { kmsKeys },
    });
  });

  it('KMS: a key policy', () => {
    assertSound({
      name: 'policy',
      checks: [kmsKeyPolicyNotPublic],
      key: 'kmsKeyPolicies',
      field: 'policy',
      domain: POLICIES,
      failure: { api: 'kms.GetKeyPolicy', action: 'kms:GetKeyPolicy' },
      items: fc.subarray(keyIds, { minLength: 1 }).chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom(...POLICIES).map((policy) => aKeyPolicy(id, policy))))),
    });
  });

  it('KMS: a key\'s tags', () => {
    assertSound({
      name: 'tags',
      checks: [kmsCmkNotPendingDeletion, kmsCryptoErasureEvidence],
      key: 'kmsKeyTags',
      field: 'tags',
      domain: TAG_SETS,
      failure: { api: 'kms.ListResourceTags', action: 'kms:ListResourceTags' },
      items: keyTags,
      context: { kmsKeys },
    });
    // Key states vary too: the same property over a key set whose states are generated.
    fc.assert(
      fc.property(fc.tuple(keyStates, keyStates, keyStates), keyTags, fc.nat(), (states, tags, pick) => {
        const keys = keyIds.map((id, position) => aKmsKey(id, { keyState: states[position] ?? 'Enabled' }));
        const family: Family<'kmsKeyTags'> = { name: 'tags', checks: [kmsCmkNotPendingDeletion, kmsCryptoErasureEvidence], key: 'kmsKeyTags', field: 'tags', domain: TAG_SETS, failure: { api: 'kms.ListResourceTags', action: 'kms:ListResourceTags' }, items: fc.constant(tags), context: { kmsKeys: keys } };
        expect(violations(family, tags, pick % tags.length)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('catches an unsound check (the harness is not vacuous)', () => {
    // A check that reads an unknown rotation as "on" (an object is truthy) passes where `false` would fail.
    const naive: Check = { ...kmsCmkRotationEnabled, id: 'naive', needs: ['kmsKeyRotation'], evaluate: (items) => (items.kmsKeyRotation ?? []).map((rotation) => ({ status: rotation.rotationEnabled ? 'pass' : 'fail', resourceArn: rotation.arn, message: '' })) };
    const family: Family<'kmsKeyRotation'> = { name: 'naive', checks: [naive], key: 'kmsKeyRotation', field: 'rotationEnabled', domain: [true, false], failure: {}, items: fc.constant([]) };
    const rotation = { arn: 'arn:aws:kms:us-east-1:123456789012:key/k0', region: 'us-east-1', keyId: 'k0', rotationEnabled: true };
    expect(violations(family, [rotation], 0)).toEqual([expect.stringMatching(/naive on .*key\/k0: pass with rotationEnabled unknown, fail:medium with false/)]);
  });
});
