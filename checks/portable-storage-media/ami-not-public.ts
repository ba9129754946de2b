import { defineCheck, fail, pass, type Finding } from '../../src/model/check.js';

export default defineCheck({
  id: 'ami-not-public',
  title: 'No owned AMI is public, and image block public access is on in every region',
  controlArea: 'portable-storage-media',
  severity: 'critical',
  nist: { sp800_53r5: ['AC-3', 'MP-2'], sp800_171r2: ['3.1.3', '3.1.22'], sp800_171r3: ['03.01.03', '03.01.22'] },
  needs: ['ec2Images', 'ec2ImageBlockPublicAccess'],
  rationale:
    'An AMI made from an analysis host carries its disks: cached genotype files, scratch results, keys in home directories. A public AMI lets anyone launch that machine; the regional image block stops new public sharing before it happens.',
  remediation: {
    summary:
      'Make the AMI private, then block public sharing of AMIs in each region. Image block public access (block-new-sharing) stops new public shares.',
    cli: 'aws ec2 modify-image-attribute --image-id IMAGE_ID --launch-permission "Remove=[{Group=all}]" && aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing --region REGION  # stops public launches; accounts the AMI is shared with by id keep access',
    docUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
  },
  evaluate({ ec2Images, ec2ImageBlockPublicAccess }) {
    const images = ec2Images.map((image): Finding => {
      const label = `AMI ${image.imageId}${image.name ? ` (${image.name})` : ''} in ${image.region}`;
      return image.isPublic ? fail(image, `${label} is public: any AWS account can launch it.`) : pass(image, `${label} is private.`);
    });
    // The account setting is evaluated in every region, with or without images: it guards the next AMI too.
    const settings = ec2ImageBlockPublicAccess.map((setting): Finding => {
      const managed = setting.managedBy === 'declarative-policy' ? ' (enforced by a declarative policy)' : '';
      return setting.state === 'block-new-sharing'
        ? pass(setting, `Image block public access in ${setting.region} is block-new-sharing${managed}.`)
        : fail(setting, `Image block public access in ${setting.region} is ${setting.state}${managed}: AMIs can be made public.`, 'medium');
    });
    return [...images, ...settings];
  },
});
