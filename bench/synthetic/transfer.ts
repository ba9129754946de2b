/** AWS Transfer Family of the synthetic account: an SFTP server with logging, an FTP one without. */
import { serviceError, type Output } from '../synthetic-aws.js';
import type { SyntheticResponder } from './index.js';

export const transfer: SyntheticResponder = (aws, api, region, input): Output => {
  const { accountId } = aws.options;
  const arn = (id: string) => `arn:aws:transfer:${region}:${accountId}:server/${id}`;
  const servers: Record<string, Output> = {
    's-sftp0000000000001': { Arn: arn('s-sftp0000000000001'), ServerId: 's-sftp0000000000001', Protocols: ['SFTP'], EndpointType: 'VPC', State: 'ONLINE', LoggingRole: `arn:aws:iam::${accountId}:role/transfer-logging`, Tags: [{ Key: 'dbgap:project', Value: 'phs000001' }] },
    's-ftp00000000000002': { Arn: arn('s-ftp00000000000002'), ServerId: 's-ftp00000000000002', Protocols: ['FTP', 'SFTP'], EndpointType: 'VPC', State: 'ONLINE', Tags: [] },
  };
  switch (api) {
    case 'transfer.ListServers':
      return { Servers: Object.values(servers).map((server) => ({ Arn: server.Arn, ServerId: server.ServerId, EndpointType: server.EndpointType, State: server.State })) };
    case 'transfer.DescribeServer': {
      const server = servers[String(input.ServerId)];
      if (!server) throw serviceError('ResourceNotFoundException', 400);
      return { Server: server };
    }
    default:
      throw serviceError('UnknownOperationException', 400);
  }
};
