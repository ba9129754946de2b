/** Format name → writer. Writers are pure functions of the ScanResult. */
import type { ScanResult } from '../src/model/scan-result.js';
import { renderJson } from './json.js';
import { renderTable } from './table.js';

export interface WriterOptions {
  color: boolean;
  showPassed?: boolean;
  width?: number;
}

export const REPORT_WRITERS = {
  table: (result: ScanResult, options: WriterOptions) => renderTable(result, options),
  json: (result: ScanResult) => renderJson(result),
} satisfies Record<string, (result: ScanResult, options: WriterOptions) => string>;

export type ReportFormat = keyof typeof REPORT_WRITERS;

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { table: 'txt', json: 'json' };

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORT_WRITERS, value);
}
