/**
 * The JSON report: the ScanResult as is, plus a `framework` section when a compliance view was asked for. Its shape
 * is versioned by `schemaVersion` and published as schemas/report.schema.json.
 */
import type { ScanResult } from '../src/model/scan-result.js';
import { buildFrameworkView, type FrameworkId } from './framework.js';

export function renderJson(result: ScanResult, options: { framework?: FrameworkId } = {}): string {
  const report = options.framework ? { ...result, framework: buildFrameworkView(result, options.framework) } : result;
  return `${JSON.stringify(report, null, 2)}\n`;
}
