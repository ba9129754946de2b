import { DescribeServerCommand, paginateListServers } from '@aws-sdk/client-transfer';
import type { TransferServer } from '../model/items/transfer.js';
import { attemptRequired, defineCollector } from './collector.js';
import { gathered, shareListing } from './paginate.js';

export const transferServersCollector = defineCollector({
  key: 'transferServers',
  scope: 'regional',
  apis: ['transfer.ListServers', 'transfer.DescribeServer'],
  async collect(context, region) {
    const client = context.clients.get('transfer', region);
    const listing = shareListing({ api: 'transfer.ListServers', region }, () => paginateListServers({ client }, {}), (page) => page.Servers);
    const outcomes = await listing.map(async (listed) => {
      const response = await attemptRequired({ api: 'transfer.DescribeServer', region, resourceArn: listed.Arn }, () =>
        client.send(new DescribeServerCommand({ ServerId: listed.ServerId })),
      );
      if (!response.ok) return { failure: response.failure };
      const server = response.value.Server;
      const tags: Record<string, string> = {};
      for (const tag of server?.Tags ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? '';
      const item: TransferServer = {
        arn: server?.Arn ?? listed.Arn ?? '',
        region,
        serverId: server?.ServerId ?? listed.ServerId ?? '',
        // "Protocols … The default value is SFTP" (Transfer Family API reference, DescribeServer / CreateServer).
        protocols: server?.Protocols && server.Protocols.length > 0 ? [...server.Protocols] : ['SFTP'],
        structuredLogDestinations: [...(server?.StructuredLogDestinations ?? [])],
        tags,
      };
      const endpointType = server?.EndpointType ?? listed.EndpointType;
      if (endpointType) item.endpointType = endpointType;
      if (server?.State) item.state = server.State;
      if (server?.LoggingRole) item.loggingRole = server.LoggingRole;
      if (server?.SecurityPolicyName) item.securityPolicyName = server.SecurityPolicyName;
      return { item };
    });
    return gathered(outcomes);
  },
});
