/** Inventory item types of CloudTrail. */
import type { Fact } from '../failure.js';
import type { ResourceRef } from '../inventory.js';

// ---------- CloudTrail ----------
export interface TrailEventSelectors {
  /** Classic selectors. */
  eventSelectors: Array<{
    readWriteType: string;
    includeManagementEvents: boolean;
    excludeManagementEventSources: string[];
    dataResources: Array<{ type: string; values: string[] }>;
  }>;
  /** Advanced selectors: field selectors as given. */
  advancedEventSelectors: Array<{
    name?: string;
    fieldSelectors: Array<{
      field: string;
      equals?: string[];
      startsWith?: string[];
      endsWith?: string[];
      notEquals?: string[];
      notStartsWith?: string[];
      notEndsWith?: string[];
    }>;
  }>;
}

export interface TrailStatus {
  isLogging: boolean;
  latestDeliveryError?: string;
  latestCloudWatchLogsDeliveryTime?: string;
}

export interface Trail extends ResourceRef {
  region: string;
  name: string;
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganization: boolean;
  logFileValidation: boolean;
  kmsKeyId?: string;
  s3BucketName?: string;
  cloudWatchLogsLogGroupArn?: string;
  /** The regions from which DescribeTrails listed this trail (its home region, plus shadow copies). */
  seenInRegions: string[];
  /** Unknown when GetTrailStatus failed (the failure names the field `status`). */
  status: Fact<TrailStatus>;
  /** Unknown when GetEventSelectors failed (the failure names the field `selectors`). */
  selectors: Fact<TrailEventSelectors>;
}
