import { defineCheck, pass, regionalAccountRef, type Finding } from '../../src/model/check.js';
import type { Ec2Volume } from '../../src/model/items/ec2.js';

function summarize(region: string, volumes: readonly Ec2Volume[]): string {
  const byType = new Map<string, { count: number; sizeGiB: number }>();
  let totalGiB = 0;
  for (const volume of volumes) {
    const type = volume.volumeType ?? 'unknown';
    const entry = byType.get(type) ?? { count: 0, sizeGiB: 0 };
    entry.count += 1;
    entry.sizeGiB += volume.sizeGiB ?? 0;
    totalGiB += volume.sizeGiB ?? 0;
    byType.set(type, entry);
  }
  const types = [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, entry]) => `${type} ${entry.count} (${entry.sizeGiB} GiB)`)
    .join(', ');
  const encrypted = volumes.filter((volume) => volume.encrypted).length;
  const attached = volumes.filter((volume) => volume.attachments.length > 0).length;
  return (
    `${region}: ${volumes.length} EBS volume(s), ${totalGiB} GiB; by type: ${types}; ` +
    `encrypted ${encrypted}, unencrypted ${volumes.length - encrypted}; attached ${attached}, unattached ${volumes.length - attached}.`
  );
}

export default defineCheck({
  id: 'storage-volume-inventory',
  title: 'Block storage is inventoried by type, size, encryption and attachment',
  controlArea: 'file-systems-storage',
  severity: 'informational',
  nist: { sp800_53r5: ['CM-8'], sp800_171r2: ['3.4.1'], sp800_171r3: ['03.04.10'] },
  needs: ['ec2Volumes'],
  rationale:
    'The security plan has to say where controlled-access data can rest. A per-region count of EBS volumes by type, encryption and attachment is the evidence that the storage described in the plan is the storage that exists, and makes stray or unencrypted capacity visible at a glance.',
  remediation: {
    summary:
      'Evidence only: attach this summary to the SSP storage section. Reconcile it with the volumes the plan describes; the encryption and orphaned-volume checks carry the pass/fail judgements.',
    cli: 'aws ec2 describe-volumes --region REGION --query "Volumes[].{Id:VolumeId,Type:VolumeType,Size:Size,State:State,Encrypted:Encrypted}" --output table',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-describing-volumes.html',
  },
  evaluate({ ec2Volumes }, { account, regions }) {
    const findings: Finding[] = [];
    const seen = [...new Set([...regions, ...ec2Volumes.map((volume) => volume.region)])];
    for (const region of seen) {
      const volumes = ec2Volumes.filter((volume) => volume.region === region);
      if (volumes.length > 0) findings.push(pass(regionalAccountRef(account, 'ec2', region), summarize(region, volumes)));
    }
    return findings;
  },
});
