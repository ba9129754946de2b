import type { Trail, TrailEventSelectors } from '../../src/model/items/cloudtrail.js';
import { ACCOUNT } from './inventory.js';

type ClassicSelector = TrailEventSelectors['eventSelectors'][number];
type AdvancedSelector = TrailEventSelectors['advancedEventSelectors'][number];
type FieldSelector = AdvancedSelector['fieldSelectors'][number];

export function aTrail(name: string, overrides: Partial<Trail> = {}): Trail {
  const homeRegion = overrides.homeRegion ?? 'us-east-1';
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:${ACCOUNT.id}:trail/${name}`,
    region: homeRegion,
    name,
    homeRegion,
    isMultiRegion: true,
    isOrganization: false,
    logFileValidation: true,
    seenInRegions: [homeRegion],
    status: { isLogging: true },
    selectors: { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }], advancedEventSelectors: [] },
    ...overrides,
  };
}

export function aClassicSelector(overrides: Partial<ClassicSelector> = {}): ClassicSelector {
  return { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [], ...overrides };
}

export function anAdvancedSelector(...fieldSelectors: FieldSelector[]): AdvancedSelector {
  return { fieldSelectors };
}

export function selectors(
  eventSelectors: ClassicSelector[],
  advancedEventSelectors: AdvancedSelector[] = [],
): NonNullable<Trail['selectors']> {
  return { eventSelectors, advancedEventSelectors };
}
