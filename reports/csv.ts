/**
 * CSV: one row per result, RFC 4180 (comma separated, CRLF line ends, fields quoted when they hold a quote, comma
 * or line break, quotes doubled). A cell that a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR) gets a leading apostrophe (OWASP's CSV-injection advice): resource names come from AWS, not from us.
 * Each row carries its check's remediation (summary, CLI example, AWS documentation page), so a spreadsheet of
 * findings is also the to-do list.
 */
import type { ScanResult } from '../src/model/scan-result.js';
import { checkIndex } from './common.js';
import { buildFrameworkView, type FrameworkId } from './framework.js';

export const CSV_COLUMNS = [
  'account_id',
  'region',
  'control_area',
  'check_id',
  'check_title',
  'severity',
  'status',
  'waived',
  'resource_arn',
  'message',
  'nist_800_53r5',
  'nist_800_171r2',
  'nist_800_171r3',
  'waiver_reason',
  'waiver_approved_by',
  'waiver_expires',
  'waiver_ticket',
  // Appended, so that readers of the earlier columns by position keep working.
  'remediation_summary',
  'remediation_cli',
  'remediation_doc_url',
] as const;

function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function quoteCsvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(result: ScanResult): string {
  const checks = checkIndex(result);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const entry of result.results) {
    const check = checks.get(entry.checkId);
    rows.push([
      entry.accountId,
      entry.region ?? 'global',
      entry.controlArea,
      entry.checkId,
      check?.title ?? '',
      entry.severity,
      entry.status,
      entry.waiver ? 'true' : 'false',
      entry.resourceArn,
      entry.message,
      check?.nist.sp800_53r5.join(' ') ?? '',
      check?.nist.sp800_171r2.join(' ') ?? '',
      check?.nist.sp800_171r3.join(' ') ?? '',
      entry.waiver?.reason ?? '',
      entry.waiver?.approvedBy ?? '',
      entry.waiver?.expires ?? '',
      entry.waiver?.ticket ?? '',
      check?.remediation.summary ?? '',
      check?.remediation.cli ?? '',
      check?.remediation.docUrl ?? '',
    ]);
  }
  return renderCsvRows(rows);
}

/** RFC 4180 rows: every field quoted as needed and neutralized, CRLF line ends. */
export function renderCsvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

export const REQUIREMENT_CSV_COLUMNS = [
  'framework',
  'requirement_id',
  'family',
  'title',
  'verdict',
  'reason',
  'failing_resources',
  'waived_resources',
  'error_resources',
  'passing_resources',
  'automated_checks',
  'manual_items',
] as const;

/**
 * The requirement-level verdicts: one row per requirement of each framework given (`scan --format csv --framework
 * F`, and requirements.csv in the evidence bundle with both SP 800-171 revisions). Check ids are space-separated.
 */
export function renderRequirementsCsv(result: ScanResult, frameworks: readonly FrameworkId[]): string {
  const rows: string[][] = [[...REQUIREMENT_CSV_COLUMNS]];
  for (const framework of frameworks) {
    for (const requirement of buildFrameworkView(result, framework).requirements) {
      const manual = new Set(requirement.manualItems);
      rows.push([
        framework,
        requirement.id,
        requirement.family ?? '',
        requirement.title ?? '',
        requirement.verdict,
        requirement.reason,
        String(requirement.failingResources),
        String(requirement.waivedResources),
        String(requirement.errorResources),
        String(requirement.passingResources),
        requirement.checks.map((check) => check.checkId).filter((id) => !manual.has(id)).join(' '),
        requirement.manualItems.join(' '),
      ]);
    }
  }
  return renderCsvRows(rows);
}

export const DATA_INVENTORY_COLUMNS = ['account_id', 'region', 'service', 'kind', 'name', 'arn', 'dbgap_data', 'reason', 'encryption', 'exposure', 'retention'] as const;

/** data-inventory.csv of the evidence bundle: one row per store that holds or may hold dbGaP data (`dbgap_data` yes | unknown). */
export function renderDataInventoryCsv(result: ScanResult): string {
  const rows: string[][] = [[...DATA_INVENTORY_COLUMNS]];
  for (const store of result.dataInventory ?? []) {
    rows.push([
      store.accountId,
      store.region ?? 'global',
      store.service,
      store.kind,
      store.name,
      store.arn,
      store.controlledData === true ? 'yes' : 'unknown',
      store.reason,
      store.encryption,
      store.exposure,
      store.retention,
    ]);
  }
  return rows.map((row) => row.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}
