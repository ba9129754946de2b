/** Golden files over the fixed ScanResult (frozen clock): any change to a writer's output shows up in review. */
import { describe, expect, it } from 'vitest';
import { REPORT_WRITERS } from '../../reports/index.js';
import { fixtureScanResult } from './fixture.js';

describe('report golden files', () => {
  it.each([
    ['csv', 'report.csv'],
    ['junit', 'report.junit.xml'],
    ['html', 'report.html'],
  ] as const)('%s matches golden/%s', async (format, file) => {
    await expect(REPORT_WRITERS[format](fixtureScanResult(), { color: false })).toMatchFileSnapshot(`./golden/${file}`);
  });

  it.each(['nist-800-171-r2', 'nist-800-171-r3'] as const)('the compliance-view table matches golden/framework-%s.txt', async (framework) => {
    const text = REPORT_WRITERS.table(fixtureScanResult(), { color: false, framework });
    await expect(text).toMatchFileSnapshot(`./golden/framework-${framework}.txt`);
  });

  it('the requirement-verdict CSV matches golden/requirements-nist-800-171-r3.csv', async () => {
    const text = REPORT_WRITERS.csv(fixtureScanResult(), { color: false, framework: 'nist-800-171-r3' });
    await expect(text).toMatchFileSnapshot('./golden/requirements-nist-800-171-r3.csv');
  });
});
