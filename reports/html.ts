/**
 * The evidence report: one self-contained HTML file for a Data Access Committee. No script, no network, no external
 * asset (a Content-Security-Policy forbids them), inline CSS with print rules, an inline SVG chart. Everything that
 * comes from AWS or from a waiver file is HTML-escaped.
 */
import { CONTROL_AREAS } from '../src/model/control-areas.js';
import type { CollectionFailure } from '../src/model/failure.js';
import type { CheckResult, CheckSummary, ScanResult, WaiverStatus } from '../src/model/scan-result.js';
import { catalogDigest, checkIndex, COLLECTION_FAILURE_HELP } from './common.js';
import { buildFrameworkView, describeVerdicts, FRAMEWORKS, type FrameworkId } from './framework.js';
import { VERDICT_LABELS } from './requirements.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = escapeHtml;

type ChartStatus = 'pass' | 'fail' | 'waived' | 'error' | 'manual';
const CHART_STATUSES: { status: ChartStatus; label: string; color: string }[] = [
  { status: 'pass', label: 'Pass', color: '#2e7d32' },
  { status: 'fail', label: 'Fail', color: '#c62828' },
  { status: 'waived', label: 'Waived', color: '#6a1b9a' },
  { status: 'error', label: 'Error', color: '#ef6c00' },
  { status: 'manual', label: 'Manual', color: '#1565c0' },
];

function chartStatus(entry: CheckResult): ChartStatus | undefined {
  if (entry.status === 'fail') return entry.waiver ? 'waived' : 'fail';
  return entry.status === 'not_applicable' ? undefined : entry.status;
}

function statusLabel(entry: CheckResult): string {
  if (entry.waiver) return 'WAIVED';
  return entry.status === 'not_applicable' ? 'N/A' : entry.status.toUpperCase();
}

export const CHART_BAR_WIDTH = 360;

/**
 * Horizontal stacked bars, one per control area, each drawn to 100% of its own results: an area with thousands of
 * results must not flatten the others, so the bars show proportions and the counts are printed beside them.
 */
