/** Inventory item types of AWS Resource Access Manager. */
import type { ResourceRef } from '../inventory.js';

/** One resource share this account owns (GetResourceShares, resourceOwner SELF) with its principals (ListPrincipals). */
export interface RamResourceShare extends ResourceRef {
  region: string;
  name: string;
  status?: string;
  allowExternalPrincipals: boolean;
  /** `id` is an account id, an organization or OU ARN, an IAM role or user ARN, or a service principal. */
  principals: Array<{ id: string; external: boolean }>;
  tags: Record<string, string>;
}
