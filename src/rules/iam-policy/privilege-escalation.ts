/**
 * Administrator access, directly or by privilege escalation, from a principal's identity policies.
 *
 * - Full administrator: every action of every service in the action catalogue is allowed on any resource (Action `*`,
 *   `*:*`, or a NotAction that leaves everything allowed). An explicit Deny in any of the principal's policies
 *   counts: `Deny *` on `*` beside an administrator grant leaves no access.
 * - IAM administrator: every IAM action on any resource, which lets the principal grant itself anything.
 * - Escalation: the documented paths by which a principal with less than that grants itself administrator access
 *   (Rhino Security Labs, "AWS IAM Privilege Escalation – Methods and Mitigation"; IAM User Guide, "Granting a user
 *   permissions to pass a role to an AWS service"): writing or attaching a policy to itself or its group, creating a
 *   new default version of a managed policy, joining a group, taking over another user's keys or password, rewriting
 *   a role's trust policy and assuming it, or passing a role to a compute service it can launch.
 *
 * Every step is asked of the engine with the principal as the caller: it chooses every condition key it can (MFA, source
 * network, tags it sends…), so a condition it can satisfy does not stop it, and a time window that has ended does.
 */
import { actionCatalog } from './action-catalog.js';
import { isAllowedByAll } from './evaluate-policy.js';
import type { ParsedPolicy } from './parse-policy.js';
import type { RequestPrincipal } from './request.js';
import { findAllowedRequest, representativeActions, type AccessAnswer, type Target } from './search.js';

export interface PrincipalUnderReview {
  readonly kind: 'user' | 'group' | 'role';
  readonly arn: string;
  readonly name: string;
  /** Groups a user belongs to (their ARNs). */
  readonly groupArns?: readonly string[];
}

export type Verdict = 'yes' | 'no' | 'unknown';

export interface EscalationPath {
  readonly id: string;
  /** e.g. "iam:PutUserPolicy on itself". */
  readonly description: string;
  /** Statement labels that grant the steps. */
  readonly allowedBy: readonly string[];
  /** Indexes (into the analysed policies) of the policies whose statements grant the steps. */
  readonly policies: readonly number[];
}

export interface PrivilegeAnalysis {
  readonly fullAdministrator: Verdict;
  /** Indexes of the policies that grant the administrator access found (full or IAM). */
  readonly administratorPolicies: readonly number[];
  /** When not full administrator: an action no request can perform (evidence). */
  readonly missingAction?: string;
  readonly iamAdministrator: Verdict;
  readonly escalations: readonly EscalationPath[];
  /** Paths that hold unless an unknown operator or value says otherwise. */
  readonly possibleEscalations: readonly EscalationPath[];
  readonly unknownBecause: readonly string[];
}

export interface AnalysisScope {
  readonly account: { readonly id: string; readonly partition: string };
  readonly now: Date;
  /** Roles known to hold administrator access: passing one to a compute service is an escalation. */
  readonly adminRoleArns?: readonly string[];
  /** The same roles with their trust policies: assuming one whose trust admits the principal is an escalation. */
  readonly adminRoles?: ReadonlyArray<{ readonly arn: string; readonly name: string; readonly trust: ParsedPolicy | null }>;
  /** `administrator`: only decide full administrator access (skip IAM administration and escalation paths). */
  readonly only?: 'administrator';
}

const PROBE = 'dbgap-audit-probe';

/** Actions every administrator has: if one is never allowed, the principal is not an administrator. */
const CANARIES = ['iam:CreateUser', 'iam:AttachRolePolicy', 's3:GetObject', 'ec2:RunInstances', 'kms:Decrypt', 'sts:AssumeRole', 'cloudtrail:StopLogging', 'organizations:LeaveOrganization', 'lambda:CreateFunction', 'a4b:ApproveSkill'];

type ResourceSpec = 'self' | 'own-groups' | 'other-user' | 'other-role' | 'other-group' | 'other-policy' | 'passable-role' | 'any' | 'iam-any';

interface Step {
  readonly action: string;
  readonly resource: ResourceSpec;
  readonly passedToService?: string;
}

