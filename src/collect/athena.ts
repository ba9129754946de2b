import { GetWorkGroupCommand, paginateListWorkGroups } from '@aws-sdk/client-athena';
import type { CollectionFailure } from '../model/failure.js';
import type { AthenaWorkGroup } from '../model/items/athena.js';
import { attemptRequired, defineCollector, mapAll } from './collector.js';
import { gathered, listAll } from './paginate.js';

export const athenaWorkGroupsCollector = defineCollector({
  key: 'athenaWorkGroups',
  scope: 'regional',
  apis: ['athena.ListWorkGroups', 'athena.GetWorkGroup'],
  async collect(context, region) {
    const client = context.clients.get('athena', region);
    const listed = await listAll({ api: 'athena.ListWorkGroups', region }, () => paginateListWorkGroups({ client }, {}), (page) => page.WorkGroups);
    if (!listed.ok) return { items: [], failures: [listed.failure] };
    const { partition, id } = context.account;
    const outcomes = await mapAll(listed.value, async (summary): Promise<{ item?: AthenaWorkGroup; failure?: CollectionFailure }> => {
      const name = summary.Name ?? '';
      const arn = `arn:${partition}:athena:${region}:${id}:workgroup/${name}`;
      const response = await attemptRequired({ api: 'athena.GetWorkGroup', region, resourceArn: arn }, () =>
        client.send(new GetWorkGroupCommand({ WorkGroup: name })),
      );
      if (!response.ok) return { failure: response.failure };
      const workGroup = response.value.WorkGroup;
      const configuration = workGroup?.Configuration;
      const results = configuration?.ResultConfiguration;
      const managed = configuration?.ManagedQueryResultsConfiguration;
      const item: AthenaWorkGroup = {
        arn,
        region,
        name,
        state: workGroup?.State ?? summary.State ?? 'UNKNOWN',
        // Absent reads as "not enforced": then every query may set its own result encryption, or none.
        enforceWorkGroupConfiguration: configuration?.EnforceWorkGroupConfiguration ?? false,
        managedQueryResults: managed?.Enabled ?? false,
      };
      if (results?.EncryptionConfiguration?.EncryptionOption) item.encryptionOption = results.EncryptionConfiguration.EncryptionOption;
      if (results?.EncryptionConfiguration?.KmsKey) item.kmsKey = results.EncryptionConfiguration.KmsKey;
      if (results?.OutputLocation) item.outputLocation = results.OutputLocation;
      if (managed?.EncryptionConfiguration?.KmsKey) item.managedQueryResultsKmsKey = managed.EncryptionConfiguration.KmsKey;
      return { item };
    });
    return gathered({ ok: true, value: outcomes });
  },
});