function renderChart(result: ScanResult): string {
  const rowHeight = 26;
  const labelWidth = 330;
  const barWidth = CHART_BAR_WIDTH;
  const top = 30;
  const counts = CONTROL_AREAS.map((area) => {
    const values = CHART_STATUSES.map(() => 0);
    for (const entry of result.results) {
      const status = entry.controlArea === area.id ? chartStatus(entry) : undefined;
      if (status) values[CHART_STATUSES.findIndex((spec) => spec.status === status)]! += 1;
    }
    return { area, values };
  });
  const height = top + counts.length * rowHeight + 10;
  const rows = counts.map(({ area, values }, index) => {
    const y = top + index * rowHeight;
    const total = values.reduce((sum, value) => sum + value, 0);
    let x = labelWidth;
    const bars = values.map((value, statusIndex) => {
      if (value === 0) return '';
      const width = (value / total) * barWidth;
      const spec = CHART_STATUSES[statusIndex]!;
      const share = Math.round((value / total) * 100);
      const bar = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="18" fill="${spec.color}" data-status="${spec.status}" data-count="${value}"><title>${e(`${area.title}: ${value} ${spec.label.toLowerCase()} (${share}%)`)}</title></rect>`;
      x += width;
      return bar;
    });
    const empty = total === 0 ? `<rect x="${labelWidth}" y="${y}" width="${barWidth}" height="18" fill="none" stroke="#ccc"/>` : '';
    const summary =
      total === 0
        ? 'no automated results'
        : values
            .map((value, statusIndex) => (value ? `${value} ${CHART_STATUSES[statusIndex]!.label.toLowerCase()}` : ''))
            .filter(Boolean)
            .join(' · ');
    return `<g class="chart-row" data-area="${area.id}" data-total="${total}"><text x="0" y="${y + 13}" class="chart-label">${e(`${area.number}. ${area.title}`)}</text>${empty}${bars.join('')}<text x="${labelWidth + barWidth + 8}" y="${y + 13}" class="chart-count">${e(summary)}</text></g>`;
  });
  const legend = CHART_STATUSES.map(
    ({ label, color }, index) => `<rect x="${labelWidth + index * 80}" y="4" width="12" height="12" fill="${color}"/><text x="${labelWidth + index * 80 + 16}" y="14" class="chart-count">${label}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelWidth + barWidth + 330} ${height}" width="100%"><title id="chart-title">Share of pass, fail, waived, error and manual results in each dbGaP control area (each bar is 100% of its area's results; counts beside it)</title>${legend.join('')}${rows.join('')}</svg>`;
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

const WAIVER_ORDER: Record<WaiverStatus['status'], number> = { expired: 0, expiring: 1, unused: 2, applied: 3 };

function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

function waiverStatusText(waiver: WaiverStatus): string {
  switch (waiver.status) {
    case 'expired':
      return `Expired ${days(-waiver.daysLeft)} ago: not applied`;
    case 'expiring':
      return waiver.daysLeft === 0 ? 'Applied; expires today' : `Applied; expires in ${days(waiver.daysLeft)}`;
    case 'unused':
      return 'Unused: matches no failing result';
    case 'applied':
      return 'Applied';
  }
}

/**
 * Every waiver of the waivers file with its status, the lapsed and unused ones first (what a reviewer most needs to
 * see), then the failing findings that a waiver covers. A report without the statuses (merged from reports that did
 * not record them) still lists the waived findings.
 */
function renderWaivers(result: ScanResult): string {
  const statuses = [...(result.waivers ?? [])].sort((a, b) => WAIVER_ORDER[a.status] - WAIVER_ORDER[b.status] || a.index - b.index);
  const tally = (['applied', 'expiring', 'expired', 'unused'] as const)
    .map((status) => `${statuses.filter((waiver) => waiver.status === status).length} ${status}`)
    .join(', ');
  const list = result.waivers
    ? statuses.length
      ? `<p>${statuses.length} waiver${statuses.length === 1 ? '' : 's'} in the waivers file: ${tally}. An expired waiver is not applied: the failures it covered count as failures.</p><table class="waiver-list"><thead><tr><th>#</th><th>Status</th><th>Check</th><th>Resources</th><th>Failing results matched</th><th>Justification</th><th>Approved by</th><th>Expires</th><th>Ticket</th></tr></thead><tbody>${statuses
          .map(
            (waiver) =>
              `<tr class="waiver-${waiver.status}"><td>${waiver.index}</td><td class="status">${e(waiverStatusText(waiver))}</td><td><code class="name">${e(waiver.checkId)}</code></td><td class="arn">${waiver.resources.map(e).join('<br>')}</td><td>${waiver.matched}</td><td>${e(waiver.reason)}</td><td>${e(waiver.approvedBy)}</td><td class="date">${e(waiver.expires)}</td><td>${e(waiver.ticket ?? '—')}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '<p>The waivers file lists no waiver.</p>'
    : '<p class="muted">No waivers file was used for this report (or its waiver statuses were not recorded).</p>';
  const waived = result.results.filter((entry) => entry.waiver);
  const findings = waived.length
    ? `<h3>Waived findings</h3><table><thead><tr><th>Check</th><th>Resource</th><th>Justification</th><th>Approved by</th><th>Expires</th><th>Ticket</th></tr></thead><tbody>${waived
        .map(
          (entry) =>
            `<tr><td><code class="name">${e(entry.checkId)}</code></td><td class="arn">${e(entry.resourceArn)}</td><td>${e(entry.waiver!.reason)}</td><td>${e(entry.waiver!.approvedBy)}</td><td class="date">${e(entry.waiver!.expires)}</td><td>${e(entry.waiver!.ticket ?? '—')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No finding is waived.</p>';
  return `${list}${findings}`;
}

/** What the failure means and what to do, without repeating the API, action, code and region of the other columns. */
function failureMeaning(failure: CollectionFailure): string {
  const { title, help } = COLLECTION_FAILURE_HELP[failure.kind];
  const verbatim = failure.kind === 'unknown' || failure.kind === 'not-available' || failure.kind === 'network';
  return `${title}. ${help}${verbatim ? ` AWS said: ${failure.message}` : ''}`;
}

/**
 * API and IAM action names are never broken inside a word (a reviewer copies them into a policy): they share one
 * column, one name a line, wide enough for the longest at A4 print width.
 */
function renderCollectionErrors(result: ScanResult): string {
  if (result.collectionErrors.length === 0) return '<p>None: every inventory item the checks needed was collected.</p>';
  const multiAccount = result.scan.accounts.length > 1;
  const rows = result.collectionErrors.map(
    (failure) =>
      `<tr>${multiAccount ? `<td>${e(failure.accountId ?? result.scan.account.id)}</td>` : ''}<td><code class="name">${e(failure.api)}</code><br><code class="name">${e(failure.action)}</code></td><td class="name">${e(failure.code)}<br>${e(failure.region ?? 'global')}</td><td class="arn">${e(failure.resourceArn ?? '—')}</td><td class="text">${e(failureMeaning(failure))}</td></tr>`,
  );
  return `<p>The scan is <strong>incomplete</strong>: the data below could not be collected, and the checks that needed it report <em>error</em> (never pass).</p><table class="collection-errors"><thead><tr>${multiAccount ? '<th>Account</th>' : ''}<th>API call<br>IAM action</th><th>Error<br>Region</th><th>Resource</th><th>Meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * "Where the data lives", before the findings: a DAC reads which stores hold (or may hold) the data, and how each is
 * keyed, exposed and kept, before it reads what fails.
 */
function renderDataInventory(result: ScanResult): string {
  const stores = result.dataInventory;
  if (stores === undefined) return '<p class="muted">This report was written without a data inventory.</p>';
  if (stores.length === 0) {
    return '<p>No data store in the scanned inventory is classified as holding dbGaP data (by the configured bucket names or tags), and none has tags that could not be read.</p>';
  }
  const multiAccount = result.scan.accounts.length > 1;
  const rows = stores.map((store) => {
    const classified = store.controlledData === true ? `yes: ${store.reason}` : `may: ${store.reason}`;
    return `<tr class="data-store">${multiAccount ? `<td>${e(store.accountId)}</td>` : ''}<td><strong>${e(store.name)}</strong><br><span class="muted">${e(store.service)} · ${e(store.kind)}</span><br><span class="arn">${e(store.arn)}</span></td><td class="name">${e(store.region ?? 'global')}</td><td class="text">${e(classified)}</td><td class="text">${e(store.encryption)}</td><td class="text">${e(store.exposure)}</td><td class="text">${e(store.retention)}</td></tr>`;
  });
  const held = stores.filter((store) => store.controlledData === true).length;
  return `<p>${stores.length} data store(s) hold or may hold controlled-access data: ${held} classified by name or tag, ${stores.length - held} whose tags could not be read. data-inventory.csv in this bundle holds the same rows.</p><table class="data-inventory"><thead><tr>${multiAccount ? '<th>Account</th>' : ''}<th>Store</th><th>Region</th><th>dbGaP data</th><th>Encryption</th><th>Exposure</th><th>Retention</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The requirement-level verdicts of both SP 800-171 revisions are in every evidence report. */
export const HTML_REQUIREMENT_FRAMEWORKS: readonly FrameworkId[] = ['nist-800-171-r2', 'nist-800-171-r3'];

function resourceTally(failing: number, waived: number, errors: number): string {
  const parts = [failing ? `${failing} failing` : '', waived ? `${waived} waived` : '', errors ? `${errors} not evaluated` : ''].filter(Boolean);
  return parts.join('<br>') || '0';
}

/**
 * One NIST SP 800-171 revision, requirement by requirement: the verdict, the resources behind it and the checks and
 * manual items that decided it (linked to their sections). Requirements nothing covers are listed by id at the end.
 */
function renderRequirementSection(result: ScanResult, framework: FrameworkId): string {
  const view = buildFrameworkView(result, framework);
  const covered = view.requirements.filter((requirement) => requirement.checks.length > 0);
  const uncovered = view.requirements.filter((requirement) => requirement.checks.length === 0);
  const manual = new Set(result.checks.filter((check) => check.kind === 'manual').map((check) => check.id));
  const rows = covered.map((requirement) => {
    const links = requirement.checks
      .map((check) => `<a href="#${manual.has(check.checkId) ? 'attest' : 'check'}-${e(check.checkId)}"><code class="name">${e(check.checkId)}</code></a>${manual.has(check.checkId) ? ' <span class="muted">(manual)</span>' : ''}`)
      .join('<br>');
    const name = `${e(requirement.id)}${requirement.title ? ` ${e(requirement.title)}` : ''}${requirement.family ? `<br><span class="muted">${e(requirement.family)}</span>` : ''}`;
    return `<tr class="verdict-${requirement.verdict}"><td>${name}</td><td class="status">${e(VERDICT_LABELS[requirement.verdict])}</td><td>${resourceTally(requirement.failingResources, requirement.waivedResources, requirement.errorResources)}</td><td>${links}</td><td>${e(requirement.reason)}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="verdicts"><thead><tr><th>Requirement</th><th>Verdict</th><th>Resources</th><th>Checks and manual items</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="muted">No check of this scan maps to a requirement of this revision.</p>';
  const rest = uncovered.length
    ? `<p class="uncovered"><strong>Not assessed by automation</strong> (no check or manual item of this scan covers them; assess them by other means): ${uncovered.map((requirement) => e(requirement.id)).join(', ')}.</p>`
    : '';
  return `<section class="requirements" id="requirements-${framework}"><h2>${e(FRAMEWORKS[framework].title)}: requirement verdicts</h2><p>${view.requirements.length} requirements: ${e(describeVerdicts(view.verdicts))}. A requirement is <em>not met</em> when a resource fails one of its checks without a valid waiver; <em>not assessed</em> when a resource could not be evaluated, or nothing covers it; <em>partly met</em> when every failure is waived (the waivers are its plan of action); <em>attested</em> when nothing fails and manual items remain for the institution to sign; <em>met</em> when its automated checks pass.</p>${table}${rest}</section>`;
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
code.name, td.name, td.date { white-space: nowrap; word-break: normal; } td.text { overflow-wrap: anywhere; }
.verdict-not_met .status { color: #c62828; } .verdict-not_assessed .status { color: #ef6c00; } .verdict-partly_met .status { color: #6a1b9a; }
.verdict-attested .status { color: #1565c0; } .verdict-met .status { color: #2e7d32; } table.verdicts td.status { white-space: normal; }
.waiver-expired .status { color: #c62828; } .waiver-expiring .status { color: #ef6c00; } .waiver-unused .status { color: #666; } .waiver-applied .status { color: #6a1b9a; }
.summary span { display: inline-block; margin-right: 1rem; font-weight: 600; }
.signoff { border: 1px solid #999; padding: .6rem .8rem; margin: .6rem 0; page-break-inside: avoid; break-inside: avoid; }
.signoff .line { display: inline-block; min-width: 12rem; border-bottom: 1px solid #333; height: 1.4rem; margin-right: 1.5rem; }
@page { margin: 12mm; }
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
  const waivers = renderWaivers(result);
  const errors = renderCollectionErrors(result);
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
<p class="muted">Each bar is one control area's automated and manual results (not applicable left out), drawn as shares of that area; the counts are printed beside it.</p>
${renderChart(result)}
</section>
<section id="data-inventory"><h2>Where the data lives</h2>${renderDataInventory(result)}</section>
${HTML_REQUIREMENT_FRAMEWORKS.map((framework) => renderRequirementSection(result, framework)).join('\n')}
${areas.join('\n')}
<section id="waivers"><h2>Waivers</h2>${waivers}</section>
<section id="collection-errors"><h2>Collection errors</h2>${errors}</section>
<section id="attestations"><h2>Manual attestation items</h2><p>These controls cannot be shown through AWS APIs. The institution attests to each and attaches the evidence named.</p>${manualItems}</section>
${unknownChecks.length ? `<p class="muted">Results of checks not described in this report: ${e(unknownChecks.join(', '))}</p>` : ''}
<footer><p class="muted">Report schema version ${result.schemaVersion}. The findings.json, findings.sarif, data-inventory.csv and inventory.json files of this bundle hold the same data; manifest.json lists their SHA-256 digests (dbgap-audit verify-evidence DIR).</p></footer>
</body>
</html>
`;
}

function controlAreaTitle(check: CheckSummary): string {
  const area = CONTROL_AREAS.find((candidate) => candidate.id === check.controlArea);
  return area ? `Control area ${area.number}: ${area.title}` : check.controlArea;
}
