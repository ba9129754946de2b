import { DAY_MS } from '../../src/rules/dates.js';
import { defineCheck, fail, pass } from '../../src/model/check.js';


export default defineCheck({
  id: 'ssm-patch-compliance',
  title: 'Managed instances are patch-compliant and were scanned recently',
  controlArea: 'operating-systems',
  severity: 'high',
  nist: {
    sp800_53r5: ['SI-2', 'SI-2(2)', 'SI-2(5)', 'CM-8(3)', 'RA-3', 'RA-5'],
    sp800_171r2: ['3.14.1', '3.14.2', '3.14.3', '3.11.3'],
    sp800_171r3: ['03.14.01', '03.14.02', '03.14.03', '03.11.02'],
  },
  needs: ['ssmManagedInstances', 'ssmPatchCompliance'],
  rationale:
    'Unpatched operating systems are the most common way into analysis hosts. Patch Manager compliance is the evidence that security updates are applied on time; a host with no recent scan gives no such evidence.',
  remediation: {
    summary:
      'Scan and patch every managed node on a schedule with Patch Manager. Associate each node with a patch baseline and a maintenance window (or a Quick Setup patch policy) that scans at least as often as patchScanMaxAgeDays and installs missing updates.',
    cli: 'aws ssm list-compliance-items --resource-ids INSTANCE_ID --resource-types ManagedInstance --filters Key=ComplianceType,Values=Patch',
    docUrl: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  },
  evaluate({ ssmManagedInstances, ssmPatchCompliance }, { settings, now }) {
    const compliance = new Map(ssmPatchCompliance.map((entry) => [`${entry.region}/${entry.resourceId}`, entry]));
    const maxAgeDays = settings.thresholds.patchScanMaxAgeDays;
    return ssmManagedInstances
      // Inactive nodes are terminated or deregistered: nothing left to patch.
      .filter((node) => node.pingStatus !== 'Inactive')
      .map((node) => {
        const label = `Managed node ${node.instanceId}`;
        const entry = compliance.get(`${node.region}/${node.instanceId}`);
        if (!entry) return fail(node, `${label} has never been assessed for patch compliance.`);
        if (entry.status === 'NON_COMPLIANT') {
          const { critical, high, medium, low } = entry.nonCompliant;
          return fail(node, `${label} is missing patches: ${critical} critical, ${high} high, ${medium} medium, ${low} low.`);
        }
        if (entry.status !== 'COMPLIANT') return fail(node, `${label} has patch compliance status ${entry.status}.`);
        if (!entry.executionTime) return fail(node, `${label} is patch-compliant but the time of its last scan is not reported.`, 'medium');
        const ageDays = Math.floor((now.getTime() - Date.parse(entry.executionTime)) / DAY_MS);
        if (ageDays > maxAgeDays) {
          return fail(node, `${label} was last scanned for patches ${ageDays} days ago (limit ${maxAgeDays}); its compliance is stale.`, 'medium');
        }
        return pass(node, `${label} is patch-compliant (last scan ${ageDays} day(s) ago).`);
      });
  },
});
