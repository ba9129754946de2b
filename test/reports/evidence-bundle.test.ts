import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../reports/common.js';
import { escapeHtml, renderHtml } from '../../reports/html.js';
import { verifyEvidenceBundle, writeEvidenceBundle, type EvidenceManifest } from '../../reports/evidence-bundle.js';
import type { Inventory } from '../../src/model/inventory.js';
import { runCli } from '../cli/run-cli.js';
import { fixtureScanResult } from '../reports/fixture.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'genomics-lab.inventory.json');
const BUNDLE = ['data-inventory.csv', 'findings.json', 'findings.sarif', 'inventory.json', 'manifest.json', 'poam.csv', 'report.html', 'requirements.csv'];
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dbgap-audit-evidence-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const minimalInventory: Inventory = {
  schemaVersion: 1,
  generator: { name: 'dbgap-audit', version: '0.1.0' },
  collectedAt: '2026-11-20T14:29:00.000Z',
  account: { id: '123456789012', partition: 'aws' },
  regions: ['us-east-1'],
  scopeFailures: [],
  keys: {},
};

describe('evidence bundle', () => {
  it('writes the eight files with owner-only permissions and a manifest of SHA-256 digests', async () => {
    const directory = join(root, 'bundle');
    await writeEvidenceBundle(directory, fixtureScanResult(), minimalInventory);
    expect((await readdir(directory)).sort()).toEqual(BUNDLE);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    for (const name of BUNDLE) expect(((await stat(join(directory, name))).mode & 0o777).toString(8)).toBe('600');
    const manifest = JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8')) as EvidenceManifest;
    expect(Object.keys(manifest.files).sort()).toEqual(BUNDLE.filter((name) => name !== 'manifest.json'));
    for (const [name, entry] of Object.entries(manifest.files)) {
      const content = await readFile(join(directory, name));
      expect(entry).toEqual({ sha256: sha256Hex(content), bytes: content.length });
    }
    expect(manifest.accounts).toEqual(['123456789012']);
  });

  it('restricts an existing directory to 0700 and refuses one that holds other files', async () => {
    const directory = join(root, 'existing');
    await mkdir(directory, { mode: 0o755 });
    await writeEvidenceBundle(directory, fixtureScanResult(), minimalInventory);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    await writeEvidenceBundle(directory, fixtureScanResult(), minimalInventory); // re-running over a bundle is fine
    await writeFile(join(directory, 'notes.txt'), 'x');
    await expect(writeEvidenceBundle(directory, fixtureScanResult(), minimalInventory)).rejects.toThrow(/holds other files \(notes\.txt\)/);
  });

  it('verifies an intact bundle and names a changed, a missing and an extra file', async () => {
    const directory = join(root, 'bundle');
    await writeEvidenceBundle(directory, fixtureScanResult(), minimalInventory);
    expect((await verifyEvidenceBundle(directory)).problems).toEqual([]);
    await appendFile(join(directory, 'findings.json'), ' ');
    await unlink(join(directory, 'findings.sarif'));
    await writeFile(join(directory, 'extra.txt'), 'x');
    const { problems } = await verifyEvidenceBundle(directory);
    expect(problems.map((problem) => [problem.file, problem.problem])).toEqual([
      ['findings.json', 'changed'],
      ['findings.sarif', 'missing'],
      ['extra.txt', 'extra'],
    ]);
  });

  it('never contains the credentials of the environment', async () => {
    const directory = join(root, 'bundle');
    const { code } = await runCli(['evidence', '--inventory', example, '--out', directory, '--quiet']);
    expect(code).toBe(0);
    const secrets = [process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SESSION_TOKEN].filter((value): value is string => Boolean(value));
    expect(secrets.length).toBeGreaterThan(0); // vitest.config.ts sets fake ones: the test would be empty otherwise
    for (const name of BUNDLE) {
      const content = await readFile(join(directory, name), 'utf8');
      for (const secret of secrets) expect(content).not.toContain(secret);
      expect(content).not.toMatch(/aws_secret_access_key|SecretAccessKey|SessionToken/i);
    }
  });

  it.each([
    ['SecretAccessKey', { SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, 'an AWS secret access key field'],
    ['aws_session_token', { note: 'aws_session_token = IQoJb3JpZ2luX2VjEXAMPLE' }, 'an AWS session token field'],
    ['private key', { pem: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----' }, 'a private key'],
  ])('refuses to write a bundle whose inventory carries a %s', async (_name, extra, what) => {
    const poisoned = {
      ...minimalInventory,
      keys: { s3Buckets: { items: [{ arn: 'arn:aws:s3:::b', name: 'b', region: 'us-east-1', ...extra }], failures: [], regions: ['us-east-1'] } },
    } as unknown as Inventory;
    const directory = join(root, 'poisoned');
    await expect(writeEvidenceBundle(directory, fixtureScanResult(), poisoned)).rejects.toThrow(
      `Refusing to write the evidence bundle: inventory.json would contain ${what}; remove it from the inventory.`,
    );
    // A refused bundle leaves no folder behind.
    expect(existsSync(directory)).toBe(false);
  });
});

describe('where the data lives, in the bundle', () => {
  it('writes data-inventory.csv from the report, covered by the manifest and accepted by verify-evidence', async () => {
    const directory = join(root, 'bundle');
    await writeEvidenceBundle(directory, fixtureScanResult(), minimalInventory);
    const csv = await readFile(join(directory, 'data-inventory.csv'), 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'account_id,region,service,kind,name,arn,dbgap_data,reason,encryption,exposure,retention',
      '123456789012,us-west-2,Amazon EBS,ebs-volume,vol-0c3d4e5f6a7b80003,arn:aws:ec2:us-west-2:123456789012:volume/vol-0c3d4e5f6a7b80003,unknown,tags unknown (ec2:DescribeVolumes denied),not encrypted,private (attached to i-0a9b8c7d6e5f40003),kept until deleted',
      '123456789012,us-east-1,Amazon S3,s3-bucket,genlab-dbgap-raw,arn:aws:s3:::genlab-dbgap-raw,yes,tagged dbgap:project,KMS customer key arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d-1111-4a5b-8c9d-0123456789ab,"private; replicated to genlab-scratch-usw2, partner-univ-genomics-eu",lifecycle expires objects on 2027-03-31',
      '',
    ]);
    const manifest = JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8')) as EvidenceManifest;
    expect(manifest.files['data-inventory.csv']).toEqual({ sha256: sha256Hex(csv), bytes: Buffer.byteLength(csv) });
    expect((await verifyEvidenceBundle(directory)).problems).toEqual([]);
    await appendFile(join(directory, 'data-inventory.csv'), 'x');
    expect((await verifyEvidenceBundle(directory)).problems.map((problem) => [problem.file, problem.problem])).toEqual([['data-inventory.csv', 'changed']]);
  });

  it('shows "Where the data lives" in report.html before any finding, every value escaped', () => {
    const result = fixtureScanResult();
    const [first, ...rest] = result.dataInventory ?? [];
    const html = renderHtml({ ...result, dataInventory: [{ ...first!, name: '<img src=x>' }, ...rest] });
    const table = html.indexOf('<section id="data-inventory"><h2>Where the data lives</h2>');
    expect(table).toBeGreaterThan(html.indexOf('<section id="at-a-glance">'));
    expect(table).toBeLessThan(html.indexOf('<section class="requirements"'));
    expect(table).toBeLessThan(html.indexOf('<section class="area"'));
    expect(html).toContain('&lt;img src=x&gt;');
    expect(html).not.toContain('<img src=x>');
    expect(html.match(/<tr class="data-store">/g)).toHaveLength(2);
    expect(html).toContain('may: tags unknown (ec2:DescribeVolumes denied)');
  });

  it('says so when no store holds dbGaP data, and when the report predates the data inventory', () => {
    expect(renderHtml(fixtureScanResult({ dataInventory: [] }))).toContain('No data store in the scanned inventory is classified as holding dbGaP data');
    const { dataInventory: _omitted, ...older } = fixtureScanResult();
    expect(renderHtml(older)).toContain('This report was written without a data inventory.');
  });
});

describe('evidence commands', () => {
  it('`evidence` writes a bundle that `verify-evidence` accepts; tampering makes it exit 1 naming the file', async () => {
    const directory = join(root, 'dac');
    const written = await runCli(['evidence', '--inventory', example, '--out', directory]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`Wrote evidence bundle to ${directory}`);
    const inventory = JSON.parse(await readFile(join(directory, 'inventory.json'), 'utf8')) as { account: { id: string } };
    expect(inventory.account.id).toBe('123456789012');
    const verified = await runCli(['verify-evidence', directory]);
    const manifestSha256 = sha256Hex(await readFile(join(directory, 'manifest.json')));
    expect(written.stderr).toContain(`manifest.json sha256 ${manifestSha256}`);
    expect([verified.code, verified.stdout]).toEqual([0, `Evidence bundle ${directory} is intact: 7 files match manifest.json (sha256 ${manifestSha256}).\n`]);
    const html = join(directory, 'report.html');
    await writeFile(html, (await readFile(html, 'utf8')).replace('failed', 'passed'));
    const tampered = await runCli(['verify-evidence', directory]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/^dbgap-audit: evidence bundle .* failed verification: report\.html was changed \(sha256 [0-9a-f]{64}, manifest says [0-9a-f]{64}\)\.\n$/);
  });

  it('verify-evidence exits 2 with one sentence for a directory that is not a bundle', async () => {
    const missing = await runCli(['verify-evidence', join(root, 'nope')]);
    expect([missing.code, missing.stderr]).toEqual([2, `dbgap-audit: The evidence directory ${join(root, 'nope')} does not exist.\n`]);
    const empty = await runCli(['verify-evidence', root]);
    expect([empty.code, empty.stderr]).toEqual([2, `dbgap-audit: The evidence directory ${root} has no manifest.json.\n`]);
  });

  it('scan --evidence-dir writes the bundle next to the normal report and keeps the scan exit code', async () => {
    const directory = join(root, 'from-scan');
    const { code, stdout } = await runCli(['scan', '--inventory', example, '--evidence-dir', directory, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toContain('Summary:');
    expect((await readdir(directory)).sort()).toEqual(BUNDLE);
    expect((await runCli(['verify-evidence', directory])).code).toBe(0);
  });
});

describe('report.html', () => {
  it('escapes everything that comes from AWS or a waiver', () => {
    const html = renderHtml(fixtureScanResult());
    expect(html).not.toContain('<script>');
    expect(html).toContain('user/&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('ISSO &lt;j.doe@example.org&gt;');
    expect(html).toContain('safe &amp; MFA token lost');
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('is self-contained: no script, no external URL in src/href, a restrictive CSP', () => {
    const html = renderHtml(fixtureScanResult());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('has the scope, every area, waivers, collection errors and attestation sign-off', () => {
    const html = renderHtml(fixtureScanResult());
    for (const text of ['123456789012 (genlab-research)', 'arn:aws:sts::123456789012:assumed-role/dbgap-audit-scanner/ci', 'us-east-1, us-west-2, eu-west-1', 'dbgap-audit 0.1.0', '2026-11-20T14:31:05.000Z']) {
      expect(html).toContain(text);
    }
    expect(html.match(/<section class="area"/g)).toHaveLength(12);
    expect(html).toContain('IA-2(1), IA-2(2)');
    expect(html).toContain('SEC-42');
    expect(html).toContain('ec2:DescribeSecurityGroups');
    expect(html).toContain('id="attest-physical-datacenter-attestation"');
    expect(html).toMatch(/Attested by <span class="line"><\/span> Signature/);
    expect(html).toMatch(/<svg[^>]*role="img"/);
  });
});
