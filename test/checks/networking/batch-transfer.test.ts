import { describe, expect, it } from 'vitest';
import batchCheck from '../../../checks/networking/batch-compute-environment-private.js';
import protocolCheck from '../../../checks/networking/transfer-server-secure-protocols.js';
import loggingCheck from '../../../checks/logging-monitoring/transfer-server-logging.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { aComputeEnvironment } from '../../helpers/batch.js';
import { aSubnet } from '../../helpers/ec2.js';
import { aTransferServer } from '../../helpers/transfer.js';

describe('batch-compute-environment-private', () => {
  const subnets = [aSubnet('subnet-1'), aSubnet('subnet-2', { mapPublicIpOnLaunch: true })];
  it.each([
    ['private subnets', aComputeEnvironment('a'), ['pass']],
    ['a subnet that maps public IPs', aComputeEnvironment('b', { subnets: ['subnet-1', 'subnet-2'] }), ['fail']],
    ['a public subnet and a launch template (not read)', aComputeEnvironment('c', { subnets: ['subnet-2'], launchTemplate: 'lt-1' }), ['error']],
    ['a subnet missing from the inventory', aComputeEnvironment('d', { subnets: ['subnet-9'] }), ['error']],
    ['Fargate', aComputeEnvironment('e', { computeResourceType: 'FARGATE' }), ['not_applicable']],
    ['unmanaged', aComputeEnvironment('f', { type: 'UNMANAGED', computeResourceType: undefined }), ['not_applicable']],
  ])('%s → %j', (_name, environment, expected) => {
    expect(statuses(run(batchCheck, { batchComputeEnvironments: [environment], ec2Subnets: subnets }))).toEqual(expected);
  });

  it('is an error naming batch:DescribeComputeEnvironments when the listing is denied', () => {
    const results = run(batchCheck, { batchComputeEnvironments: { items: [], failures: [aFailure({ api: 'batch.DescribeComputeEnvironments', action: 'batch:DescribeComputeEnvironments' })] }, ec2Subnets: [] });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('batch:DescribeComputeEnvironments');
  });
});

describe('transfer-server-secure-protocols and transfer-server-logging', () => {
  it('fails FTP, passes SFTP and FTPS, and keeps the severity on a dbGaP server', () => {
    const results = run(protocolCheck, {
      transferServers: [aTransferServer('s-1'), aTransferServer('s-2', { protocols: ['FTP', 'SFTP'] }), aTransferServer('s-3', { protocols: ['FTPS'] }), aTransferServer('s-4', { protocols: ['FTP'], tags: { 'dbgap:project': 'phs1' } })],
    });
    expect(statuses(results)).toEqual(['pass', 'fail', 'pass', 'fail']);
    expect(results.map((result) => result.severity)).toEqual(['high', 'low', 'high', 'high']);
  });

  it('passes a logging role or structured destinations, fails neither', () => {
    const results = run(loggingCheck, { transferServers: [aTransferServer('s-1', { loggingRole: 'arn:aws:iam::123456789012:role/log' }), aTransferServer('s-2', { structuredLogDestinations: ['arn:aws:logs:us-east-1:123456789012:log-group:x:*'] }), aTransferServer('s-3')] });
    expect(statuses(results)).toEqual(['pass', 'pass', 'fail']);
  });

  it('is an error naming transfer:DescribeServer when a server could not be described', () => {
    const results = run(loggingCheck, { transferServers: { items: [], failures: [aFailure({ api: 'transfer.DescribeServer', action: 'transfer:DescribeServer', resourceArn: 'arn:aws:transfer:us-east-1:123456789012:server/s-1' })] } });
    expect(statuses(results)).toEqual(['error']);
    expect(results[0]?.message).toContain('transfer:DescribeServer');
  });
});
