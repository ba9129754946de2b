import { accountArn, defineCheck, manual } from '../../src/model/check.js';

export default defineCheck({
  id: 'file-systems-storage-data-copies-attestation',
  title: 'Every storage location of controlled-access data is known, access-controlled and encrypted',
  controlArea: 'file-systems-storage',
  severity: 'medium',
  nist: {
    sp800_53r5: ['CM-8', 'CM-12', 'SC-28', 'MP-4'],
    sp800_171r2: ['3.4.1', '3.8.1', '3.13.16'],
    sp800_171r3: ['03.04.10', '03.04.11', '03.08.01', '03.13.08'],
  },
  needs: [],
  kind: 'manual',
  rationale:
    'The scanner sees S3 and EBS, but working copies also live on instance-store disks, shared file systems, scratch space of batch jobs and analysts\u2019 workstations. Only the institution can state where every copy is and how it is protected.',
  remediation: {
    summary:
      'Attach the data-flow inventory for the project: each file system, volume or share holding controlled-access data (including instance store, EFS/FSx and on-premises copies), its encryption, who can read it, and how it is cleaned up at close-out.',
  },
  evaluate: (_, { account }) => [
    manual(
      accountArn(account),
      'Attest that every file system and storage volume holding controlled-access data (including copies outside S3/EBS) is inventoried, restricted to approved users and encrypted at rest.',
    ),
  ],
});
