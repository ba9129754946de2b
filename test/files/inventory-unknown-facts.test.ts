import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../src/files/inventory-file.js';
import { isUnknown } from '../../src/model/failure.js';
import { aTrail } from '../helpers/cloudtrail.js';
import { anInventory, anUnknown } from '../helpers/inventory.js';

const trailArn = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main';
const unreadStatus = anUnknown('status', { api: 'cloudtrail.GetTrailStatus', action: 'cloudtrail:GetTrailStatus', resourceArn: trailArn });

describe('unknown facts in the inventory file', () => {
  it('round-trips an unknown fact and its failure unchanged', () => {
    const inventory = anInventory({ cloudtrailTrails: { items: [aTrail('main', { status: unreadStatus })], failures: [unreadStatus.unknown] } });
    const read = parseInventory(JSON.stringify(inventory), 'inv.json');
    expect(read).toEqual(inventory);
    const trail = read.keys.cloudtrailTrails?.items[0];
    expect(trail && isUnknown(trail.status)).toBe(true);
  });

  it('refuses an unknown fact that is not a collection failure naming its field', () => {
    const inventory = anInventory({ cloudtrailTrails: [aTrail('main')] }) as unknown as { keys: { cloudtrailTrails: { items: Array<Record<string, unknown>> } } };
    const item = inventory.keys.cloudtrailTrails.items[0] as Record<string, unknown>;
    item.status = { unknown: { api: 'cloudtrail.GetTrailStatus' } };
    expect(() => parseInventory(JSON.stringify(inventory), 'inv.json')).toThrow(/cloudtrailTrails\.items\.0\.status: an unknown fact must be/);
  });

  it('does not mistake a tag named "unknown" for an unknown fact', () => {
    const inventory = anInventory({ kmsKeyTags: [{ arn: 'arn:aws:kms:us-east-1:123456789012:key/k', region: 'us-east-1', keyId: 'k', tags: { unknown: 'yes' } }] });
    expect(parseInventory(JSON.stringify(inventory), 'inv.json')).toEqual(inventory);
  });

  it('reads the null status of an older inventory as an unknown fact carrying its recorded failure', () => {
    const legacy = anInventory({ cloudtrailTrails: [aTrail('main')] }) as unknown as { keys: { cloudtrailTrails: { items: Array<Record<string, unknown>>; failures: unknown[] } } };
    (legacy.keys.cloudtrailTrails.items[0] as Record<string, unknown>).status = null;
    legacy.keys.cloudtrailTrails.failures.push({ ...unreadStatus.unknown, field: undefined });
    const read = parseInventory(JSON.stringify(legacy), 'old.json');
    const trail = read.keys.cloudtrailTrails?.items[0];
    expect(trail?.status).toEqual({ unknown: expect.objectContaining({ api: 'cloudtrail.GetTrailStatus', field: 'status', code: 'AccessDenied' }) });
    expect(read.keys.cloudtrailTrails?.failures).toEqual([expect.objectContaining({ field: 'status' })]);
  });
});
