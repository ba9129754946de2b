/** The 12 control areas of the dbGaP security best practices, in the order NIH and AWS list them. */
export const CONTROL_AREAS = [
  { id: 'deployment-model', number: 1, domain: 'Physical Security', title: 'Deployment Model' },
  { id: 'data-location', number: 2, domain: 'Physical Security', title: 'Data Location' },
  { id: 'physical-server-access', number: 3, domain: 'Physical Security', title: 'Physical Server Access' },
  { id: 'portable-storage-media', number: 4, domain: 'Physical Security', title: 'Portable Storage Media' },
  {
    id: 'user-accounts',
    number: 5,
    domain: 'Electronic Security',
    title: 'User Accounts, Passwords, and Access Control Lists',
  },
  { id: 'networking', number: 6, domain: 'Electronic Security', title: 'Internet, Networking, and Data Transfers' },
  { id: 'data-encryption', number: 7, domain: 'Electronic Security', title: 'Data Encryption' },
  { id: 'file-systems-storage', number: 8, domain: 'Electronic Security', title: 'File Systems and Storage Volumes' },
  { id: 'operating-systems', number: 9, domain: 'Electronic Security', title: 'Operating Systems and Applications' },
  { id: 'logging-monitoring', number: 10, domain: 'Electronic Security', title: 'Auditing, Logging and Monitoring' },
  { id: 'authorizing-access', number: 11, domain: 'Data Access Security', title: 'Authorizing Access to Data' },
  {
    id: 'data-cleanup-retention',
    number: 12,
    domain: 'Data Access Security',
    title: 'Cleaning Up Data and Retaining Results',
  },
] as const;

export type ControlAreaId = (typeof CONTROL_AREAS)[number]['id'];
export type ControlArea = (typeof CONTROL_AREAS)[number];

export const CONTROL_AREA_IDS: readonly ControlAreaId[] = CONTROL_AREAS.map((area) => area.id);

export function controlArea(id: ControlAreaId): ControlArea {
  const area = CONTROL_AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown control area ${id}`);
  return area;
}

export function isControlAreaId(value: string): value is ControlAreaId {
  return (CONTROL_AREA_IDS as readonly string[]).includes(value);
}
