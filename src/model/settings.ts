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
  /** Tag names of the dbGaP tagging convention (project id, and the ISO date the data use ends). */
  dbgapTags: { project: string; expiry: string; closeout: string };
  /** Tag that exempts an instance from the no-public-IP check (bastions). */
  publicExemptTag: string;
  /** The institution's SSP requires single-tenant hardware. */
  requireDedicatedTenancy: boolean;
  /** Flow logs must capture this traffic type (ALL, or REJECT if the SSP accepts it). */
  flowLogTrafficType: 'ALL' | 'REJECT';
  passwordPolicy: {
    minimumLength: number;
    reusePrevention: number;
    /** Maximum password age in days; null = do not require expiry (SP 800-63B / 800-171r3 favour no forced rotation). */
    maxAgeDays: number | null;
  };
  thresholds: {
    unusedCredentialDays: number;
    accessKeyRotationDays: number;
    rootUseWindowDays: number;
    logRetentionDays: number;
    orphanedVolumeDays: number;
    maxSnapshotAgeDays: number;
    maxStoppedDays: number;
    patchScanMaxAgeDays: number;
    maxAmiAgeDays: number;
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
  dbgapTags: { project: 'dbgap:project', expiry: 'dbgap:expiry', closeout: 'dbgap:closeout' },
  publicExemptTag: 'dbgap:public-exempt',
  requireDedicatedTenancy: false,
  flowLogTrafficType: 'ALL',
  passwordPolicy: { minimumLength: 14, reusePrevention: 24, maxAgeDays: null },
  thresholds: {
    unusedCredentialDays: 45,
    accessKeyRotationDays: 90,
    rootUseWindowDays: 30,
    logRetentionDays: 365,
    orphanedVolumeDays: 14,
    maxSnapshotAgeDays: 365,
    maxStoppedDays: 30,
    patchScanMaxAgeDays: 7,
    maxAmiAgeDays: 180,
  },
};
