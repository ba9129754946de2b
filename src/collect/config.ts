import {
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
  type ConfigurationRecorderStatus,
} from '@aws-sdk/client-config-service';
import type { ConfigRecorder } from '../model/items/config.js';
import { attemptRequired, defineCollector } from './collector.js';

/** Recorders and their status in one region (both calls are unpaginated; a region has at most a few recorders). */
export const configRecordersCollector = defineCollector({
  key: 'configRecorders',
  scope: 'regional',
  apis: ['config.DescribeConfigurationRecorders', 'config.DescribeConfigurationRecorderStatus'],
  async collect(context, region) {
    const client = context.clients.get('config', region);
    const [recorders, statuses] = await Promise.all([
      attemptRequired(context, { api: 'config.DescribeConfigurationRecorders', region }, () =>
        client.send(new DescribeConfigurationRecordersCommand({})),
      ),
      attemptRequired(context, { api: 'config.DescribeConfigurationRecorderStatus', region }, () =>
        client.send(new DescribeConfigurationRecorderStatusCommand({})),
      ),
    ]);
    // Without the status we cannot tell a recording recorder from a stopped one: the region is unknown.
    if (!recorders.ok || !statuses.ok) {
      return { items: [], failures: [...(recorders.ok ? [] : [recorders.failure]), ...(statuses.ok ? [] : [statuses.failure])] };
    }
    const statusByName = new Map<string, ConfigurationRecorderStatus>();
    for (const status of statuses.value.ConfigurationRecordersStatus ?? []) if (status.name) statusByName.set(status.name, status);
    const { partition, id } = context.account;
    const items = (recorders.value.ConfigurationRecorders ?? []).map((recorder): ConfigRecorder => {
      const name = recorder.name ?? 'default';
      const status = statusByName.get(name);
      const item: ConfigRecorder = {
        arn: recorder.arn ?? `arn:${partition}:config:${region}:${id}:configuration-recorder/${name}`,
        region,
        name,
        allSupported: recorder.recordingGroup?.allSupported ?? false,
        includeGlobalResourceTypes: recorder.recordingGroup?.includeGlobalResourceTypes ?? false,
        recording: status?.recording ?? null,
      };
      if (recorder.recordingScope) item.recordingScope = recorder.recordingScope;
      if (recorder.servicePrincipal) item.servicePrincipal = recorder.servicePrincipal;
      if (recorder.recordingGroup?.recordingStrategy?.useOnly) item.recordingStrategy = recorder.recordingGroup.recordingStrategy.useOnly;
      // The API documents Pending | Success | Failure, but the CLI and older answers show SUCCESS/FAILURE: normalize.
      if (status?.lastStatus) item.lastStatus = status.lastStatus.toUpperCase();
      if (status?.lastErrorCode) item.lastErrorCode = status.lastErrorCode;
      return item;
    });
    return { items, failures: [] };
  },
});
