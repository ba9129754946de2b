/**
 * Opens report.html in headless Chromium (Debian's package, see .ci/apt-packages): no console error, no network
 * request, the key content is there, and it prints to PDF.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../reports/html.js';
import { fixtureScanResult } from '../reports/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the report.html browser test: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it from .ci/apt-packages).`);
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dbgap-audit-browser-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('report.html in a browser', () => {
  it.skipIf(!hasChromium)('renders without console errors or network requests and prints to PDF', async () => {
    const htmlPath = join(directory, 'report.html');
    await writeFile(htmlPath, renderHtml(fixtureScanResult()));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
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
      const pdfPath = join(directory, 'report.pdf');
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdfPath, format: 'Letter', printBackground: true });
      const pdf = await readFile(pdfPath);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await stat(pdfPath)).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
