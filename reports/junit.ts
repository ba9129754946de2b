/**
 * JUnit XML, for CI systems that show test reports: one <testsuite> per dbGaP control area, one <testcase> per
 * check and resource. Unwaived `fail` → <failure>, `error` → <error>; waived failures, `not_applicable` and `manual`
 * → <skipped> with the reason; `pass` → an empty testcase.
 */
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import type { CheckResult, ScanResult } from '../src/model/scan-result.js';
import { checkIndex } from './common.js';

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function outcome(entry: CheckResult, detail: string): string {
  if (entry.status === 'fail' && entry.waiver) {
    return `<skipped message="${escapeXml(`waived until ${entry.waiver.expires} by ${entry.waiver.approvedBy}: ${entry.waiver.reason}`)}"/>`;
  }
  switch (entry.status) {
    case 'fail':
      return `<failure message="${escapeXml(entry.message)}" type="${entry.severity}">${escapeXml(detail)}</failure>`;
    case 'error':
      return `<error message="${escapeXml(entry.message)}" type="not-evaluated">${escapeXml(detail)}</error>`;
    case 'not_applicable':
      return `<skipped message="${escapeXml(`not applicable: ${entry.message}`)}"/>`;
    case 'manual':
      return `<skipped message="${escapeXml(`manual attestation: ${entry.message}`)}"/>`;
    default:
      return '';
  }
}

export function renderJunit(result: ScanResult): string {
  const checks = checkIndex(result);
  const timestamp = result.scan.finishedAt.replace(/\.\d+Z$/, '');
  const suites: string[] = [];
  let totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const area of CONTROL_AREAS) {
    const entries = result.results.filter((entry) => entry.controlArea === area.id);
    if (entries.length === 0) continue;
    const failures = entries.filter((entry) => entry.status === 'fail' && !entry.waiver).length;
    const errors = entries.filter((entry) => entry.status === 'error').length;
    const skipped = entries.filter((entry) => entry.waiver || entry.status === 'not_applicable' || entry.status === 'manual').length;
    totals = { tests: totals.tests + entries.length, failures: totals.failures + failures, errors: totals.errors + errors, skipped: totals.skipped + skipped };
    const cases = entries.map((entry) => {
      const check = checks.get(entry.checkId);
      const detail = [
        `${entry.message}`,
        `Resource: ${entry.resourceArn}${entry.region ? ` (${entry.region})` : ''}`,
        `Severity: ${entry.severity}`,
        ...(check ? [`NIST SP 800-53 r5: ${check.nist.sp800_53r5.join(', ')}`, `Remediation: ${check.remediation.summary}`] : []),
        ...(check?.remediation.cli ? [`Example: ${check.remediation.cli}`] : []),
      ].join('\n');
      const body = outcome(entry, detail);
      const attributes = `name="${escapeXml(`${entry.checkId} ${entry.resourceArn}`)}" classname="${escapeXml(`dbgap-audit.${area.id}.${entry.checkId}`)}" time="0"`;
      return body ? `    <testcase ${attributes}>\n      ${body}\n    </testcase>` : `    <testcase ${attributes}/>`;
    });
    suites.push(
      `  <testsuite name="${escapeXml(`${area.number}. ${area.title}`)}" id="${area.id}" tests="${entries.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0" timestamp="${timestamp}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`dbgap-audit ${result.tool.version} account ${result.scan.account.id}`)}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
