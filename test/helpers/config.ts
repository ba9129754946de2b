import type { ConfigRecorder } from '../../src/model/items/config.js';
import { ACCOUNT } from './inventory.js';

export function aRecorder(region: string, overrides: Partial<ConfigRecorder> = {}): ConfigRecorder {
  const name = overrides.name ?? 'default';
  return {
    arn: `arn:aws:config:${region}:${ACCOUNT.id}:configuration-recorder/${name}`,
    region,
    name,
    recordingScope: 'PAID',
    allSupported: true,
    includeGlobalResourceTypes: true,
    recording: true,
    lastStatus: 'SUCCESS',
    ...overrides,
  };
}
