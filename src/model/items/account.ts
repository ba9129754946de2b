/** Inventory item types of the account itself (alias, security contact, regions). */
import type { ResourceRef } from '../inventory.js';

/** IAM ListAccountAliases: at most one alias exists today, but the API returns a list. */
export interface AccountAliases extends ResourceRef {
  aliases: string[];
}

/** The SECURITY alternate contact (Account GetAlternateContact). Only who, never phone numbers. */
export interface AccountSecurityContact extends ResourceRef {
  /** false when AWS answered ResourceNotFoundException (no security contact set). */
  isRegistered: boolean;
  name?: string;
  title?: string;
}

/** One region of the partition as DescribeRegions(AllRegions) reports it. */
export interface AccountRegion extends ResourceRef {
  regionName: string;
  /** `opt-in-not-required` (always on), `opted-in` or `not-opted-in`. */
  optInStatus: string;
}
