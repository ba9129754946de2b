/** Phrases shared by the data inventory's sources: a fact that could not be read (`unknown (<IAM action> denied)`). */
import type { CollectionFailure } from '../../model/failure.js';

/** The failure that leaves `arn`'s fact unknown (its own, its region's, or the whole key's), as a phrase; undefined when none. */
export function unreadPhrase(failures: readonly CollectionFailure[] | undefined, arn: string, region: string | undefined): string | undefined {
  const failure = (failures ?? []).find(
    (candidate) => candidate.resourceArn === arn || (!candidate.resourceArn && (candidate.region === undefined || candidate.region === region)),
  );
  if (!failure) return undefined;
  return `unknown (${failure.action} ${failure.kind === 'access-denied' ? 'denied' : 'failed'})`;
}

/** The account id of an ARN (empty when there is none). */
export function accountOfArn(arn: string | undefined): string {
  return arn?.split(':')[4] ?? '';
}
