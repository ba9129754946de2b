import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  paginateListAliases,
  paginateListKeys,
  paginateListResourceTags,
  type KeyListEntry,
} from '@aws-sdk/client-kms';
import { unknownFact, type CollectionFailure } from '../model/failure.js';
import type { KmsKey, KmsKeyPolicy, KmsKeyRotation, KmsKeyTags } from '../model/items/kms.js';
import { type Attempt, attemptRequired, type CollectContext, defineCollector, parsePolicyText } from './collector.js';
import { attemptPages, itemsOf, shareListing, type SharedListing } from './paginate.js';
import { isCustomerManaged, isRotatable } from '../rules/kms.js';

/** ListKeys once per region per scan; every KMS collector starts on a key as soon as its page is read. */
function listedKeys(context: CollectContext, region: string): SharedListing<KeyListEntry> {
  return context.memo(`kms:keys:${region}`, () => {
    const client = context.clients.get('kms', region);
    return shareListing({ api: 'kms.ListKeys', region }, () => paginateListKeys({ client }, {}), (page) => page.Keys);
  });
}

/** ListAliases once per region per scan, alongside ListKeys: aliases by target key id. */
function aliasesByKey(context: CollectContext, region: string): Promise<Attempt<Map<string, string[]>>> {
  return context.memo(`kms:aliases:${region}`, async (): Promise<Attempt<Map<string, string[]>>> => {
    const client = context.clients.get('kms', region);
    const listed = await attemptPages({ api: 'kms.ListAliases', region }, () => paginateListAliases({ client }, {}));
    if (!listed.ok) return listed;
    const byKey = new Map<string, string[]>();
    for (const alias of itemsOf(listed.value, (page) => page.Aliases)) {
      if (!alias.TargetKeyId || !alias.AliasName) continue;
      byKey.set(alias.TargetKeyId, [...(byKey.get(alias.TargetKeyId) ?? []), alias.AliasName]);
    }
    return { ok: true, value: byKey };
  });
}

function keyArnOf(context: CollectContext, region: string, entry: KeyListEntry): string {
  return entry.KeyArn ?? `arn:${context.account.partition}:kms:${region}:${context.account.id}:key/${entry.KeyId ?? ''}`;
}

/** DescribeKey once per key per scan (with the region's aliases): the key's metadata, or why it is unknown. */
function describeKey(context: CollectContext, region: string, entry: KeyListEntry): Promise<Attempt<KmsKey>> {
  const arn = keyArnOf(context, region, entry);
  return context.memo(`kms:key:${arn}`, async (): Promise<Attempt<KmsKey>> => {
    const keyId = entry.KeyId ?? '';
    const [response, aliases] = await Promise.all([
      attemptRequired({ api: 'kms.DescribeKey', region, resourceArn: arn }, () =>
        context.clients.get('kms', region).send(new DescribeKeyCommand({ KeyId: arn })),
      ),
      aliasesByKey(context, region),
    ]);
    if (!response.ok) return response;
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
    if (metadata?.MultiRegionConfiguration?.MultiRegionKeyType) key.multiRegionRole = metadata.MultiRegionConfiguration.MultiRegionKeyType;
    if (metadata?.DeletionDate) key.deletionDate = new Date(metadata.DeletionDate).toISOString();
    const keyAliases = aliases.ok ? aliases.value.get(keyId) : undefined;
    if (keyAliases) key.aliases = [...keyAliases].sort();
    return { ok: true, value: key };
  });
}

/**
 * Runs `build` for every key of the region as soon as it is listed and described. Failures: the listing's, each
 * key's DescribeKey, ListAliases (once per region, as before: a key's aliases are then unknown), and `build`'s
 * (an item whose fact is unknown comes with the failure that names the field).
 */
