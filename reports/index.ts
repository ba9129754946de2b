/** Format name → writer. Writers are pure functions of the ScanResult. */
import type { ScanResult } from '../src/model/scan-result.js';
import { renderCsv, renderRequirementsCsv } from './csv.js';
import { renderFrameworkTable, type FrameworkId } from './framework.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import type { ResultStatus } from '../src/model/check.js';
import type { Severity } from '../src/model/severity.js';
import { renderSummaryLine, renderTable } from './table.js';

export interface WriterOptions {
  color: boolean;
  showPassed?: boolean;
  /** Table: print the attestation items instead of one line pointing to them. */
  showManual?: boolean;
  /** Table: full ARNs, one finding per line. */
  wide?: boolean;
  /** Table: the layout width in columns. */
  width?: number;
  /** Table: list only these statuses (`--status`). */
  statuses?: readonly ResultStatus[];
  /** Table: list only these severities (`--severity`). */
  severities?: readonly Severity[];
  /** Compliance view: the table and CSV by this framework's requirements (with verdicts), a `framework` section in JSON. */
  framework?: FrameworkId;
}

export type ReportWriter = (result: ScanResult, options: WriterOptions) => string;

const writers = {
  table: (result: ScanResult, options: WriterOptions) =>
    options.framework
      ? `${renderFrameworkTable(result, options.framework, { color: options.color })}\n${renderSummaryLine(result)}\n`
      : renderTable(result, options),
  json: (result: ScanResult, options: WriterOptions) => renderJson(result, options.framework ? { framework: options.framework } : {}),
  sarif: (result: ScanResult) => renderSarif(result),
  // With --framework, the CSV is the compliance view: one row per requirement with its verdict.
  csv: (result: ScanResult, options: WriterOptions) => (options.framework ? renderRequirementsCsv(result, [options.framework]) : renderCsv(result)),
  junit: (result: ScanResult) => renderJunit(result),
  html: (result: ScanResult) => renderHtml(result),
} satisfies Record<string, ReportWriter>;

export type ReportFormat = keyof typeof writers;

/** Every writer takes (result, options), whether or not it uses the options. */
export const REPORT_WRITERS: Record<ReportFormat, ReportWriter> = writers;

export const REPORT_FORMATS = Object.keys(REPORT_WRITERS) as ReportFormat[];

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = {
  table: 'txt',
  json: 'json',
  sarif: 'sarif',
  csv: 'csv',
  junit: 'xml',
  html: 'html',
};

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORT_WRITERS, value);
}
