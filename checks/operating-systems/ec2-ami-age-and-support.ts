import { defineCheck, error, fail, pass, type Finding } from '../../src/model/check.js';
import { daysSince } from '../../src/rules/dates.js';

export default defineCheck({
  id: 'ec2-ami-age-and-support',
  title: 'Instances run from recent, non-deprecated, still-registered images',
  controlArea: 'operating-systems',
  severity: 'low',
  nist: { sp800_53r5: ['CM-2', 'SI-2', 'SA-22'], sp800_171r2: ['3.4.1', '3.14.1'], sp800_171r3: ['03.04.01', '03.14.01', '03.16.02'] },
  needs: ['ec2UsedImages'],
  rationale:
    'An old or deprecated image means the baseline every analysis host starts from has missed months of fixes, and a deregistered image means nobody can rebuild or audit that baseline any more. Hosts holding controlled-access data should start from a maintained, current image.',
  remediation: {
    summary:
      'Rebuild the image from a current, supported base and relaunch from it. Or move to the vendor’s latest AMI, and keep a refresh cadence shorter than thresholds.maxAmiAgeDays.',
    cli: 'aws ec2 describe-images --owners amazon --filters Name=name,Values=al2023-ami-2023* --query "sort_by(Images,&CreationDate)[-1].ImageId" --region REGION',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html',
  },
  evaluate({ ec2UsedImages }, { settings, now }) {
    const maxDays = settings.thresholds.maxAmiAgeDays;
    return ec2UsedImages.map((image): Finding => {
      const users = image.instanceIds.join(', ');
      const name = `Image ${image.imageId}${image.name ? ` (${image.name})` : ''}, used by ${users || 'no listed instance'},`;
      if (!image.found) {
        return fail(image, `Image ${image.imageId}, used by ${users || 'no listed instance'}, is no longer available (deregistered or unshared): the instances' baseline cannot be rebuilt or reviewed.`);
      }
      const problems: string[] = [];
      if (image.deprecationTime && Date.parse(image.deprecationTime) <= now.getTime()) {
        problems.push(`was deprecated on ${image.deprecationTime.slice(0, 10)}`);
      }
      if (!image.creationDate) {
        if (problems.length === 0) return error(image, `${name} has no creation date; cannot tell its age.`);
      } else {
        const days = daysSince(image.creationDate, now);
        if (days > maxDays) problems.push(`is ${days} days old, older than ${maxDays} days`);
        if (problems.length === 0) return pass(image, `${name} is ${days} days old and not deprecated.`);
      }
      return fail(image, `${name} ${problems.join(' and ')}.`);
    });
  },
});
