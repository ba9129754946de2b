/**
 * The evidence report: one self-contained HTML file for a Data Access Committee. No script, no network, no external
 * asset (a Content-Security-Policy forbids them), inline CSS with print rules, an inline SVG chart. Everything that
 * comes from AWS or from a waiver file is HTML-escaped.
 */
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import { describeFailure } from '../src/model/failure.js';
import type { CheckResult, CheckSummary, ScanResult } from '../src/model/scan-result.js';
import { catalogDigest, checkIndex } from './common.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = escapeHtml;

type ChartStatus = 'pass' | 'fail' | 'error' | 'manual';
const CHART_STATUSES: { status: ChartStatus; label: string; color: string }[] = [
  { status: 'pass', label: 'Pass', color: '#2e7d32' },
  { status: 'fail', label: 'Fail', color: '#c62828' },
  { status: 'error', label: 'Error', color: '#ef6c00' },
  { status: 'manual', label: 'Manual', color: '#1565c0' },
];

function statusLabel(entry: CheckResult): string {
  if (entry.waiver) return 'WAIVED';
  return entry.status === 'not_applicable' ? 'N/A' : entry.status.toUpperCase();
}

/** Horizontal stacked bars, one per control area, scaled to the largest area. */
function renderChart(result: ScanResult): string {
  const rowHeight = 26;
  const labelWidth = 330;
  const barWidth = 360;
  const top = 30;
  const counts = CONTROL_AREAS.map((area) => {
    const entries = result.results.filter((entry) => entry.controlArea === area.id);
    return { area, values: CHART_STATUSES.map(({ status }) => entries.filter((entry) => entry.status === status).length) };
  });
  const max = Math.max(1, ...counts.map(({ values }) => values.reduce((sum, value) => sum + value, 0)));
  const height = top + counts.length * rowHeight + 10;
  const rows = counts.map(({ area, values }, index) => {
    const y = top + index * rowHeight;
    let x = labelWidth;
    const bars = values.map((value, statusIndex) => {
      if (value === 0) return '';
      const width = (value / max) * barWidth;
      const spec = CHART_STATUSES[statusIndex]!;
      const bar = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="18" fill="${spec.color}"><title>${e(`${area.title}: ${value} ${spec.label.toLowerCase()}`)}</title></rect>`;
      x += width;
      return bar;
    });
    const total = values.reduce((sum, value) => sum + value, 0);
    const summary = total === 0 ? 'no automated results' : values.map((value, statusIndex) => `${value} ${CHART_STATUSES[statusIndex]!.label.toLowerCase()}`).join(' · ');
    return `<text x="0" y="${y + 13}" class="chart-label">${e(`${area.number}. ${area.title}`)}</text>${bars.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + 13}" class="chart-count">${e(summary)}</text>`;
  });
  const legend = CHART_STATUSES.map(
    ({ label, color }, index) => `<rect x="${labelWidth + index * 90}" y="4" width="12" height="12" fill="${color}"/><text x="${labelWidth + index * 90 + 16}" y="14" class="chart-count">${label}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelWidth + barWidth + 260} ${height}" width="100%"><title id="chart-title">Results per dbGaP control area: pass, fail, error and manual</title>${legend.join('')}${rows.join('')}</svg>`;
}

function nistLine(check: CheckSummary): string {
  return `800-53 r5: ${check.nist.sp800_53r5.join(', ') || '—'} · 800-171 r2: ${check.nist.sp800_171r2.join(', ') || '—'} · 800-171 r3: ${check.nist.sp800_171r3.join(', ') || '—'}`;
}

function renderCheck(check: CheckSummary, entries: CheckResult[]): string {
  const rows = entries.map(
    (entry) =>
      `<tr class="status-${entry.waiver ? 'waived' : entry.status}"><td class="status">${statusLabel(entry)}</td><td>${e(entry.severity)}</td><td class="arn">${e(entry.resourceArn)}${entry.region ? ` <span class="muted">(${e(entry.region)})</span>` : ''}</td><td>${e(entry.message)}</td></tr>`,
  );
  const table = rows.length
    ? `<table><thead><tr><th>Status</th><th>Severity</th><th>Resource</th><th>Observation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="muted">No results.</p>';
  return `<section class="check" id="check-${e(check.id)}"><h3>${e(check.title)} <code>${e(check.id)}</code></h3><p class="meta">Severity <strong>${e(check.severity)}</strong> · ${e(nistLine(check))}</p><p>${e(check.rationale)}</p><p><strong>Remediation:</strong> ${e(check.remediation.summary)}${check.remediation.cli ? `<br><code>${e(check.remediation.cli)}</code>` : ''}</p>${table}</section>`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: .2rem; } code { font-size: .9em; background: #f3f3f3; padding: 0 .2em; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; } th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } .arn { word-break: break-all; font-family: ui-monospace, monospace; font-size: .85em; }
.muted { color: #666; } .meta { color: #444; margin-top: 0; }
.status { font-weight: 600; white-space: nowrap; } .status-fail .status { color: #c62828; } .status-error .status { color: #ef6c00; }
.status-pass .status { color: #2e7d32; } .status-manual .status { color: #1565c0; } .status-waived .status { color: #6a1b9a; }
dl.scope { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; } dl.scope dt { font-weight: 600; } dl.scope dd { margin: 0; word-break: break-all; }
.chart-label { font-size: 12px; fill: #1b1b1b; } .chart-count { font-size: 11px; fill: #444; }
.summary span { display: inline-block; margin-right: 1rem; font-weight: 600; }
.signoff { border: 1px solid #999; padding: .6rem .8rem; margin: .6rem 0; page-break-inside: avoid; break-inside: avoid; }
.signoff .line { display: inline-block; min-width: 12rem; border-bottom: 1px solid #333; height: 1.4rem; margin-right: 1.5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; } h2 { page-break-after: avoid; break-after: avoid; }
  section.check, tr { page-break-inside: avoid; break-inside: avoid; } a { color: inherit; text-decoration: none; }
}
`;

export function renderHtml(result: ScanResult): string {
  const { scan, summary } = result;
  const checks = checkIndex(result);
  const scope = [
    ['Account', scan.accounts.map((account) => `${account.id}${account.alias ? ` (${account.alias})` : ''}`).join(', ')],
    ['Partition', scan.account.partition],
    ['Regions', scan.regions.join(', ') || '—'],
    ['Caller identity', scan.account.callerArn ?? 'not recorded'],
    ['Source', scan.source === 'live' ? 'live AWS scan' : `saved inventory collected ${scan.inventoryCollectedAt}`],
    ['Scan started (UTC)', scan.startedAt],
    ['Scan finished (UTC)', scan.finishedAt],
    ['Tool', `${result.tool.name} ${result.tool.version}`],
    ['Check catalog', `${result.tool.version}+${catalogDigest(result.checks)} (${result.checks.length} checks)`],
    ['Report schema', `version ${result.schemaVersion}`],
  ];
  const areas = CONTROL_AREAS.map((area) => {
    const areaChecks = result.checks.filter((check) => check.controlArea === area.id && check.kind !== 'manual');
    const body = areaChecks.length
      ? areaChecks.map((check) => renderCheck(check, result.results.filter((entry) => entry.checkId === check.id))).join('')
      : '<p class="muted">No automated check in this control area was run; see the attestation items below.</p>';
    return `<section class="area" id="area-${area.id}"><h2>${area.number}. ${e(area.title)} <span class="muted">(${e(area.domain)})</span></h2>${body}</section>`;
  });
  const waived = result.results.filter((entry) => entry.waiver);
  const waivers = waived.length
    ? `<table><thead><tr><th>Check</th><th>Resource</th><th>Justification</th><th>Approved by</th><th>Expires</th><th>Ticket</th></tr></thead><tbody>${waived
        .map(
          (entry) =>
            `<tr><td><code>${e(entry.checkId)}</code></td><td class="arn">${e(entry.resourceArn)}</td><td>${e(entry.waiver!.reason)}</td><td>${e(entry.waiver!.approvedBy)}</td><td>${e(entry.waiver!.expires)}</td><td>${e(entry.waiver!.ticket ?? '—')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No finding is waived.</p>';
  const errors = result.collectionErrors.length
    ? `<p>The scan is <strong>incomplete</strong>: the data below could not be collected, and the checks that needed it report <em>error</em> (never pass).</p><table><thead><tr><th>API</th><th>IAM action</th><th>Error</th><th>Region</th><th>Resource</th><th>Description</th></tr></thead><tbody>${result.collectionErrors
        .map(
          (failure) =>
            `<tr><td><code>${e(failure.api)}</code></td><td><code>${e(failure.action)}</code></td><td>${e(failure.code)}</td><td>${e(failure.region ?? '—')}</td><td class="arn">${e(failure.resourceArn ?? '—')}</td><td>${e(describeFailure(failure))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>None: every inventory item the checks needed was collected.</p>';
  const manualChecks = result.checks.filter((check) => check.kind === 'manual');
  const manualItems = manualChecks.length
    ? manualChecks
        .map((check) => {
          const statements = result.results.filter((entry) => entry.checkId === check.id).map((entry) => `<li>${e(entry.message)}</li>`);
          return `<div class="signoff" id="attest-${e(check.id)}"><h3>${e(check.title)} <code>${e(check.id)}</code></h3><p class="meta">${e(controlAreaTitle(check))} · ${e(nistLine(check))}</p>${statements.length ? `<ul>${statements.join('')}</ul>` : ''}<p><strong>Evidence to attach:</strong> ${e(check.remediation.summary)}</p><p>Attested by <span class="line"></span> Signature <span class="line"></span> Date <span class="line"></span></p></div>`;
        })
        .join('')
    : '<p>No manual attestation item was part of this scan.</p>';
  const unknownChecks = [...new Set(result.results.map((entry) => entry.checkId))].filter((id) => !checks.has(id));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`dbGaP security evidence — account ${scan.account.id} — ${scan.finishedAt}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>dbGaP security evidence report</h1>
<p class="muted">NIH dbGaP security best practices and NIST SP 800-171 — generated by ${e(result.tool.name)} ${e(result.tool.version)}</p>
</header>
<section id="scope"><h2>Scope</h2><dl class="scope">${scope.map(([term, value]) => `<dt>${e(term!)}</dt><dd>${e(value!)}</dd>`).join('')}</dl></section>
<section id="at-a-glance"><h2>At a glance</h2>
<p class="summary"><span>${summary.pass} passed</span><span>${summary.fail} failed${summary.waived ? ` (${summary.waived} waived)` : ''}</span><span>${summary.error} errors</span><span>${summary.not_applicable} not applicable</span><span>${summary.manual} manual</span></p>
${renderChart(result)}
</section>
${areas.join('\n')}
<section id="waivers"><h2>Waivers</h2>${waivers}</section>
<section id="collection-errors"><h2>Collection errors</h2>${errors}</section>
<section id="attestations"><h2>Manual attestation items</h2><p>These controls cannot be shown through AWS APIs. The institution attests to each and attaches the evidence named.</p>${manualItems}</section>
${unknownChecks.length ? `<p class="muted">Results of checks not described in this report: ${e(unknownChecks.join(', '))}</p>` : ''}
<footer><p class="muted">Report schema version ${result.schemaVersion}. The findings.json, findings.sarif and inventory.json files of this bundle hold the same data; manifest.json lists their SHA-256 digests (dbgap-audit verify-evidence DIR).</p></footer>
</body>
</html>
`;
}

function controlAreaTitle(check: CheckSummary): string {
  const area = CONTROL_AREAS.find((candidate) => candidate.id === check.controlArea);
  return area ? `Control area ${area.number}: ${area.title}` : check.controlArea;
}
