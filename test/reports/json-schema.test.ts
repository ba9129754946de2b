import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { renderJson } from '../../reports/json.js';
import { parseInventory } from '../../src/files/inventory-file.js';
import { buildScanResult } from '../../src/scan.js';
import { renderReportJsonSchema } from '../../src/docs/report-json-schema.js';
import { parseReport } from '../../src/files/report-file.js';
import { describeErrors, loadValidator } from './schema-helpers.js';
import { fixtureScanResult } from './fixture.js';

/** Just enough of the report's shape to break it on purpose. */
interface ReportJson {
  schemaVersion: unknown;
  results: (Record<string, unknown> & { waiver?: Record<string, unknown> })[];
  checks: { nist: Record<string, unknown> }[];
}

const validateReport = loadValidator('schemas/report.schema.json');
const examplePath = join(import.meta.dirname, '..', '..', 'examples', 'genomics-lab.inventory.json');

async function exampleReport(): Promise<unknown> {
  const inventory = parseInventory(await readFile(examplePath, 'utf8'), examplePath);
  const now = new Date('2026-11-21T09:00:00.000Z');
  return JSON.parse(renderJson(buildScanResult(inventory, { checks: CHECKS, source: 'inventory', startedAt: now, now })));
}

describe('published JSON report schema (schemas/report.schema.json)', () => {
  it('accepts the JSON report of the example inventory', async () => {
    const report = await exampleReport();
    expect(validateReport(report), describeErrors(validateReport)).toBe(true);
  });

  it('accepts a report with errors, waivers, manual items and collection errors', () => {
    const report = JSON.parse(renderJson(fixtureScanResult())) as unknown;
    expect(validateReport(report), describeErrors(validateReport)).toBe(true);
  });

  it.each(['dbgap', 'nist-800-171-r2', 'nist-800-171-r3', 'nist-800-53-r5'] as const)('accepts the %s framework section', (framework) => {
    const report = JSON.parse(renderJson(fixtureScanResult(), { framework })) as { framework: { requirements: unknown[] } };
    expect(validateReport(report), describeErrors(validateReport)).toBe(true);
    expect(report.framework.requirements.length).toBeGreaterThan(0);
  });

  it.each<[string, (report: ReportJson) => void]>([
    ['an unknown status', (report) => (report.results[0]!.status = 'ok')],
    ['another schemaVersion', (report) => (report.schemaVersion = 2)],
    ['an undocumented field', (report) => (report.results[0]!.extra = true)],
    ['a malformed NIST id', (report) => (report.checks[0]!.nist.sp800_171r3 = ['3.5.3'])],
    ['a waiver without approver', (report) => delete report.results[4]!.waiver!.approvedBy],
  ])('rejects %s', (_name, mutate) => {
    const report = JSON.parse(renderJson(fixtureScanResult())) as ReportJson;
    expect(report.results[4]!.waiver).toBeDefined();
    mutate(report);
    expect(validateReport(report)).toBe(false);
  });
});

describe('one description of the report', () => {
  it('publishes exactly the JSON Schema generated from the zod report schema (run `npm run docs` after changing it)', async () => {
    const published = await readFile(join(import.meta.dirname, '..', '..', 'schemas', 'report.schema.json'), 'utf8');
    expect(published).toBe(renderReportJsonSchema());
  });

  it('reads back every report it writes, through the one reader used by merge, diff and --baseline', () => {
    const written = renderJson(fixtureScanResult(), { framework: 'nist-800-171-r3' });
    expect(parseReport(written, 'report.json')).toEqual(JSON.parse(written));
  });
});
