import type { RamResourceShare } from '../../src/model/items/ram.js';
import { ACCOUNT } from './inventory.js';

export function aShare(name: string, allowExternalPrincipals: boolean, principals: Array<{ id: string; external: boolean }>): RamResourceShare {
  return { arn: `arn:aws:ram:us-east-1:${ACCOUNT.id}:resource-share/${name}`, region: 'us-east-1', name, allowExternalPrincipals, principals, tags: {} };
}
