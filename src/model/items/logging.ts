/** Inventory items for auditing, logging and monitoring (area 10): VPCs and flow logs, GuardDuty, Config, CloudWatch, SNS. */
import type { ResourceRef } from '../inventory.js';

/** A VPC, kept general (other checks reuse it). */
export interface Vpc extends ResourceRef {
  region: string;
  vpcId: string;
  isDefault: boolean;
  /** The primary IPv4 CIDR. */
  cidr?: string;
  /** Every associated IPv4 CIDR (primary first). */
  cidrs: string[];
  state?: string;
  ownerId?: string;
  tags: Record<string, string>;
}

export interface FlowLog extends ResourceRef {
  region: string;
  flowLogId: string;
  /** The VPC, subnet or network interface the flow log is attached to. */
  resourceId: string;
  /** ACTIVE when the flow log exists and is set up. */
  status: string;
  /** SUCCESS or FAILED (delivery to the destination). */
  deliverLogsStatus?: string;
  /** ALL, ACCEPT or REJECT. */
  trafficType?: string;
  destinationType?: string;
  destination?: string;
}

/** One GuardDuty detector (a region has at most one). */
export interface GuardDutyDetector extends ResourceRef {
  region: string;
  detectorId: string;
  /** ENABLED or DISABLED (suspended). */
  status: string;
  /** Status of each protection feature by name (S3_DATA_EVENTS, EKS_AUDIT_LOGS…), from Features[] or legacy DataSources. */
  features: Record<string, string>;
}

/** A Config configuration recorder with its status merged in. */
export interface ConfigRecorder extends ResourceRef {
  region: string;
  name: string;
  /** PAID (customer) or INTERNAL (service-linked, e.g. Security Hub's), when AWS reports it. */
  recordingScope?: string;
  servicePrincipal?: string;
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  recordingStrategy?: string;
  /** null when the recorder has no status entry. */
  recording: boolean | null;
  /** PENDING, SUCCESS or FAILURE (upper-cased). */
  lastStatus?: string;
  lastErrorCode?: string;
}

export interface MetricFilter extends ResourceRef {
  region: string;
  logGroupName: string;
  filterName: string;
  filterPattern: string;
  metricTransformations: Array<{ metricName: string; metricNamespace: string }>;
}

export interface CloudWatchAlarm extends ResourceRef {
  region: string;
  name: string;
  /** Metrics the alarm watches: MetricName/Namespace, or every MetricStat of a metric-math alarm. */
  metrics: Array<{ metricName: string; namespace: string }>;
  actionsEnabled: boolean;
  alarmActions: string[];
  stateValue?: string;
}

/** The subscriptions of one SNS topic that an alarm notifies. */
export interface SnsTopicSubscriptions extends ResourceRef {
  region: string;
  topicArn: string;
  /** false when the topic no longer exists (NotFound). */
  topicExists: boolean;
  subscriptions: Array<{ protocol: string; confirmed: boolean }>;
}

export interface LogGroup extends ResourceRef {
  region: string;
  name: string;
  /** Absent = never expire. */
  retentionInDays?: number;
  kmsKeyId?: string;
  storedBytes?: number;
}

declare module '../inventory.js' {
  interface InventoryItems {
    ec2Vpcs: Vpc;
    ec2FlowLogs: FlowLog;
    guardDutyDetectors: GuardDutyDetector;
    configRecorders: ConfigRecorder;
    cloudwatchMetricFilters: MetricFilter;
    cloudwatchAlarms: CloudWatchAlarm;
    snsSubscriptions: SnsTopicSubscriptions;
    cloudwatchLogGroups: LogGroup;
  }
}
