import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  paginateListAliases,
  paginateListKeys,
  paginateListResourceTags,
  type Tag,
  type AliasListEntry,
  type KeyListEntry,
} from '@aws-sdk/client-kms';
import type { CollectionFailure } from '../model/failure.js';
import type { KmsKey, KmsKeyRotation } from '../model/items/kms.js';
import type { KmsKeyPolicy, KmsKeyTags } from '../model/items/kms.js';
import { attemptRequired, defineCollector, mapAll, parsePolicyText, type CollectContext } from './collector.js';
import { collectPages } from './paginate.js';

interface KeyListing {
  keys: KmsKey[];
  failures: CollectionFailure[];
}

/** ListKeys + ListAliases + DescribeKey per key, once per region per scan. */
export function listKeys(context: CollectContext, region: string): Promise<KeyListing> {
  return context.memo(`kms:keys:${region}`, async () => {
    const client = context.clients.get('kms', region);
    const listed = await attemptRequired(context, { api: 'kms.ListKeys', region }, async () => {
      return collectPages(paginateListKeys({ client }, {}), (page) => page.Keys);
    });
    if (!listed.ok) return { keys: [], failures: [listed.failure] };
    const failures: CollectionFailure[] = [];
    const aliases = await attemptRequired(context, { api: 'kms.ListAliases', region }, async () => {
      return collectPages(paginateListAliases({ client }, {}), (page) => page.Aliases);
    });
    if (!aliases.ok) failures.push(aliases.failure);
    const aliasesByKey = new Map<string, string[]>();
    for (const alias of aliases.ok ? aliases.value : []) {
      if (!alias.TargetKeyId || !alias.AliasName) continue;
      aliasesByKey.set(alias.TargetKeyId, [...(aliasesByKey.get(alias.TargetKeyId) ?? []), alias.AliasName]);
    }
    const described = await mapAll(listed.value, async (entry): Promise<KmsKey | undefined> => {
      const keyId = entry.KeyId ?? '';
      const arn = entry.KeyArn ?? `arn:${context.account.partition}:kms:${region}:${context.account.id}:key/${keyId}`;
      const response = await attemptRequired(context, { api: 'kms.DescribeKey', region, resourceArn: arn }, () =>
        client.send(new DescribeKeyCommand({ KeyId: arn })),
      );
      if (!response.ok) {
        failures.push(response.failure);
        return undefined;
      }
      const metadata = response.value.KeyMetadata;
      const key: KmsKey = {
        arn,
        region,
        keyId,
        keyManager: metadata?.KeyManager ?? 'UNKNOWN',
        keyState: metadata?.KeyState ?? 'UNKNOWN',
        keySpec: metadata?.KeySpec ?? 'UNKNOWN',
        origin: metadata?.Origin ?? 'UNKNOWN',
        multiRegion: metadata?.MultiRegion ?? false,
      };
      if (metadata?.KeyUsage) key.keyUsage = metadata.KeyUsage;
      if (metadata?.MultiRegionConfiguration?.MultiRegionKeyType)
        key.multiRegionRole = metadata.MultiRegionConfiguration.MultiRegionKeyType;
      if (metadata?.DeletionDate) key.deletionDate = new Date(metadata.DeletionDate).toISOString();
      const keyAliases = aliasesByKey.get(keyId);
      if (keyAliases) key.aliases = keyAliases.sort();
      return key;
    });
    return { keys: described.filter((key): key is KmsKey => key !== undefined), failures };
  });
}

/** Keys whose rotation AWS lets the customer turn on: symmetric, customer-managed, enabled, AWS_KMS origin, not a replica. */
export function isRotatable(key: KmsKey): boolean {
  return (
    key.keyManager === 'CUSTOMER' &&
    key.keyState === 'Enabled' &&
    key.keySpec === 'SYMMETRIC_DEFAULT' &&
    key.origin === 'AWS_KMS' &&
    key.multiRegionRole !== 'REPLICA'
  );
}

const KEY_LIST_APIS = ['kms.ListKeys', 'kms.ListAliases', 'kms.DescribeKey'] as const;

