/**
 * The requirements of NIST SP 800-171, so that a requirement no check or manual item covers still appears in the
 * requirement-level verdicts (as "not assessed") instead of silently missing.
 *
 * Rev 3: the 97 requirements of SP 800-171r3 (May 2024) with their titles, from NIST's OSCAL catalog
 * (usnistgov/oscal-content, src/nist.gov/SP800-171/rev3/xml/NIST_SP800-171_rev3_catalog.xml); its 33 withdrawn ids
 * (03.01.13, 03.13.02, …) are left out. Rev 2: the 110 requirements of SP 800-171r2 (February 2020), numbered
 * 3.<family>.<n>; rev 2 gives a requirement a sentence, not a title, so only its family is named.
 */

export interface NistRequirement {
  id: string;
  family: string;
  /** Rev 3 only: the requirement's title. */
  title?: string;
}

/** Rev 2 families: number, name, how many requirements (3.1.1–3.1.22, …). */
const R2_FAMILIES: ReadonlyArray<readonly [number, string, number]> = [
  [1, 'Access Control', 22],
  [2, 'Awareness and Training', 3],
  [3, 'Audit and Accountability', 9],
  [4, 'Configuration Management', 9],
  [5, 'Identification and Authentication', 11],
  [6, 'Incident Response', 3],
  [7, 'Maintenance', 6],
  [8, 'Media Protection', 9],
  [9, 'Personnel Security', 2],
  [10, 'Physical Protection', 6],
  [11, 'Risk Assessment', 3],
  [12, 'Security Assessment', 4],
  [13, 'System and Communications Protection', 16],
  [14, 'System and Information Integrity', 7],
];

export const SP800_171R2_REQUIREMENTS: readonly NistRequirement[] = R2_FAMILIES.flatMap(([family, name, count]) =>
  Array.from({ length: count }, (_, index) => ({ id: `3.${family}.${index + 1}`, family: name })),
);

const R3_FAMILIES: Record<string, string> = {
  '03.01': 'Access Control',
  '03.02': 'Awareness and Training',
  '03.03': 'Audit and Accountability',
  '03.04': 'Configuration Management',
  '03.05': 'Identification and Authentication',
  '03.06': 'Incident Response',
  '03.07': 'Maintenance',
  '03.08': 'Media Protection',
  '03.09': 'Personnel Security',
  '03.10': 'Physical Protection',
  '03.11': 'Risk Assessment',
  '03.12': 'Security Assessment and Monitoring',
  '03.13': 'System and Communications Protection',
  '03.14': 'System and Information Integrity',
  '03.15': 'Planning',
  '03.16': 'System and Services Acquisition',
  '03.17': 'Supply Chain Risk Management',
};

