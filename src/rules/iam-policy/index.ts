/**
 * The IAM policy engine: parse a policy once, evaluate concrete requests as IAM does, and ask adversarial questions
 * ("can an outsider make a request this policy allows?") by exhaustive search. Pure: no I/O (the action catalogue is
 * package data), no clock (callers pass `now`).
 */
export { describeAnswer, describeRequest } from './describe.js';
export { decide, evaluatePolicy, isAllowedByAll, type Decision, type EvaluationOptions, type PolicyEvaluation, type PolicyKind } from './evaluate-policy.js';
export type { Outsider } from './outsider.js';
export { parsePolicy, type ParsedCondition, type ParsedPolicy, type ParsedStatement, type PrincipalSpec } from './parse-policy.js';
export { wildcardMatch } from './pattern.js';
export { principalAccountId } from './principals.js';
export { stringCandidates } from './candidates.js';
export { pattern, type Pattern } from './pattern.js';
export { analyzePrivileges, type EscalationPath, type PrincipalUnderReview, type PrivilegeAnalysis } from './privilege-escalation.js';
export { bucketPolicyPublicAccess, keyPolicyPublicAccess, KMS_NON_PUBLIC_KEYS, S3_NON_PUBLIC_KEYS, type PublicAccess } from './public-access.js';
export { accountRoot, ANONYMOUS, aRequest, iamUser, roleSession, type ContextValue, type PolicyRequest, type RequestPrincipal } from './request.js';
export { actsOnObjects, findAllowedRequest, type AccessAnswer, type AccessQuestion, type ActionScope, type FoundRequest, type Target } from './search.js';
export { externalAccess, type ExternalAccess, type ExternalAccessOptions } from './external-access.js';
