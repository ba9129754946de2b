/** The callers the adversarial questions are asked about. */
import type { RequestPrincipal } from './request.js';

/**
 * Where the caller can call from: `outside` = an address or VPC endpoint of their own, never one the policy names
 * (the question "is it public?"); `anywhere` = also the owner's networks, for questions about who (not where), such as
 * "does the policy grant anything to another account?", where an insider can use foreign credentials in-house.
 */
export type NetworkReach = 'outside' | 'anywhere';

export type Outsider =
  /** An unsigned request from anywhere on the internet (with `anywhere`, also from the owner's networks). */
  | { readonly kind: 'anonymous'; readonly network?: NetworkReach }
  /**
   * A principal of any AWS account that is neither trusted nor named by the policy (the account, its principals'
   * names, organization and VPC endpoints are theirs to choose). With `inOrganization`, an account of an
   * organization the policy names.
   */
  | { readonly kind: 'any-account'; readonly inOrganization?: boolean; readonly network?: NetworkReach }
  /** A principal of one named account that is not trusted. */
  | { readonly kind: 'account'; readonly account: string; readonly network?: NetworkReach }
  /**
   * A principal of the resource's own account: `ordinary` = one the policy does not single out by name (a stolen
   * analyst key), `any` = any of them; `outside` = from a network or VPC endpoint the policy does not name.
   */
  | { readonly kind: 'own-account'; readonly principals: 'ordinary' | 'any'; readonly network: 'outside' | 'anywhere' }
  /**
   * An AWS service principal acting for a resource in an account that is not trusted (confused deputy): any such
   * account, or one the policy names (`forAccount`).
   */
  | { readonly kind: 'service'; readonly service: string; readonly forAccount?: string }
  /** Anyone who can obtain a token from this web identity provider. */
  | { readonly kind: 'federated'; readonly provider: string }
  /** The principal itself (identity policies): it chooses every key it can. */
  | { readonly kind: 'self'; readonly principal: RequestPrincipal };
