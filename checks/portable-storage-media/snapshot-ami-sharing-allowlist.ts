import { defineCheck, fail, pass, type Finding } from '../../src/model/check.js';
import type { ResourceRef } from '../../src/model/inventory.js';

interface Grants {
  isPublic: boolean;
  accountIds: string[];
  organizationArns?: string[];
  organizationalUnitArns?: string[];
}

export default defineCheck({
  id: 'snapshot-ami-sharing-allowlist',
  title: 'Snapshots and AMIs are shared only with allow-listed accounts',
  controlArea: 'portable-storage-media',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-3', 'AC-21', 'MP-5'], sp800_171r2: ['3.1.3', '3.1.20'], sp800_171r3: ['03.01.03', '03.01.20'] },
  needs: ['ec2SnapshotPermissions', 'ec2ImagePermissions', 'organization'],
  rationale:
    'Sharing a snapshot or AMI hands a copy of the disk to another account, which then holds the data outside your controls and your audit trail. Controlled-access data may only move to accounts the data access request covers.',
  remediation: {
    summary:
      'Remove shares with accounts that are not in allowedAccounts. Or add the account to allowedAccounts once its use is approved.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --user-ids ACCOUNT_ID  # that account can no longer create volumes from the snapshot',
    docUrl: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  },
  evaluate({ ec2SnapshotPermissions, ec2ImagePermissions, organization }, { account, settings }) {
    const allowed = new Set([...settings.allowedAccounts, account.id]);
    const own = organization[0];
    const ownOrganizationId = own?.isMember ? own.organizationId : undefined;

    function judge(resource: ResourceRef, label: string, grants: Grants): Finding {
      const problems: string[] = [];
      if (grants.isPublic) problems.push('everyone (public)');
      const outsiders = grants.accountIds.filter((id) => !allowed.has(id));
      if (outsiders.length > 0) problems.push(`account(s) ${outsiders.join(', ')} not in allowedAccounts`);
      // Organization grants name an org id in the ARN: `…:organization/o-abc` and `…:ou/o-abc/ou-xyz`.
      const isOwnOrganization = (arn: string) => ownOrganizationId !== undefined && arn.split('/').includes(ownOrganizationId);
      const foreign = [...(grants.organizationArns ?? []), ...(grants.organizationalUnitArns ?? [])].filter((arn) => !isOwnOrganization(arn));
      if (foreign.length > 0) problems.push(`organization/OU ${foreign.join(', ')} outside this account's organization`);
      if (problems.length > 0) return fail(resource, `${label} is shared with ${problems.join('; ')}.`);
      const shares = grants.accountIds.length + (grants.organizationArns?.length ?? 0) + (grants.organizationalUnitArns?.length ?? 0);
      return pass(resource, shares === 0 ? `${label} is not shared with other accounts.` : `${label} is shared only with allow-listed accounts or its own organization.`);
    }

    return [
      ...ec2SnapshotPermissions.map((snapshot) => judge(snapshot, `Snapshot ${snapshot.snapshotId} (${snapshot.region})`, snapshot)),
      ...ec2ImagePermissions.map((image) => judge(image, `AMI ${image.imageId} (${image.region})`, image)),
    ];
  },
});
