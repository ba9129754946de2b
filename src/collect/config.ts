import {
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
  type ConfigurationRecorderStatus,
} from '@aws-sdk/client-config-service';
import { unknownFact } from '../model/failure.js';
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
      attemptRequired({ api: 'config.DescribeConfigurationRecorders', region }, () =>
        client.send(new DescribeConfigurationRecordersCommand({})),
      ),
      attemptRequired({ api: 'config.DescribeConfigurationRecorderStatus', region }, () =>
        client.send(new DescribeConfigurationRecorderStatusCommand({})),
      ),
    ]);
    // Without the recorders the region is unknown. Without their status, only whether each one records is:
    // a region with no customer recorder is a certain finding either way.
    if (!recorders.ok) return { items: [], failures: [recorders.failure, ...(statuses.ok ? [] : [statuses.failure])] };
    const unread = statuses.ok ? undefined : unknownFact(statuses.failure, 'recording');
    const statusByName = new Map<string, ConfigurationRecorderStatus>();
    for (const status of statuses.ok ? (statuses.value.ConfigurationRecordersStatus ?? []) : []) if (status.name) statusByName.set(status.name, status);
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
        recording: unread ?? status?.recording ?? null,
      };
      if (recorder.recordingScope) item.recordingScope = recorder.recordingScope;
      if (recorder.servicePrincipal) item.servicePrincipal = recorder.servicePrincipal;
      if (recorder.recordingGroup?.recordingStrategy?.useOnly) item.recordingStrategy = recorder.recordingGroup.recordingStrategy.useOnly;
      // The API documents Pending | Success | Failure, but the CLI and older answers show SUCCESS/FAILURE: normalize.
      if (status?.lastStatus) item.lastStatus = status.lastStatus.toUpperCase();
      if (status?.lastErrorCode) item.lastErrorCode = status.lastErrorCode;
      return item;
    });
    return { items, failures: unread ? [unread.unknown] : [] };
  },
});
