import { accountArn, defineCheck, error, fail, notApplicable, pass } from '../../src/model/check.js';
import { aRequest, describeAnswer, parsePolicy, roleSession } from '../../src/rules/iam-policy/index.js';
import { candidateRegions, REGIONAL_ACTIONS, regionEscape, whatStops, type ScpLevel } from '../../src/rules/service-control-policies.js';

export default defineCheck({
  id: 'org-scp-region-deny',
  title: 'A service control policy denies actions outside the allowed regions',
  controlArea: 'data-location',
  severity: 'medium',
  nist: { sp800_53r5: ['AC-3', 'CM-7', 'SA-9(5)'], sp800_171r2: ['3.4.6'], sp800_171r3: ['03.04.06', '03.04.11'] },
  needs: ['organization', 'organizationScps'],
  rationale:
    'Default regions cannot be turned off; only a service control policy keeps an administrator or a compromised key from creating storage in a region the data use agreement does not cover. It is the preventive twin of the data-location inventory.',
  remediation: {
    summary:
      'Attach an SCP that denies actions outside allowedRegions. Attach it to the account, its OU or the root: deny all actions (except global services in NotAction) when aws:RequestedRegion is not one of allowedRegions (the Control Tower region-deny control does this).',
    cli: 'aws organizations attach-policy --policy-id POLICY_ID --target-id ACCOUNT_OR_OU_ID  # try it on a sandbox OU first: the deny applies to every principal in scope',
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
  },
  evaluate({ organization, organizationScps }, { account, settings, now }) {
    const target = accountArn(account);
    if (settings.allowedRegions.length === 0) {
      return [notApplicable(target, 'No allowedRegions are configured, so there is no region set an SCP should enforce.')];
    }
    const membership = organization[0];
    if (!membership) return [];
    if (!membership.isMember) return [fail(target, 'The account is standalone: no service control policy can restrict its regions.')];
    if (membership.featureSet !== 'ALL')
      return [fail(target, `Organization ${membership.organizationId ?? ''} uses ${membership.featureSet ?? 'an unknown feature set'}: service control policies are not available.`)];
    if (membership.managementAccountId === account.id)
      return [fail(target, 'This is the organization management account, which service control policies never restrict.')];
    const applied = organizationScps[0];
    if (!applied) return [error(target, 'The service control policies applying to the account were not collected.')];

    const unreadable = applied.policies.filter((policy) => !parsePolicy(policy.document));
    if (unreadable.length > 0) return [error(target, `SCP ${unreadable.map((policy) => `${policy.name} (${policy.id})`).join(', ')} could not be read as a policy document.`)];
    const levels: ScpLevel[] = applied.path.map((level) => ({
      label: `${level.type.toLowerCase()} ${level.id}`,
      policies: applied.policies
        .filter((policy) => policy.attachedTo.includes(level.id))
        .map((policy) => ({ label: `${policy.name} (${policy.id}, attached to ${policy.attachedTo.join(', ')})`, policy: parsePolicy(policy.document) as NonNullable<ReturnType<typeof parsePolicy>> })),
    }));
    const escape = regionEscape(levels, settings.allowedRegions, { account, now });
    if (escape?.answer.verdict === 'allowed') {
      return [fail(target, `The SCPs leave ${escape.region} open, outside allowedRegions: ${describeAnswer(escape.answer)}.`)];
    }
    if (escape) return [error(target, `Whether the SCPs leave ${escape.region} open is unknown: ${describeAnswer(escape.answer)}.`)];
    // Say what stops a representative request, so the evidence names the SCP doing the work.
    const region = candidateRegions(levels, settings.allowedRegions)[0] ?? 'another region';
    const probe = aRequest(roleSession(account.id, 'dbgap-audit-probe', { partition: account.partition }), REGIONAL_ACTIONS[0] as string, '*', { 'aws:RequestedRegion': region });
    const stops = whatStops(levels, probe);
    const how =
      stops.denies.length > 0
        ? `SCP ${stops.denies.join('; ')} denies them`
        : stops.levelWithoutAllow
          ? `no SCP attached to ${stops.levelWithoutAllow.label} (${stops.levelWithoutAllow.policies.map((entry) => entry.label.split(' (')[0]).join(', ')}) allows them, so they are implicitly denied`
          : 'they are denied';
    return [pass(target, `Requests to regional services outside allowedRegions (${settings.allowedRegions.join(', ')}; e.g. ${region}) are denied for this account's principals: ${how}.`)];
  },
});