const R3_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['03.01.01', 'Account Management'],
  ['03.01.02', 'Access Enforcement'],
  ['03.01.03', 'Information Flow Enforcement'],
  ['03.01.04', 'Separation of Duties'],
  ['03.01.05', 'Least Privilege'],
  ['03.01.06', 'Least Privilege – Privileged Accounts'],
  ['03.01.07', 'Least Privilege – Privileged Functions'],
  ['03.01.08', 'Unsuccessful Logon Attempts'],
  ['03.01.09', 'System Use Notification'],
  ['03.01.10', 'Device Lock'],
  ['03.01.11', 'Session Termination'],
  ['03.01.12', 'Remote Access'],
  ['03.01.16', 'Wireless Access'],
  ['03.01.18', 'Access Control for Mobile Devices'],
  ['03.01.20', 'Use of External Systems'],
  ['03.01.22', 'Publicly Accessible Content'],
  ['03.02.01', 'Literacy Training and Awareness'],
  ['03.02.02', 'Role-Based Training'],
  ['03.03.01', 'Event Logging'],
  ['03.03.02', 'Audit Record Content'],
  ['03.03.03', 'Audit Record Generation'],
  ['03.03.04', 'Response to Audit Logging Process Failures'],
  ['03.03.05', 'Audit Record Review, Analysis, and Reporting'],
  ['03.03.06', 'Audit Record Reduction and Report Generation'],
  ['03.03.07', 'Time Stamps'],
  ['03.03.08', 'Protection of Audit Information'],
  ['03.04.01', 'Baseline Configuration'],
  ['03.04.02', 'Configuration Settings'],
  ['03.04.03', 'Configuration Change Control'],
  ['03.04.04', 'Impact Analyses'],
  ['03.04.05', 'Access Restrictions for Change'],
  ['03.04.06', 'Least Functionality'],
  ['03.04.08', 'Authorized Software – Allow by Exception'],
  ['03.04.10', 'System Component Inventory'],
  ['03.04.11', 'Information Location'],
  ['03.04.12', 'System and Component Configuration for High-Risk Areas'],
  ['03.05.01', 'User Identification and Authentication'],
  ['03.05.02', 'Device Identification and Authentication'],
  ['03.05.03', 'Multi-Factor Authentication'],
  ['03.05.04', 'Replay-Resistant Authentication'],
  ['03.05.05', 'Identifier Management'],
  ['03.05.07', 'Password Management'],
  ['03.05.11', 'Authentication Feedback'],
  ['03.05.12', 'Authenticator Management'],
  ['03.06.01', 'Incident Handling'],
  ['03.06.02', 'Incident Monitoring, Reporting, and Response Assistance'],
  ['03.06.03', 'Incident Response Testing'],
  ['03.06.04', 'Incident Response Training'],
  ['03.06.05', 'Incident Response Plan'],
  ['03.07.04', 'Maintenance Tools'],
  ['03.07.05', 'Nonlocal Maintenance'],
  ['03.07.06', 'Maintenance Personnel'],
  ['03.08.01', 'Media Storage'],
  ['03.08.02', 'Media Access'],
  ['03.08.03', 'Media Sanitization'],
  ['03.08.04', 'Media Marking'],
  ['03.08.05', 'Media Transport'],
  ['03.08.07', 'Media Use'],
  ['03.08.09', 'System Backup – Cryptographic Protection'],
  ['03.09.01', 'Personnel Screening'],
  ['03.09.02', 'Personnel Termination and Transfer'],
  ['03.10.01', 'Physical Access Authorizations'],
  ['03.10.02', 'Monitoring Physical Access'],
  ['03.10.06', 'Alternate Work Site'],
  ['03.10.07', 'Physical Access Control'],
  ['03.10.08', 'Access Control for Transmission'],
  ['03.11.01', 'Risk Assessment'],
  ['03.11.02', 'Vulnerability Monitoring and Scanning'],
  ['03.11.04', 'Risk Response'],
  ['03.12.01', 'Security Assessment'],
  ['03.12.02', 'Plan of Action and Milestones'],
  ['03.12.03', 'Continuous Monitoring'],
  ['03.12.05', 'Information Exchange'],
  ['03.13.01', 'Boundary Protection'],
  ['03.13.04', 'Information in Shared System Resources'],
  ['03.13.06', 'Network Communications – Deny by Default – Allow by Exception'],
  ['03.13.08', 'Transmission and Storage Confidentiality'],
  ['03.13.09', 'Network Disconnect'],
  ['03.13.10', 'Cryptographic Key Establishment and Management'],
  ['03.13.11', 'Cryptographic Protection'],
  ['03.13.12', 'Collaborative Computing Devices and Applications'],
  ['03.13.13', 'Mobile Code'],
  ['03.13.15', 'Session Authenticity'],
  ['03.14.01', 'Flaw Remediation'],
  ['03.14.02', 'Malicious Code Protection'],
  ['03.14.03', 'Security Alerts, Advisories, and Directives'],
  ['03.14.06', 'System Monitoring'],
  ['03.14.08', 'Information Management and Retention'],
  ['03.15.01', 'Policy and Procedures'],
  ['03.15.02', 'System Security Plan'],
  ['03.15.03', 'Rules of Behavior'],
  ['03.16.01', 'Security Engineering Principles'],
  ['03.16.02', 'Unsupported System Components'],
  ['03.16.03', 'External System Services'],
  ['03.17.01', 'Supply Chain Risk Management Plan'],
  ['03.17.02', 'Acquisition Strategies, Tools, and Methods'],
  ['03.17.03', 'Supply Chain Requirements and Processes'],
];

export const SP800_171R3_REQUIREMENTS: readonly NistRequirement[] = R3_TITLES.map(([id, title]) => ({
  id,
  family: R3_FAMILIES[id.slice(0, 5)] ?? 'Unknown family',
  title,
}));
