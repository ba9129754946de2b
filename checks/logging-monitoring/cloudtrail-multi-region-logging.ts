import { defineCheck, fail, pass, regionalAccountRef, unknownError } from '../../src/model/check.js';
import { known } from '../../src/model/failure.js';
import type { Trail } from '../../src/model/items/cloudtrail.js';
import { excludedSources, logsAllManagementEvents, unreadTrailFacts } from '../../src/rules/cloudtrail-selectors.js';

function covers(trail: Trail, region: string): boolean {
  return trail.isMultiRegion || trail.homeRegion === region;
}

export default defineCheck({
  id: 'cloudtrail-multi-region-logging',
  title: 'A logging CloudTrail trail records all management events in every region',
  controlArea: 'logging-monitoring',
  severity: 'critical',
  nist: {
    sp800_53r5: ['AU-2', 'AU-3', 'AU-12', 'AU-12(1)', 'AC-2(4)', 'SI-4(2)'],
    sp800_171r2: ['3.3.1', '3.3.2'],
    sp800_171r3: ['03.03.01', '03.03.02', '03.03.03'],
  },
  needs: ['cloudtrailTrails'],
  rationale:
    'Without a trail in every region, an intruder can act where no one records it. dbGaP requires audit logs that let the institution reconstruct who did what to controlled-access data.',
  remediation: {
    summary:
      'Create and start a multi-region trail that logs all management events. An organization trail from the management account covers every member account.',
    cli: 'aws cloudtrail create-trail --name org-audit --s3-bucket-name LOG_BUCKET --is-multi-region-trail --enable-log-file-validation && aws cloudtrail start-logging --name org-audit  # adds a trail; existing trails are unchanged',
    docUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  },
  evaluate({ cloudtrailTrails }, { regions, account }) {
    return regions.map((region) => {
      const where = regionalAccountRef(account, 'cloudtrail', region);
      const candidates = cloudtrailTrails.filter((trail) => covers(trail, region));
      // A trail that logs but cannot deliver (LatestDeliveryError: the S3 bucket refused the log files) records nothing.
      const good = candidates.filter((trail) => {
        const status = known(trail.status);
        return status?.isLogging === true && !status.latestDeliveryError && logsAllManagementEvents(trail) === true;
      });
      const complete = good.find((trail) => excludedSources(trail).length === 0);
      if (complete) return pass(where, `Region ${region} is covered by logging trail ${complete.name}${complete.isMultiRegion ? ' (multi-region)' : ''}.`);
      // An unread trail could be the one that covers the region: every verdict short of a pass waits for it.
      const unknown = candidates.filter((trail) => unreadTrailFacts(trail).length > 0);
      if (unknown.length > 0) {
        const names = unknown.map((trail) => `${trail.name}${trail.isOrganization ? ' (organization trail: verify in the management account)' : ''}`);
        return unknownError(where, `Region ${region}'s coverage by trail ${names.join(', ')}`, unknown.flatMap(unreadTrailFacts));
      }
      const partial = good[0];
      if (partial) {
        return fail(where, `Region ${region} is covered by trail ${partial.name}, but it excludes management events from ${excludedSources(partial).join(', ')}.`, 'low');
      }
      if (candidates.length === 0) return fail(where, `No CloudTrail trail covers region ${region}.`);
      const undelivered = candidates.filter((trail) => known(trail.status)?.isLogging === true && known(trail.status)?.latestDeliveryError);
      if (undelivered.length > 0) {
        const errors = undelivered.map((trail) => `${trail.name} (${known(trail.status)?.latestDeliveryError ?? ''})`);
        return fail(where, `Trails covering region ${region} are logging but their log files are not delivered: ${errors.join(', ')}.`);
      }
      const notLogging = candidates.filter((trail) => known(trail.status)?.isLogging !== true).map((trail) => trail.name);
      if (notLogging.length === candidates.length) return fail(where, `Trails covering region ${region} are not logging: ${notLogging.join(', ')}.`);
      return fail(where, `No logging trail covering region ${region} records all management events (read and write).`);
    });
  },
});