async function forEachKey<T>(
  context: CollectContext,
  region: string,
  build: (key: KmsKey) => Promise<{ item?: T; failure?: CollectionFailure }>,
): Promise<{ items: T[]; failures: CollectionFailure[] }> {
  const outcomes = await listedKeys(context, region).map(async (entry): Promise<{ item?: T; failure?: CollectionFailure }> => {
    const described = await describeKey(context, region, entry);
    return described.ok ? build(described.value) : { failure: described.failure };
  });
  if (!outcomes.ok) return { items: [], failures: [outcomes.failure] };
  const aliases = await aliasesByKey(context, region);
  return {
    items: outcomes.value.flatMap((outcome) => (outcome.item ? [outcome.item] : [])),
    failures: [...(aliases.ok ? [] : [aliases.failure]), ...outcomes.value.flatMap((outcome) => (outcome.failure ? [outcome.failure] : []))],
  };
}



const KEY_LIST_APIS = ['kms.ListKeys', 'kms.ListAliases', 'kms.DescribeKey'] as const;

export const kmsKeysCollector = defineCollector({
  key: 'kmsKeys',
  scope: 'regional',
  apis: KEY_LIST_APIS,
  collect: (context, region) => forEachKey(context, region, async (key) => ({ item: key })),
});

export const kmsKeyRotationCollector = defineCollector({
  key: 'kmsKeyRotation',
  scope: 'regional',
  apis: [...KEY_LIST_APIS, 'kms.GetKeyRotationStatus'],
  collect: (context, region) =>
    forEachKey<KmsKeyRotation>(context, region, async (key) => {
      if (!isRotatable(key)) return {};
      const response = await attemptRequired({ api: 'kms.GetKeyRotationStatus', region, resourceArn: key.arn }, () =>
        context.clients.get('kms', region).send(new GetKeyRotationStatusCommand({ KeyId: key.arn })),
      );
      if (!response.ok) {
        const unread = unknownFact(response.failure, 'rotationEnabled');
        return { item: { arn: key.arn, region, keyId: key.keyId, rotationEnabled: unread }, failure: unread.unknown };
      }
      const rotation: KmsKeyRotation = { arn: key.arn, region, keyId: key.keyId, rotationEnabled: response.value.KeyRotationEnabled ?? false };
      if (response.value.RotationPeriodInDays !== undefined) rotation.rotationPeriodInDays = response.value.RotationPeriodInDays;
      return { item: rotation };
    }),
});

export const kmsKeyPoliciesCollector = defineCollector({
  key: 'kmsKeyPolicies',
  scope: 'regional',
  apis: [...KEY_LIST_APIS, 'kms.GetKeyPolicy'],
  collect: (context, region) =>
    forEachKey<KmsKeyPolicy>(context, region, async (key) => {
      if (!isCustomerManaged(key)) return {};
      const response = await attemptRequired({ api: 'kms.GetKeyPolicy', region, resourceArn: key.arn }, () =>
        context.clients.get('kms', region).send(new GetKeyPolicyCommand({ KeyId: key.arn, PolicyName: 'default' })),
      );
      if (!response.ok) {
        const unread = unknownFact(response.failure, 'policy');
        return { item: { arn: key.arn, region, keyId: key.keyId, policy: unread }, failure: unread.unknown };
      }
      return { item: { arn: key.arn, region, keyId: key.keyId, policy: parsePolicyText(response.value.Policy) } };
    }),
});

export const kmsKeyTagsCollector = defineCollector({
  key: 'kmsKeyTags',
  scope: 'regional',
  apis: [...KEY_LIST_APIS, 'kms.ListResourceTags'],
  collect: (context, region) =>
    forEachKey<KmsKeyTags>(context, region, async (key) => {
      if (!isCustomerManaged(key)) return {};
      const client = context.clients.get('kms', region);
      const response = await attemptPages({ api: 'kms.ListResourceTags', region, resourceArn: key.arn }, () =>
        paginateListResourceTags({ client }, { KeyId: key.arn }),
      );
      if (!response.ok) {
        const unread = unknownFact(response.failure, 'tags');
        return { item: { arn: key.arn, region, keyId: key.keyId, tags: unread }, failure: unread.unknown };
      }
      const tags: Record<string, string> = {};
      for (const tag of itemsOf(response.value, (page) => page.Tags)) if (tag.TagKey) tags[tag.TagKey] = tag.TagValue ?? '';
      return { item: { arn: key.arn, region, keyId: key.keyId, tags } };
    }),
});
