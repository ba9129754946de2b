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

  it('the compliance-view table matches golden/framework-nist-800-171-r2.txt', async () => {
    const text = REPORT_WRITERS.table(fixtureScanResult(), { color: false, framework: 'nist-800-171-r2' });
    await expect(text).toMatchFileSnapshot('./golden/framework-nist-800-171-r2.txt');
  });
});
