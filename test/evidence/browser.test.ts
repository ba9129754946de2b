/**
 * Opens report.html in headless Chromium (Debian's package, see .ci/apt-packages): no console error, no network
 * request, the key content is there, and it prints to PDF.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_BAR_WIDTH, renderHtml } from '../../reports/html.js';
import { COLLECTORS } from '../../src/collect/collectors.js';
import { actionFor } from '../../src/collect/iam-actions.js';
import { countStatuses, type CheckResult, type ScanResult } from '../../src/model/scan-result.js';
import { FIXTURE_WAIVERS, fixtureScanResult } from '../reports/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the report.html browser test: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it from .ci/apt-packages).`);
}

/** A4 (210 mm) less the report's 12 mm print margins, in CSS pixels (96 per inch). */
const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

let directory: string;
let browser: Browser | undefined;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dbgap-audit-browser-'));
  if (hasChromium) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(directory, { recursive: true, force: true });
});

async function openReport(result: ScanResult, name: string): Promise<Page> {
  const htmlPath = join(directory, name);
  await writeFile(htmlPath, renderHtml(result));
  const page = await browser!.newPage();
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  return page;
}

/** The fixture with a fourth waiver status: an applied waiver that expires within the warning days. */
function everyWaiverStatus(): ScanResult {
  const expiring = { ...FIXTURE_WAIVERS[0]!, index: 4, resources: ['arn:aws:iam::123456789012:user/carol'], reason: 'Contractor leaves next week', approvedBy: 'PI Dr. Roe', expires: '2026-11-25', status: 'expiring' as const, daysLeft: 5 };
  return fixtureScanResult({ waivers: [...FIXTURE_WAIVERS, expiring] });
}

