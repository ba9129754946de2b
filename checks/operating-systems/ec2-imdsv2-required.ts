import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';
import { isLiveInstanceState } from '../../src/rules/instance-state.js';

export default defineCheck({
  id: 'ec2-imdsv2-required',
  title: 'Instances require IMDSv2, and the account default requires it for new instances',
  controlArea: 'operating-systems',
  severity: 'high',
  nist: { sp800_53r5: ['AC-3', 'AC-6', 'CM-6'], sp800_171r2: ['3.1.1', '3.1.2', '3.4.2'], sp800_171r3: ['03.01.01', '03.01.02', '03.04.02'] },
  needs: ['ec2Instances', 'ec2InstanceMetadataDefaults'],
  rationale:
    'With IMDSv1, a server-side request forgery in any web tool on an analysis host (a notebook, a genome browser) can read the instance role credentials and, through them, the controlled-access data the role can reach. IMDSv2 session tokens defeat that attack.',
  remediation: {
    summary:
      'Require IMDSv2 on every instance and as the regional account default. Software that still uses IMDSv1 breaks: check the MetadataNoToken CloudWatch metric first.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-tokens required --http-endpoint enabled  # IMDSv1 calls then fail: check the MetadataNoToken metric first',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  },
  evaluate({ ec2Instances, ec2InstanceMetadataDefaults }) {
    const instances = ec2Instances
      .filter((instance) => isLiveInstanceState(instance.state))
      .map((instance): Finding => {
        const label = `Instance ${instance.instanceId}`;
        const options = instance.metadataOptions;
        if (!options || (!options.httpTokens && !options.httpEndpoint)) {
          return error(instance, `${label}: the API reported no metadata options.`);
        }
        if (options.httpEndpoint === 'disabled') return pass(instance, `${label} has the metadata endpoint disabled.`);
        if (options.httpTokens === 'required') return pass(instance, `${label} requires IMDSv2 session tokens.`);
        return fail(instance, `${label} allows IMDSv1 (HttpTokens ${options.httpTokens ?? 'not set'}).`);
      });
    // The account default only affects instances launched later: a lesser finding than a live IMDSv1 instance.
    const defaults = ec2InstanceMetadataDefaults.map((entry) =>
      entry.httpTokens === 'required'
        ? pass(entry, `The ${entry.region} account default requires IMDSv2 for new instances.`)
        : fail(
            entry,
            `The ${entry.region} account default does not require IMDSv2 (${entry.httpTokens ?? 'no default set'}); new instances may launch with IMDSv1.`,
            'medium',
          ),
    );
    return [...instances, ...defaults];
  },
});
