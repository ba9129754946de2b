import { accountArn, defineCheck, fail, pass, type Finding } from '../../src/model/check.js';
import type { ResourceRef } from '../../src/model/inventory.js';

export default defineCheck({
  id: 'data-region-allowlist',
  title: 'Every data-bearing resource is in an allow-listed region',
  controlArea: 'data-location',
  severity: 'high',
  nist: { sp800_53r5: ['CM-12', 'SA-9(5)', 'CM-8'], sp800_171r2: ['3.4.1'], sp800_171r3: ['03.04.11', '03.04.10', '03.16.03'] },
  needs: ['s3Buckets', 'ec2Instances', 'ec2Volumes', 'ec2Snapshots', 'ec2Images', 'kmsKeys'],
  rationale:
    'Data use agreements and the system security plan name where controlled-access data is stored. A bucket, instance, volume, snapshot or image in another region is a copy in a place the approval never covered, and often one nobody monitors.',
  remediation: {
    summary:
      'Move the data to an allowed region, or allow the region if the SSP does. Set allowedRegions in the config file to the regions your SSP and data use agreement name. Copy, verify, and only then delete the source.',
    cli: 'aws s3 sync s3://SOURCE_BUCKET s3://BUCKET_IN_ALLOWED_REGION && aws s3 ls s3://BUCKET_IN_ALLOWED_REGION --recursive --summarize | tail -2  # copies only (current versions): compare the counts with the source before deleting it',
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
  },
  evaluate({ s3Buckets, ec2Instances, ec2Volumes, ec2Snapshots, ec2Images, kmsKeys }, { account, settings }) {
    // Without an allow-list there is no stated location to verify: one account-level finding says so, instead
    // of a silent not_applicable that would read as "nothing to check".
    if (settings.allowedRegions.length === 0) {
      return [
        fail(
          accountArn(account),
          'No allowedRegions are configured, so the location of controlled-access data cannot be verified; set allowedRegions to the regions your SSP and data use agreement name.',
          'medium',
        ),
      ];
    }
    const allowed = new Set(settings.allowedRegions.map((region) => region.toLowerCase()));
    const allowedText = settings.allowedRegions.join(', ');
    const judge = (resource: ResourceRef & { region: string }, label: string): Finding =>
      allowed.has(resource.region.toLowerCase())
        ? pass(resource, `${label} is in ${resource.region}, an allowed region.`)
        : fail(resource, `${label} is in ${resource.region}, outside the allowed regions (${allowedText}).`);
    return [
      ...s3Buckets.map((bucket) => judge(bucket, `S3 bucket ${bucket.name}`)),
      // A terminated instance no longer holds data (its volumes, if kept, are judged as volumes).
      ...ec2Instances.filter((instance) => instance.state !== 'terminated').map((instance) => judge(instance, `EC2 instance ${instance.instanceId}`)),
      ...ec2Volumes.map((volume) => judge(volume, `EBS volume ${volume.volumeId}`)),
      ...ec2Snapshots.map((snapshot) => judge(snapshot, `EBS snapshot ${snapshot.snapshotId}`)),
      ...ec2Images.map((image) => judge(image, `AMI ${image.imageId}`)),
      // AWS-managed keys appear wherever a service was touched; customer-managed keys are the lab's own choice.
      ...kmsKeys.filter((key) => key.keyManager === 'CUSTOMER').map((key) => judge(key, `KMS key ${key.keyId}`)),
    ];
  },
});
