/** The published JSON Schema of the report, as `npm run docs` writes it to schemas/report.schema.json. */
import { reportJsonSchema } from '../model/report-schema.js';

export function renderReportJsonSchema(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
