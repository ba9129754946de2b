import { accountArn, defineCheck, error, fail, notApplicable, pass } from '../../src/model/check.js';
import { baseOperator, normalizePolicy, type PolicyStatement } from '../../src/model/policy.js';

const REGION_KEY = 'aws:requestedregion';
const NOT_EQUALS = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase']);
const EQUALS = new Set(['StringEquals', 'StringEqualsIgnoreCase']);

/** The regions an Allow statement is limited to (its StringEquals list), or undefined if it has no such limit. */
function regionsAllowed(statement: PolicyStatement): string[] | undefined {
  if (statement.effect !== 'Allow') return undefined;
  const conditions = statement.conditions.filter((c) => c.key === REGION_KEY && EQUALS.has(baseOperator(c.operator)));
  return conditions.length > 0 ? conditions.flatMap((c) => c.values) : undefined;
}

/** The regions a Deny statement leaves open (its StringNotEquals list), or undefined if it is no region deny. */
function regionsLeftOpen(statement: PolicyStatement): string[] | undefined {
  if (statement.effect !== 'Deny') return undefined;
  const conditions = statement.conditions.filter((c) => c.key === REGION_KEY && NOT_EQUALS.has(baseOperator(c.operator)));
  if (conditions.length === 0) return undefined;
  return conditions.flatMap((c) => c.values);
}

/** Does the Deny reach (almost) every action and resource? A NotAction list of global services is normal. */
function isBroad(statement: PolicyStatement): boolean {
  const everyAction = statement.notActions !== undefined || (statement.actions ?? []).includes('*');
  const everyResource = statement.notResources === undefined && (statement.resources === undefined || statement.resources.includes('*'));
  return everyAction && everyResource;
}

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
  evaluate({ organization, organizationScps }, { account, settings }) {
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

    const allowed = new Set(settings.allowedRegions.map((region) => region.toLowerCase()));
    const partial: string[] = [];
    for (const policy of applied.policies) {
      const normalized = normalizePolicy(policy.document);
      for (const statement of normalized?.statements ?? []) {
        const open = regionsLeftOpen(statement);
        if (!open || open.length === 0) continue;
        const extra = open.filter((region) => !allowed.has(region.toLowerCase()));
        if (extra.length === 0 && isBroad(statement)) {
          return [
            pass(
              target,
              `SCP ${policy.name} (${policy.id}, attached to ${policy.attachedTo.join(', ')}) denies requests outside ${open.join(', ')}, all within allowedRegions.`,
            ),
          ];
        }
        partial.push(
          extra.length > 0
            ? `${policy.name} leaves ${extra.join(', ')} open, outside allowedRegions`
            : `${policy.name} denies other regions for only some actions or resources`,
        );
      }
    }
    // Allow-list style: an action must be allowed by an SCP at every level of the path, so a level whose every
    // Allow is limited to allowed regions implicitly denies all other regions.
    for (const level of applied.path) {
      const attached = applied.policies.filter((policy) => policy.attachedTo.includes(level.id));
      const allows = attached.flatMap((policy) =>
        (normalizePolicy(policy.document)?.statements ?? []).filter((statement) => statement.effect === 'Allow').map((statement) => ({ policy, statement })),
      );
      const isRegionLimited = ({ statement }: { statement: PolicyStatement }) => {
        const regions = regionsAllowed(statement);
        return regions !== undefined && regions.length > 0 && regions.every((region) => allowed.has(region.toLowerCase()));
      };
      if (allows.length > 0 && allows.every(isRegionLimited)) {
        const names = [...new Set(allows.map(({ policy }) => policy.name))].join(', ');
        return [pass(target, `Every SCP Allow attached to ${level.type.toLowerCase()} ${level.id} (${names}) is limited by aws:RequestedRegion to allowed regions, so other regions are implicitly denied.`)];
      }
    }
    const walked = applied.path.map((level) => `${level.type.toLowerCase()} ${level.id}`).join(' → ');
    return [
      fail(
        target,
        partial.length > 0
          ? `No SCP fully denies regions outside allowedRegions: ${partial.join('; ')}.`
          : `None of the ${applied.policies.length} SCPs on ${walked} denies requests by aws:RequestedRegion.`,
      ),
    ];
  },
});
