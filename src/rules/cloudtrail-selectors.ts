/** What a trail's event selectors record: shared by the CloudTrail and CloudWatch alarm checks. */
import { known, unknownFailures, type CollectionFailure } from '../model/failure.js';
import type { Trail, TrailEventSelectors } from '../model/items/cloudtrail.js';

/** The failures that left a trail's status or selectors unknown (empty when both were read). */
export function unreadTrailFacts(trail: Trail): CollectionFailure[] {
  return unknownFailures(trail.status, trail.selectors);
}

/** Whether the trail is logging: undefined when its status could not be read. */
export function isLogging(trail: Trail): boolean | undefined {
  return known(trail.status)?.isLogging;
}

type AdvancedSelector = TrailEventSelectors['advancedEventSelectors'][number];
type FieldSelector = AdvancedSelector['fieldSelectors'][number];

function field(selector: AdvancedSelector, name: string): FieldSelector | undefined {
  return selector.fieldSelectors.find((entry) => entry.field === name);
}

/** A readOnly field selector that still lets both read and write events through (or no such field at all). */
export function coversReadAndWrite(readOnly: FieldSelector | undefined): boolean {
  if (!readOnly) return true;
  if (readOnly.notEquals?.length || readOnly.startsWith?.length || readOnly.endsWith?.length) return false;
  if (readOnly.notStartsWith?.length || readOnly.notEndsWith?.length) return false;
  const values = new Set((readOnly.equals ?? []).map((value) => value.toLowerCase()));
  return values.has('true') && values.has('false');
}

function isAdvancedManagementSelector(selector: AdvancedSelector): boolean {
  return (field(selector, 'eventCategory')?.equals ?? []).includes('Management');
}

/** Does the trail record every management event, read and write? A trail with no selectors logs them all (AWS default). */
export function logsAllManagementEvents(trail: Trail): boolean | undefined {
  const selectors = known(trail.selectors);
  if (!selectors) return undefined;
  const { eventSelectors, advancedEventSelectors } = selectors;
  if (eventSelectors.length === 0 && advancedEventSelectors.length === 0) return true;
  const management = eventSelectors.filter((selector) => selector.includeManagementEvents);
  const types = new Set(management.map((selector) => selector.readWriteType));
  // Two classic selectors, one ReadOnly and one WriteOnly, together record everything.
  const classic = types.has('All') || (types.has('ReadOnly') && types.has('WriteOnly'));
  const advanced = advancedEventSelectors.some(
    (selector) => isAdvancedManagementSelector(selector) && coversReadAndWrite(field(selector, 'readOnly')),
  );
  return classic || advanced;
}

/** Event sources a trail leaves out of its management events (classic ExcludeManagementEventSources, advanced eventSource NotEquals). */
export function excludedSources(trail: Trail): string[] {
  const selectors = known(trail.selectors);
  const classic = selectors?.eventSelectors.flatMap((selector) => selector.excludeManagementEventSources) ?? [];
  const advanced =
    selectors?.advancedEventSelectors
      .filter(isAdvancedManagementSelector)
      .flatMap((selector) => field(selector, 'eventSource')?.notEquals ?? []) ?? [];
  return [...new Set([...classic, ...advanced])];
}
