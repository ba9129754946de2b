import { defineCheck, error, fail, pass } from '../../src/model/check.js';
import { holdsControlledData, severityForStore } from '../../src/rules/data-classification.js';
import { describeAnswer, findAllowedRequest, parsePolicy, type AccessAnswer, type Outsider } from '../../src/rules/iam-policy/index.js';

/**
 * Who might mount without TLS: any principal of the file system's own account (an identity policy can allow it), an
 * NFS client that mounts without IAM (anonymous to EFS), and principals of other accounts the policy may admit.
 */
const NFS_CLIENTS: readonly Outsider[] = [
  { kind: 'own-account', principals: 'any', network: 'anywhere' },
  { kind: 'anonymous', network: 'anywhere' },
  { kind: 'any-account', network: 'anywhere' },
];

/** The NFS client actions a file system policy governs (EFS User Guide, "Using IAM to control NFS access"). */
const CLIENT_ACTIONS = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'];

export default defineCheck({
  id: 'efs-tls-required',
  title: 'EFS file system policies deny NFS access without TLS',
  controlArea: 'data-encryption',
  severity: 'high',
  nist: { sp800_53r5: ['SC-8', 'SC-8(1)', 'SC-13'], sp800_171r2: ['3.13.8', '3.13.11'], sp800_171r3: ['03.13.08', '03.13.11'] },
  needs: ['efsFileSystems', 'efsFileSystemPolicies'],
  rationale:
    'NFS traffic is clear text unless the client mounts with TLS (the EFS mount helper’s tls option). Only a file system policy that denies every client action when aws:SecureTransport is false makes TLS mandatory; without a policy EFS grants every client that can reach a mount target full access.',
  remediation: {
    summary:
      'Deny every action when aws:SecureTransport is false in the policy. Add the statement for all principals, merged into the existing file system policy, and mount clients with `mount -t efs -o tls`.',
    cli: `aws efs describe-file-system-policy --file-system-id FS_ID --query Policy --output text > policy.json && jq '.Statement += [{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Resource":"FS_ARN","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]' policy.json > merged.json && aws efs put-file-system-policy --file-system-id FS_ID --policy file://merged.json  # merges into the existing policy (put replaces it whole); with none yet (PolicyNotFound) start policy.json from {"Version":"2012-10-17","Statement":[]} and add the statement that allows your clients`,
    docUrl: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
  },
  evaluate({ efsFileSystems, efsFileSystemPolicies }, { account, settings, now }) {
    const tagsByArn = new Map(efsFileSystems.map((fileSystem) => [fileSystem.arn, fileSystem.tags]));
    return efsFileSystemPolicies.map((entry) => {
      const tags = tagsByArn.get(entry.arn);
      const classified = holdsControlledData({ kind: 'efs-file-system', name: entry.fileSystemId, tags }, settings);
      const dbgap = classified || tags !== undefined ? classified : 'unknown';
      const severity = severityForStore(dbgap, 'high');
      const label = `EFS file system ${entry.fileSystemId}${dbgap === true ? ' (dbGaP data)' : ''}`;
      if (entry.policy === null) return fail(entry, `${label} has no file system policy, so NFS clients may mount without TLS.`, severity);
      const policy = parsePolicy(entry.policy);
      if (!policy) return error(entry, `${label} has a file system policy that could not be read as a policy document, so whether it denies NFS without TLS is unknown.`);
      let unknown: AccessAnswer | undefined;
      for (const outsider of NFS_CLIENTS) {
        const answer = findAllowedRequest({
          policies: [policy],
          kind: 'resource',
          outsider,
          target: { kind: 'resource', arn: entry.arn },
          actions: { names: CLIENT_ACTIONS },
          account,
          trustedAccounts: settings.allowedAccounts,
          now,
          transport: 'http',
          // A principal of the file system's own account needs an Allow in its identity policy or the file system policy.
          identityMayAllow: outsider.kind === 'own-account',
        });
        if (answer.verdict === 'allowed') return fail(entry, `${label} does not deny every NFS request made without TLS: ${describeAnswer(answer)}.`, severity);
        if (answer.verdict === 'unknown') unknown ??= answer;
      }
      if (unknown) return error(entry, `${label}: whether its policy denies every NFS request without TLS is unknown: ${describeAnswer(unknown)}.`);
      return pass(entry, `${label} denies every NFS client action made without TLS, whoever sends it.`);
    });
  },
});
