import { describe, expect, it } from 'vitest';
import { COLLECTORS } from '../../src/collect/collectors.js';
import { actionFor } from '../../src/collect/iam-actions.js';

const LOGGING_KEYS = [
  'cloudtrailTrails',
  'ec2Vpcs',
  'ec2FlowLogs',
  'guardDutyDetectors',
  'configRecorders',
  'cloudwatchMetricFilters',
  'cloudwatchAlarms',
  'snsSubscriptions',
  'cloudwatchLogGroups',
] as const;

describe('logging collectors declare read-only APIs with the right IAM actions', () => {
  it.each(LOGGING_KEYS)('%s only lists, gets or describes', (key) => {
    const { apis } = COLLECTORS[key];
    expect(apis.length).toBeGreaterThan(0);
    for (const api of apis) expect(api).toMatch(/^[a-z0-9]+\.(List|Get|Describe)[A-Za-z]+$/);
  });

  it('maps every declared API to the IAM action AWS documents', () => {
    const actions = [...new Set(LOGGING_KEYS.flatMap((key) => COLLECTORS[key].apis.map(actionFor)))].sort();
    expect(actions).toEqual([
      'cloudtrail:DescribeTrails',
      'cloudtrail:GetEventSelectors',
      'cloudtrail:GetTrailStatus',
      'cloudwatch:DescribeAlarms',
      'config:DescribeConfigurationRecorderStatus',
      'config:DescribeConfigurationRecorders',
      'ec2:DescribeFlowLogs',
      'ec2:DescribeVpcs',
      'guardduty:GetDetector',
      'guardduty:ListDetectors',
      'logs:DescribeLogGroups',
      'logs:DescribeMetricFilters',
      'sns:ListSubscriptionsByTopic',
    ]);
  });
});
