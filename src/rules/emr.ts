/** What an EMR security configuration leaves unencrypted. */
import type { EmrSecurityConfiguration } from '../model/items/emr.js';

/** The encryption a security configuration does not turn on, in words; empty when it turns on both. */
export function missingEmrEncryption(configuration: EmrSecurityConfiguration): string[] {
  const missing: string[] = [];
  if (!configuration.atRestEncryption) missing.push('at-rest encryption');
  if (!configuration.inTransitEncryption) missing.push('in-transit encryption');
  return missing;
}
