/** Builders for CIDR property tests. */
import { formatAddress, parseCidr } from '../../src/rules/cidr-set.js';

/** The two halves of a CIDR (the CIDR itself when it is one address): the same addresses, spelled in two. */
export function halves(text: string): string[] {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`unparsable CIDR ${text}`);
  const bits = parsed.family === 4 ? 32 : 128;
  if (parsed.prefixLength === bits) return [text];
  const half = 1n << BigInt(bits - parsed.prefixLength - 1);
  return [parsed.first, parsed.first + half].map((first) => `${formatAddress(first, parsed.family)}/${parsed.prefixLength + 1}`);
}
