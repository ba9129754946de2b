import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'sagemaker-domain-vpc-only',
  title: 'SageMaker Studio domains send app traffic through the VPC only',
  controlArea: 'networking',
  severity: 'high',
  nist: {
    sp800_53r5: ['AC-4', 'SC-7', 'SC-7(3)', 'SC-7(5)'],
    sp800_171r2: ['3.1.3', '3.13.1', '3.13.5', '3.13.6'],
    sp800_171r3: ['03.01.03', '03.13.01', '03.13.06'],
  },
  needs: ['sagemakerDomains'],
  rationale:
    'A domain in PublicInternetOnly mode (the default) gives every Studio app internet access through a SageMaker-managed network outside the account\'s VPC controls, the Studio equivalent of a notebook with direct internet access. In VpcOnly mode all app traffic goes through the domain\'s subnets, security groups and VPC endpoints.',
  remediation: {
    summary:
      'Switch the domain to VpcOnly with private subnets. Delete running apps first, and add VPC endpoints for the AWS services Studio needs.',
    cli: 'aws sagemaker update-domain --domain-id DOMAIN_ID --app-network-access-type VpcOnly --subnet-ids SUBNET_ID --default-user-settings SecurityGroups=SG_ID  # running apps must be deleted first; new apps reach AWS only through the VPC',
    docUrl: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html',
  },
  evaluate({ sagemakerDomains }) {
    return sagemakerDomains
      .filter((domain) => domain.status !== 'Deleting')
      .map((domain) => {
        const label = `SageMaker domain ${domain.name} (${domain.domainId})`;
        if (domain.appNetworkAccessType === 'VpcOnly') {
          return pass(domain, `${label} sends app traffic only through VPC ${domain.vpcId ?? '(unknown VPC)'}${domain.subnetIds.length > 0 ? `, subnets ${domain.subnetIds.join(', ')}` : ''}.`);
        }
        return fail(domain, `${label} is in ${domain.appNetworkAccessType} mode: its apps reach the internet outside the VPC's controls.`);
      });
  },
});
