import { accountArn, defineCheck, fail, notApplicable, pass, type Finding } from '../../src/model/check.js';
import type { RdsCluster, RdsInstance, RdsSnapshot } from '../../src/model/items/rds.js';
import { rdsDatabases, rdsLabel } from '../../src/rules/rds.js';

export default defineCheck({
  id: 'rds-data-region-allowed',
  title: 'Every RDS and Aurora database and snapshot is in an allow-listed region',
  controlArea: 'data-location',
  severity: 'high',
  nist: { sp800_53r5: ['CM-12', 'SA-9(5)', 'CM-8'], sp800_171r2: ['3.4.1'], sp800_171r3: ['03.04.11', '03.04.10', '03.16.03'] },
  needs: ['rdsInstances', 'rdsClusters', 'rdsSnapshots'],
  rationale:
    'Cross-region read replicas, Aurora global database secondaries and cross-region snapshot copies put a full copy of a database in another region, often set up once for disaster recovery and then forgotten. The data use agreement and the SSP name where controlled-access data may be stored; a copy anywhere else is outside that approval.',
  remediation: {
    summary:
      'Remove copies outside allowed regions, or allow the region in the SSP. Delete a copy only after confirming the primary in an allowed region is complete; add the region to allowedRegions only if the SSP and data use agreement allow it.',
    cli: 'aws rds describe-db-snapshots --region REGION --query "DBSnapshots[].[DBSnapshotIdentifier,SourceRegion,SnapshotCreateTime]"  # read-only: lists the snapshots in the region and where each was copied from, before any deletion',
    docUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
  },
  evaluate({ rdsInstances, rdsClusters, rdsSnapshots }, { account, settings }) {
    // data-region-allowlist already reports a missing allow-list once for the account.
    if (settings.allowedRegions.length === 0) {
      return [notApplicable(accountArn(account), 'No allowedRegions are configured; data-region-allowlist reports that once for the account.')];
    }
    const allowed = new Set(settings.allowedRegions.map((region) => region.toLowerCase()));
    const allowedText = settings.allowedRegions.join(', ');
    const origin = (resource: RdsInstance | RdsCluster | RdsSnapshot): string => {
      if ('snapshotId' in resource) return resource.sourceRegion ? `, copied from ${resource.sourceRegion}` : '';
      const source = 'members' in resource ? resource.replicationSource : resource.readReplicaSource;
      return source ? `, a replica of ${source}` : '';
    };
    const judge = (resource: RdsInstance | RdsCluster | RdsSnapshot): Finding =>
      allowed.has(resource.region.toLowerCase())
        ? pass(resource, `${rdsLabel(resource)} is in ${resource.region}, an allowed region.`)
        : fail(resource, `${rdsLabel(resource)}${origin(resource)} is in ${resource.region}, outside the allowed regions (${allowedText}).`);
    return [...rdsDatabases(rdsInstances, rdsClusters).map(judge), ...rdsSnapshots.map(judge)];
  },
});
