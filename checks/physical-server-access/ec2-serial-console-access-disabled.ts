import { defineCheck, fail, pass } from '../../src/model/check.js';

export default defineCheck({
  id: 'ec2-serial-console-access-disabled',
  title: 'EC2 serial console access is disabled in every region',
  controlArea: 'physical-server-access',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-17', 'MA-4', 'AC-6'], sp800_171r2: ['3.1.12', '3.7.5'], sp800_171r3: ['03.01.12', '03.07.05'] },
  needs: ['ec2SerialConsole'],
  rationale:
    'The serial console is the cloud equivalent of standing at the server: it reaches an instance below its network controls and security groups, even when the OS is misconfigured. Leaving it off unless a break-glass procedure turns it on keeps that path closed.',
  remediation: {
    summary:
      'Disable EC2 serial console access in each region. Enable it only temporarily for break-glass troubleshooting.',
    cli: 'aws ec2 disable-serial-console-access --region REGION  # closes the serial console of every instance in the region',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html',
  },
  evaluate({ ec2SerialConsole }) {
    return ec2SerialConsole.map((setting) => {
      const managed = setting.managedBy === 'declarative-policy' ? ' (enforced by an EC2 declarative policy)' : '';
      return setting.enabled
        ? fail(setting, `EC2 serial console access is enabled in ${setting.region}${managed}: principals allowed ec2-instance-connect:SendSerialConsoleSSHPublicKey can reach instance consoles.`)
        : pass(setting, `EC2 serial console access is disabled in ${setting.region}${managed}.`);
    });
  },
});
