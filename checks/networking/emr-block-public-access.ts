import { defineCheck, fail, pass } from '../../src/model/check.js';
import type { EmrBlockPublicAccess } from '../../src/model/items/emr.js';

/** The port range EMR's block public access permits by default (SSH). */
const DEFAULT_PERMITTED = { from: 22, to: 22 };

export default defineCheck({
  id: 'emr-block-public-access',
  title: 'EMR block public access is on and permits no public port beyond SSH',
  controlArea: 'networking',
  severity: 'high',
  nist: { sp800_53r5: ['AC-4', 'SC-7', 'SC-7(5)', 'CM-7'], sp800_171r2: ['3.1.3', '3.13.1', '3.13.6', '3.4.7'], sp800_171r3: ['03.01.03', '03.13.01', '03.13.06', '03.04.06'] },
  needs: ['emrBlockPublicAccess'],
  rationale:
    'Block public access stops EMR from launching a cluster whose security groups admit 0.0.0.0/0 or ::/0 on any port not listed as an exception. With it off, one permissive group opens the master node\'s web interfaces (YARN, Spark, Jupyter), which serve the data being analysed. AWS permits port 22 by default; every other exception is reported (Security Hub EMR.2).',
  remediation: {
    summary:
      'Turn on EMR block public access and keep exceptions to port 22 at most. The setting applies to clusters launched after the change.',
    cli: `aws emr put-block-public-access-configuration --block-public-access-configuration '{"BlockPublicSecurityGroupRules":true,"PermittedPublicSecurityGroupRuleRanges":[{"MinRange":22,"MaxRange":22}]}'  # replaces the region's setting; applies to clusters launched afterwards`,
    docUrl: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html',
  },
  evaluate({ emrBlockPublicAccess }) {
    return emrBlockPublicAccess.map((setting) => {
      if (!setting.blockPublicSecurityGroupRules) {
        return fail(setting, `EMR block public access is off in ${setting.region}: clusters may launch with security groups open to the internet.`);
      }
      const portsOf = (ranges: EmrBlockPublicAccess['permittedPortRanges']) => ranges.map((range) => (range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`));
      const ranges = portsOf(setting.permittedPortRanges);
      const beyond = setting.permittedPortRanges.filter((range) => range.from < DEFAULT_PERMITTED.from || range.to > DEFAULT_PERMITTED.to);
      // Decision: the block itself is on, so an extra exception is one level below "block public access off".
      if (beyond.length > 0) {
        return fail(setting, `EMR block public access in ${setting.region} lets clusters open port(s) ${portsOf(beyond).join(', ')} to the internet, beyond AWS's default exception of port 22.`, 'medium');
      }
      return pass(setting, `EMR block public access is on in ${setting.region}${ranges.length > 0 ? `, permitting only port(s) ${ranges.join(', ')}` : ' with no exceptions'}.`);
    });
  },
});
