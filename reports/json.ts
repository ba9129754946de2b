/** The JSON report: the ScanResult as is. Its shape is versioned by `schemaVersion` and documented in the README. */
import type { ScanResult } from '../src/model/scan-result.js';

export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