interface PathDefinition {
  readonly id: string;
  readonly description: string;
  readonly kinds: ReadonlyArray<PrincipalUnderReview['kind']>;
  readonly steps: readonly Step[];
}

const PASS_ROLE_PATHS: ReadonlyArray<{ service: string; actions: string[]; label: string }> = [
  { service: 'ec2.amazonaws.com', actions: ['ec2:RunInstances'], label: 'an EC2 instance' },
  { service: 'lambda.amazonaws.com', actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'], label: 'a Lambda function' },
  { service: 'glue.amazonaws.com', actions: ['glue:CreateDevEndpoint'], label: 'a Glue development endpoint' },
  { service: 'glue.amazonaws.com', actions: ['glue:CreateJob', 'glue:StartJobRun'], label: 'a Glue job' },
  { service: 'cloudformation.amazonaws.com', actions: ['cloudformation:CreateStack'], label: 'a CloudFormation stack' },
  { service: 'sagemaker.amazonaws.com', actions: ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'], label: 'a SageMaker notebook' },
  { service: 'datapipeline.amazonaws.com', actions: ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'], label: 'a Data Pipeline' },
  { service: 'codebuild.amazonaws.com', actions: ['codebuild:CreateProject', 'codebuild:StartBuild'], label: 'a CodeBuild project' },
];

const PATHS: readonly PathDefinition[] = [
  { id: 'create-policy-version', description: 'iam:CreatePolicyVersion (rewrite a managed policy, such as one attached to itself)', kinds: ['user', 'group', 'role'], steps: [{ action: 'iam:CreatePolicyVersion', resource: 'other-policy' }] },
  { id: 'set-default-policy-version', description: 'iam:SetDefaultPolicyVersion (switch a managed policy to a more permissive version)', kinds: ['user', 'group', 'role'], steps: [{ action: 'iam:SetDefaultPolicyVersion', resource: 'other-policy' }] },
  { id: 'put-user-policy', description: 'iam:PutUserPolicy on itself', kinds: ['user'], steps: [{ action: 'iam:PutUserPolicy', resource: 'self' }] },
  { id: 'attach-user-policy', description: 'iam:AttachUserPolicy on itself', kinds: ['user'], steps: [{ action: 'iam:AttachUserPolicy', resource: 'self' }] },
  { id: 'put-role-policy', description: 'iam:PutRolePolicy on itself', kinds: ['role'], steps: [{ action: 'iam:PutRolePolicy', resource: 'self' }] },
  { id: 'attach-role-policy', description: 'iam:AttachRolePolicy on itself', kinds: ['role'], steps: [{ action: 'iam:AttachRolePolicy', resource: 'self' }] },
  { id: 'put-group-policy', description: 'iam:PutGroupPolicy on its own group', kinds: ['user', 'group'], steps: [{ action: 'iam:PutGroupPolicy', resource: 'own-groups' }] },
  { id: 'attach-group-policy', description: 'iam:AttachGroupPolicy on its own group', kinds: ['user', 'group'], steps: [{ action: 'iam:AttachGroupPolicy', resource: 'own-groups' }] },
  { id: 'add-user-to-group', description: 'iam:AddUserToGroup (join a more privileged group)', kinds: ['user', 'group'], steps: [{ action: 'iam:AddUserToGroup', resource: 'other-group' }] },
  { id: 'create-access-key', description: "iam:CreateAccessKey on another user (take over the user's API access)", kinds: ['user', 'group', 'role'], steps: [{ action: 'iam:CreateAccessKey', resource: 'other-user' }] },
  { id: 'create-login-profile', description: 'iam:CreateLoginProfile on another user (give the user a console password)', kinds: ['user', 'group', 'role'], steps: [{ action: 'iam:CreateLoginProfile', resource: 'other-user' }] },
  { id: 'update-login-profile', description: "iam:UpdateLoginProfile on another user (reset the user's console password)", kinds: ['user', 'group', 'role'], steps: [{ action: 'iam:UpdateLoginProfile', resource: 'other-user' }] },
  {
    id: 'update-assume-role-policy',
    description: "iam:UpdateAssumeRolePolicy with sts:AssumeRole (rewrite a role's trust policy and assume the role)",
    kinds: ['user', 'group', 'role'],
    steps: [
      { action: 'iam:UpdateAssumeRolePolicy', resource: 'other-role' },
      { action: 'sts:AssumeRole', resource: 'other-role' },
    ],
  },
  ...PASS_ROLE_PATHS.map(
    (entry): PathDefinition => ({
      id: `pass-role-${entry.actions[0]?.replace(':', '-').toLowerCase()}`,
      description: `iam:PassRole to ${entry.service} with ${entry.actions.join(' and ')} (run ${entry.label} as a more privileged role)`,
      kinds: ['user', 'group', 'role'],
      steps: [{ action: 'iam:PassRole', resource: 'passable-role', passedToService: entry.service }, ...entry.actions.map((action): Step => ({ action, resource: 'any' }))],
    }),
  ),
];

function iamArn(scope: AnalysisScope, kind: string): string {
  return `arn:${scope.account.partition}:iam::${scope.account.id}:${kind}/${PROBE}-other`;
}

function selfPrincipal(principal: PrincipalUnderReview, scope: AnalysisScope): RequestPrincipal {
  const { partition, id } = scope.account;
  if (principal.kind === 'role') {
    return { kind: 'aws', partition, account: id, arn: principal.arn, sessionArn: `arn:${partition}:sts::${id}:assumed-role/${principal.name}/${PROBE}`, type: 'AssumedRole' };
  }
  if (principal.kind === 'user') return { kind: 'aws', partition, account: id, arn: principal.arn, type: 'User' };
  // A group cannot call AWS; its policies act for each member.
  return { kind: 'aws', partition, account: id, arn: `arn:${partition}:iam::${id}:user/${PROBE}-member`, type: 'User' };
}

function targetsFor(spec: ResourceSpec, principal: PrincipalUnderReview, scope: AnalysisScope): Target[] {
  const resource = (arn: string): Target => ({ kind: 'resource', arn });
  switch (spec) {
    case 'self':
      return [resource(principal.arn)];
    case 'own-groups':
      return principal.kind === 'group' ? [resource(principal.arn)] : (principal.groupArns ?? []).map(resource);
    case 'other-user':
      return [resource(iamArn(scope, 'user'))];
    case 'other-role':
      return [resource(iamArn(scope, 'role'))];
    case 'other-group':
      return [resource(iamArn(scope, 'group'))];
    case 'other-policy':
      return [resource(iamArn(scope, 'policy'))];
    case 'passable-role':
      return [resource(iamArn(scope, 'role')), ...(scope.adminRoleArns ?? []).filter((arn) => arn !== principal.arn).map(resource)];
    case 'iam-any':
      return [resource(`arn:${scope.account.partition}:iam::${scope.account.id}:${PROBE}/${PROBE}`)];
    case 'any':
      return [{ kind: 'any-resource', partition: scope.account.partition }];
  }
}

export function analyzePrivileges(principal: PrincipalUnderReview, policies: readonly ParsedPolicy[], scope: AnalysisScope): PrivilegeAnalysis {
  const self = selfPrincipal(principal, scope);
  const decide = (request: Parameters<typeof isAllowedByAll>[1]) => isAllowedByAll(policies, request, { kind: 'identity' });
  const unknownBecause = new Set<string>();
  const ask = (action: string, target: Target, passedToService?: string): AccessAnswer =>
    findAllowedRequest({
      policies,
      kind: 'identity',
      outsider: { kind: 'self', principal: self },
      target,
      actions: { names: [action] },
      account: scope.account,
      trustedAccounts: [],
      now: scope.now,
      decide,
      ...(passedToService ? { fixedContext: { 'iam:passedtoservice': passedToService } } : {}),
    });

  /** Is every action (one per class the policies' patterns draw) allowed on a resource the policies do not single out? */
  const everyAction = (services: readonly string[], target: Target): { verdict: Verdict; missing?: string; policies: number[] } => {
    // Cheap necessary condition first: a few well-known actions of the services in scope.
    for (const action of CANARIES.filter((name) => services.includes(name.split(':')[0] as string))) {
      if (ask(action, target).verdict === 'denied') return { verdict: 'no', missing: action, policies: [] };
    }
    let verdict: Verdict = 'yes';
    const granting = new Set<number>();
    for (const action of representativeActions({ services }, policies, false)) {
      const answer = ask(action, target);
      if (answer.verdict === 'denied') return { verdict: 'no', missing: action, policies: [] };
      if (answer.verdict === 'unknown') {
        verdict = 'unknown';
        answer.unknownBecause.forEach((reason) => unknownBecause.add(reason));
      }
      answer.grants.forEach((grant) => granting.add(grant.policy));
    }
    return { verdict, policies: [...granting].sort((a, b) => a - b) };
  };

  const fresh: Target = { kind: 'resource', arn: `arn:${scope.account.partition}:${PROBE}:us-east-1:${scope.account.id}:${PROBE}/${PROBE}` };
  const full = everyAction(actionCatalog().services, fresh);
  const iam = full.verdict === 'yes' || scope.only ? full : everyAction(['iam'], targetsFor('iam-any', principal, scope)[0] as Target);

  const escalations: EscalationPath[] = [];
  const possibleEscalations: EscalationPath[] = [];
  if (full.verdict !== 'yes' && iam.verdict !== 'yes' && !scope.only) {
    for (const path of PATHS) {
      if (!path.kinds.includes(principal.kind)) continue;
      let pathVerdict: Verdict = 'yes';
      const allowedBy = new Set<string>();
      const granting = new Set<number>();
      for (const step of path.steps) {
        let stepVerdict: Verdict = 'no';
        for (const target of targetsFor(step.resource, principal, scope)) {
          const answer = ask(step.action, target, step.passedToService);
          if (answer.verdict === 'allowed') {
            stepVerdict = 'yes';
            answer.allowedBy.forEach((label) => allowedBy.add(label));
            answer.grants.forEach((grant) => granting.add(grant.policy));
            break;
          }
          if (answer.verdict === 'unknown') {
            stepVerdict = 'unknown';
            answer.unknownBecause.forEach((reason) => unknownBecause.add(reason));
          }
        }
        if (stepVerdict === 'no') {
          pathVerdict = 'no';
          break;
        }
        if (stepVerdict === 'unknown') pathVerdict = 'unknown';
      }
      const found = { id: path.id, description: path.description, allowedBy: [...allowedBy], policies: [...granting].sort((a, b) => a - b) };
      if (pathVerdict === 'yes') escalations.push(found);
      else if (pathVerdict === 'unknown') possibleEscalations.push(found);
    }
  }
  if (full.verdict !== 'yes' && iam.verdict !== 'yes' && !scope.only) {
    for (const role of scope.adminRoles ?? []) {
      if (role.arn === principal.arn || !role.trust) continue;
      const trust = findAllowedRequest({
        policies: [role.trust],
        kind: 'resource',
        outsider: { kind: 'self', principal: self },
        target: { kind: 'resource', arn: role.arn },
        actions: { names: ['sts:AssumeRole'] },
        account: scope.account,
        trustedAccounts: [],
        now: scope.now,
      });
      if (trust.verdict === 'denied') continue;
      // Within one account, a trust policy that names the account needs the caller's identity policy to allow too.
      const identity = ask('sts:AssumeRole', { kind: 'resource', arn: role.arn });
      const found: EscalationPath = {
        id: 'assume-administrator-role',
        description: `sts:AssumeRole on administrator role ${role.name} (its trust policy admits it)`,
        allowedBy: identity.allowedBy,
        policies: [...new Set(identity.grants.map((grant) => grant.policy))],
      };
      if (trust.verdict === 'allowed' && identity.verdict === 'allowed') escalations.push(found);
      else if (identity.verdict !== 'denied') {
        possibleEscalations.push(found);
        [...trust.unknownBecause, ...identity.unknownBecause].forEach((reason) => unknownBecause.add(reason));
      }
    }
  }
  return {
    fullAdministrator: full.verdict,
    administratorPolicies: full.verdict === 'yes' ? full.policies : iam.verdict === 'yes' ? iam.policies : [],
    ...(full.missing ? { missingAction: full.missing } : {}),
    iamAdministrator: iam.verdict,
    escalations,
    possibleEscalations,
    unknownBecause: [...unknownBecause],
  };
}
