/** The accounts a policy may trust without a finding: the scanned account and settings.allowedAccounts. */
export function trustedAccounts(ownAccountId: string, allowedAccounts: readonly string[]): Set<string> {
  return new Set([ownAccountId, ...allowedAccounts]);
}

/** GovCloud (and other isolated partitions) have no root user with console credentials. */
export function hasRootUser(partition: string): boolean {
  return partition === 'aws' || partition === 'aws-cn';
}
