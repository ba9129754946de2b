import { paginateGetResourceShares, paginateListPrincipals } from '@aws-sdk/client-ram';
import type { RamResourceShare } from '../model/items/ram.js';
import { defineCollector } from './collector.js';
import { listAll } from './paginate.js';

export const ramResourceSharesCollector = defineCollector({
  key: 'ramResourceShares',
  scope: 'regional',
  apis: ['ram.GetResourceShares', 'ram.ListPrincipals'],
  async collect(context, region) {
    const client = context.clients.get('ram', region);
    // One listing of every principal of every share this account owns, grouped by share below.
    const [shares, principals] = await Promise.all([
      listAll({ api: 'ram.GetResourceShares', region }, () => paginateGetResourceShares({ client }, { resourceOwner: 'SELF' }), (page) => page.resourceShares),
      listAll({ api: 'ram.ListPrincipals', region }, () => paginateListPrincipals({ client }, { resourceOwner: 'SELF' }), (page) => page.principals),
    ]);
    if (!shares.ok) return { items: [], failures: [shares.failure] };
    if (!principals.ok) return { items: [], failures: [principals.failure] };
    const byShare = new Map<string, Array<{ id: string; external: boolean }>>();
    for (const principal of principals.value) {
      const share = principal.resourceShareArn ?? '';
      const list = byShare.get(share) ?? [];
      if (principal.id && !list.some((entry) => entry.id === principal.id)) list.push({ id: principal.id, external: principal.external ?? true });
      byShare.set(share, list);
    }
    const items = shares.value
      // Deleted shares share nothing.
      .filter((share) => share.status !== 'DELETED')
      .map((share): RamResourceShare => {
        const tags: Record<string, string> = {};
        for (const tag of share.tags ?? []) if (tag.key) tags[tag.key] = tag.value ?? '';
        const item: RamResourceShare = {
          arn: share.resourceShareArn ?? '',
          region,
          name: share.name ?? '',
          allowExternalPrincipals: share.allowExternalPrincipals ?? true,
          principals: byShare.get(share.resourceShareArn ?? '') ?? [],
          tags,
        };
        if (share.status) item.status = share.status;
        return item;
      });
    return { items, failures: [] };
  },
});
