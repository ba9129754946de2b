/**
 * Tunable settings a check may read (DESIGN.md §4 rule 5). They come from the config file; checks receive them
 * through their evaluation context and never read files or the environment themselves.
 */
export interface Settings {
  /** Regions where controlled-access data may live. Empty = no allow-list configured. */
  allowedRegions: string[];
  /** Other AWS accounts trusted to receive data or assume roles. */
  allowedAccounts: string[];
  /** Which buckets hold controlled-access (dbGaP) data: by exact name and/or by tag. */
  dbgapBuckets: { names: string[]; tag: { key: string; value?: string } };
  /** Institutional CIDRs from which administrative ports may be reached. */
  approvedAdminCidrs: string[];
  /** Ports treated as administrative (SSH, RDP, WinRM, VNC…). */
  adminPorts: number[];
  /** Ports that may be open to the internet. */
  authorizedPublicPorts: number[];
  /** IAM principals (ARNs or names) allowed to hold administrator access. */
  breakGlassPrincipals: string[];
  thresholds: {
    unusedCredentialDays: number;
    accessKeyRotationDays: number;
    rootUseWindowDays: number;
    logRetentionDays: number;
    orphanedVolumeDays: number;
    maxSnapshotAgeDays: number;
    maxStoppedDays: number;
    patchScanMaxAgeDays: number;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  allowedRegions: [],
  allowedAccounts: [],
  dbgapBuckets: { names: [], tag: { key: 'dbgap:project' } },
  approvedAdminCidrs: [],
  adminPorts: [22, 3389],
  authorizedPublicPorts: [443],
  breakGlassPrincipals: [],
  thresholds: {
    unusedCredentialDays: 45,
    accessKeyRotationDays: 90,
    rootUseWindowDays: 30,
    logRetentionDays: 365,
    orphanedVolumeDays: 14,
    maxSnapshotAgeDays: 365,
    maxStoppedDays: 30,
    patchScanMaxAgeDays: 7,
  },
};
