import type { CloudWatchAlarm, LogGroup, MetricFilter } from '../../src/model/items/cloudwatch.js';
import { ACCOUNT } from './inventory.js';

export function aMetricFilter(logGroupName: string, filterName: string, filterPattern: string, metricName = filterName, region = 'us-east-1'): MetricFilter {
  return {
    arn: `arn:aws:logs:${region}:${ACCOUNT.id}:log-group:${logGroupName}:metric-filter:${filterName}`,
    region,
    logGroupName,
    filterName,
    filterPattern,
    metricTransformations: [{ metricName, metricNamespace: 'CISBenchmark' }],
  };
}

export function anAlarm(name: string, metricName: string, overrides: Partial<CloudWatchAlarm> = {}): CloudWatchAlarm {
  const region = overrides.region ?? 'us-east-1';
  return {
    arn: `arn:aws:cloudwatch:${region}:${ACCOUNT.id}:alarm:${name}`,
    region,
    name,
    metrics: [{ metricName, namespace: 'CISBenchmark' }],
    actionsEnabled: true,
    alarmActions: [`arn:aws:sns:${region}:${ACCOUNT.id}:security-alerts`],
    ...overrides,
  };
}

export function aLogGroup(name: string, overrides: Partial<LogGroup> = {}): LogGroup {
  const region = overrides.region ?? 'us-east-1';
  return { arn: `arn:aws:logs:${region}:${ACCOUNT.id}:log-group:${name}`, region, name, retentionInDays: 365, ...overrides };
}

/** A CIS AWS Foundations metric-filter pattern for each monitored event (as the CIS benchmark gives them). */
export const CIS_PATTERNS: Record<string, string> = {
  'root-usage': '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  'unauthorized-api-calls': '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }',
  'console-sign-in-without-mfa': '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  'iam-policy-changes':
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  'cloudtrail-changes': '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  'kms-key-disable-or-deletion': '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
  's3-bucket-policy-changes':
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  'security-group-changes':
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  'nacl-changes':
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
};