describe('report.html in a browser', () => {
  it.skipIf(!hasChromium)('renders without console errors or network requests and prints to PDF', async () => {
    const htmlPath = join(directory, 'report.html');
    await writeFile(htmlPath, renderHtml(fixtureScanResult()));
    const page = await browser!.newPage();
    try {
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
      expect(await page.title()).toContain('account 123456789012');
      expect(await page.locator('h1').textContent()).toBe('dbGaP security evidence report');
      expect(await page.locator('section.area').count()).toBe(12);
      expect(await page.locator('#at-a-glance svg rect').count()).toBeGreaterThan(4);
      // The hostile user name is shown as text, not run as markup.
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('#check-iam-user-console-mfa').textContent()).toContain('user/<script>alert(1)</script>');
      expect(await page.locator('#waivers').textContent()).toContain('ISSO <j.doe@example.org>');
      expect(await page.locator('#collection-errors').textContent()).toContain('ec2:DescribeSecurityGroups');
      expect(await page.locator('#attest-physical-datacenter-attestation').textContent()).toContain('Attested by');
      // Requirement verdicts: a section per SP 800-171 revision, each row linking to the checks behind it.
      const r3 = page.locator('#requirements-nist-800-171-r3');
      expect(await r3.locator('h2').textContent()).toBe('NIST SP 800-171 rev 3: requirement verdicts');
      const row = r3.locator('tr', { hasText: '03.13.08 Transmission and Storage Confidentiality' });
      expect(await row.locator('td.status').textContent()).toBe('Not met');
      expect(await row.locator('td').nth(2).textContent()).toBe('1 failing');
      const target = await row.locator('a').getAttribute('href');
      expect(await page.locator(target!).count()).toBe(1);
      expect(await page.locator('#requirements-nist-800-171-r2 tr.verdict-attested td.status').textContent()).toBe('Attested (manual)');
      expect(await page.locator('#requirements-nist-800-171-r2 p.uncovered').textContent()).toContain('3.1.1,');
      const pdfPath = join(directory, 'report.pdf');
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      const pdf = await readFile(pdfPath);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await stat(pdfPath)).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it.skipIf(!hasChromium)('lists waivers of every status, each with its status in the status column, lapsed ones first', async () => {
    const page = await openReport(everyWaiverStatus(), 'waivers.html');
    try {
      const rows = await page.locator('#waivers table.waiver-list tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ status: tr.className, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '') })),
      );
      expect(rows.map((row) => [row.status, row.cells[0], row.cells[1]])).toEqual([
        ['waiver-expired', '2', 'Expired 20 days ago: not applied'],
        ['waiver-expiring', '4', 'Applied; expires in 5 days'],
        ['waiver-unused', '3', 'Unused: matches no failing result'],
        ['waiver-applied', '1', 'Applied'],
      ]);
      expect(await page.locator('#waivers table.waiver-list thead th').nth(1).textContent()).toBe('Status');
      expect(rows[0]!.cells).toContain('CISO <ciso@example.org>');
      expect(rows[2]!.cells[3]).toContain('sg-0retired');
      // The status is visible, not only a class name: the expired row is painted differently from the applied one.
      const colors = await page.locator('#waivers table.waiver-list td.status').evaluateAll((cells) => cells.map((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell).color));
      expect(new Set(colors).size).toBe(4);
      expect(await page.locator('#waivers').textContent()).toContain('1 applied, 1 expiring, 1 expired, 1 unused');
    } finally {
      await page.close();
    }
  }, 60_000);

  it.skipIf(!hasChromium)('draws each control area to 100% of its own results and prints the counts', async () => {
    const base = fixtureScanResult();
    const template = base.results[1]!; // a networking pass
    const many: CheckResult[] = Array.from({ length: 5000 }, (_, index) => ({ ...template, resourceArn: `${template.resourceArn}-${index}` }));
    const results = [...base.results, ...many];
    const page = await openReport({ ...base, results, summary: countStatuses(results) }, 'chart.html');
    try {
      const rows = await page.locator('#at-a-glance g.chart-row').evaluateAll((groups) =>
        groups.map((group) => ({
          area: group.getAttribute('data-area'),
          total: Number(group.getAttribute('data-total')),
          widths: [...group.querySelectorAll('rect[data-status]')].map((rect) => rect.getBoundingClientRect().width),
          segments: [...group.querySelectorAll('rect[data-status]')].map((rect) => `${rect.getAttribute('data-count')} ${rect.getAttribute('data-status')}`),
          counts: group.querySelector('text.chart-count')?.textContent,
        })),
      );
      expect(rows).toHaveLength(12);
      const drawn = rows.filter((row) => row.total > 0);
      expect(drawn.map((row) => row.area)).toEqual(['physical-server-access', 'user-accounts', 'networking', 'data-encryption']);
      // Every drawn bar has the same rendered length, whatever its count (5,002 results against 1).
      const lengths = drawn.map((row) => row.widths.reduce((sum, width) => sum + width, 0));
      for (const length of lengths) expect(length).toBeCloseTo(lengths[0]!, 0);
      const svgScale = lengths[0]! / CHART_BAR_WIDTH;
      const encryption = drawn.find((row) => row.area === 'data-encryption')!;
      expect(encryption.segments).toEqual(['1 fail']);
      expect(encryption.widths[0]! / svgScale).toBeCloseTo(CHART_BAR_WIDTH, 0);
      const networking = drawn.find((row) => row.area === 'networking')!;
      expect(networking.counts).toBe('5001 pass · 1 fail · 1 error');
      expect(drawn.find((row) => row.area === 'user-accounts')!.counts).toBe('1 pass · 1 fail · 1 waived');
      expect(rows.find((row) => row.area === 'data-location')!.counts).toBe('no automated results');
    } finally {
      await page.close();
    }
  }, 60_000);

  it.skipIf(!hasChromium)('never wraps an API or IAM action name mid-word in the collection-errors table at A4 print width', async () => {
    // The longest names any collector can fail on, with a long ARN and a long AWS message beside them.
    const apis = [...new Set(Object.values(COLLECTORS).flatMap((collector) => collector.apis))].sort((a, b) => b.length - a.length).slice(0, 6);
    expect(apis[0]!.length).toBeGreaterThan(35);
    const collectionErrors = apis.map((api, index) => ({
      api,
      action: actionFor(api),
      code: index % 2 ? 'AccessDeniedException' : 'TooManyRequestsException',
      kind: index % 2 ? ('access-denied' as const) : ('unknown' as const),
      message: `User: arn:aws:sts::123456789012:assumed-role/dbgap-audit-scanner/ci is not authorized to perform: ${actionFor(api)} on resource: arn:aws:config:ap-southeast-2:123456789012:config-recorder/default with an explicit deny`,
      region: 'ap-southeast-2',
      resourceArn: `arn:aws:s3:::a-very-long-bucket-name-holding-controlled-access-genomic-data-${index}`,
    }));
    const page = await openReport(fixtureScanResult({ collectionErrors }), 'errors.html');
    try {
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1100 });
      const names = await page.locator('#collection-errors code.name').evaluateAll((codes) =>
        codes.map((code) => ({ text: code.textContent, lines: code.getClientRects().length })),
      );
      expect(names.map((name) => name.text)).toEqual(apis.flatMap((api) => [api, actionFor(api)]));
      for (const name of names) expect(name, `${name.text} wraps`).toMatchObject({ lines: 1 });
      // Not by overflowing the page: the table fits the printable width.
      const table = await page.locator('#collection-errors table').evaluate((element) => ({ width: element.scrollWidth, right: element.getBoundingClientRect().right }));
      expect(table.right).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
      expect(table.width).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.close();
    }
  });
});