export const kmsKeysCollector = defineCollector({
  key: 'kmsKeys',
  scope: 'regional',
  apis: KEY_LIST_APIS,
  async collect(context, region) {
    const listing = await listKeys(context, region);
    return { items: listing.keys, failures: listing.failures };
  },
});

export const kmsKeyRotationCollector = defineCollector({
  key: 'kmsKeyRotation',
  scope: 'regional',
  apis: [...KEY_LIST_APIS, 'kms.GetKeyRotationStatus'],
  async collect(context, region) {
    const listing = await listKeys(context, region);
    const failures = [...listing.failures];
    const client = context.clients.get('kms', region);
    const rotations = await mapAll(listing.keys.filter(isRotatable), async (key): Promise<KmsKeyRotation | undefined> => {
      const response = await attemptRequired(
        context,
        { api: 'kms.GetKeyRotationStatus', region, resourceArn: key.arn },
        () => client.send(new GetKeyRotationStatusCommand({ KeyId: key.arn })),
      );
      if (!response.ok) {
        failures.push(response.failure);
        return undefined;
      }
      const rotation: KmsKeyRotation = {
        arn: key.arn,
        region,
        keyId: key.keyId,
        rotationEnabled: response.value.KeyRotationEnabled ?? false,
      };
      if (response.value.RotationPeriodInDays !== undefined)
        rotation.rotationPeriodInDays = response.value.RotationPeriodInDays;
      return rotation;
    });
    return { items: rotations.filter((rotation): rotation is KmsKeyRotation => rotation !== undefined), failures };
  },
});

/** Customer-managed keys: the only ones whose policy and tags the institution controls. */
export function isCustomerManaged(key: KmsKey): boolean {
  return key.keyManager === 'CUSTOMER';
}

export const kmsKeyPoliciesCollector = defineCollector({
  key: 'kmsKeyPolicies',
  scope: 'regional',
  apis: [...KEY_LIST_APIS, 'kms.GetKeyPolicy'],
  async collect(context, region) {
    const listing = await listKeys(context, region);
    const failures = [...listing.failures];
    const client = context.clients.get('kms', region);
    const policies = await mapAll(listing.keys.filter(isCustomerManaged), async (key): Promise<KmsKeyPolicy | undefined> => {
      const response = await attemptRequired(context, { api: 'kms.GetKeyPolicy', region, resourceArn: key.arn }, () =>
        client.send(new GetKeyPolicyCommand({ KeyId: key.arn, PolicyName: 'default' })),
      );
      if (!response.ok) {
        failures.push(response.failure);
        return undefined;
      }
      return { arn: key.arn, region, keyId: key.keyId, policy: parsePolicyText(response.value.Policy) };
    });
    return { items: policies.filter((policy): policy is KmsKeyPolicy => policy !== undefined), failures };
  },
});

export const kmsKeyTagsCollector = defineCollector({
  key: 'kmsKeyTags',
  scope: 'regional',
  apis: [...KEY_LIST_APIS, 'kms.ListResourceTags'],
  async collect(context, region) {
    const listing = await listKeys(context, region);
    const failures = [...listing.failures];
    const client = context.clients.get('kms', region);
    const tagged = await mapAll(listing.keys.filter(isCustomerManaged), async (key): Promise<KmsKeyTags | undefined> => {
      const response = await attemptRequired(context, { api: 'kms.ListResourceTags', region, resourceArn: key.arn }, async () => {
        return collectPages(paginateListResourceTags({ client }, { KeyId: key.arn }), (page) => page.Tags);
      });
      if (!response.ok) {
        failures.push(response.failure);
        return undefined;
      }
      const tags: Record<string, string> = {};
      for (const tag of response.value) if (tag.TagKey) tags[tag.TagKey] = tag.TagValue ?? '';
      return { arn: key.arn, region, keyId: key.keyId, tags };
    });
    return { items: tagged.filter((entry): entry is KmsKeyTags => entry !== undefined), failures };
  },
});
