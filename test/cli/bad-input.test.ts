import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_INVENTORY, runCli } from '../helpers/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-bad-'));
function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}
const example = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(EXAMPLE_INVENTORY, 'utf8'))) as Record<string, unknown>;
mkdirSync(join(directory, 'a-directory'), { recursive: true });
// A sparse file: over the size limit without using the disk.
const huge = join(directory, 'huge.json');
writeFileSync(huge, '');
truncateSync(huge, 600 * 1024 * 1024);

// Empty shared config files, so no real profile on the machine can satisfy the credential chain.
const emptyConfig = file('aws-config', '');
beforeEach(() => {
  vi.stubEnv('AWS_CONFIG_FILE', emptyConfig);
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', emptyConfig);
});
afterEach(() => vi.unstubAllEnvs());

describe('bad input: one sentence on stderr, exit 2, no stack trace', () => {
  it.each([
    ['an unknown flag', ['scan', '--bogus'], /unknown option '--bogus'/],
    ['an unknown command', ['scna'], /unknown command 'scna'/],
    ['a bad --format', ['scan', '--format', 'xml'], /--format/],
    ['a bad --fail-on', ['scan', '--fail-on', 'severe'], /--fail-on/],
    ['a bad --concurrency', ['scan', '--concurrency', '0'], /--concurrency takes a whole number/],
    ['an unknown check id', ['scan', '--inventory', EXAMPLE_INVENTORY, '--check', 'no-such-check'], /Unknown check id 'no-such-check' given to --check/],
    ['an unknown control area', ['scan', '--inventory', EXAMPLE_INVENTORY, '--control-area', 'kitchen'], /Unknown control area 'kitchen'/],
    ['a malformed region', ['scan', '--region', 'mars-1'], /Unknown AWS region 'mars-1' given to --region/],
    // --regions is the old spelling of --region: the message names the one flag that means "regions to scan".
    ['a malformed region in a list', ['scan', '--regions', 'us-east-1,us_west_2'], /Unknown AWS region 'us_west_2' given to --region\b/],
    ['an invalid endpoint URL', ['scan', '--endpoint-url', 'not a url'], /--endpoint-url 'not a url' is not a valid URL/],
    ['a missing inventory file', ['scan', '--inventory', join(directory, 'nope.json')], /The inventory file .*nope\.json does not exist/],
    ['an inventory path that is a directory', ['scan', '--inventory', join(directory, 'a-directory')], /is a directory/],
    ['a huge inventory', ['scan', '--inventory', huge], /huge\.json is \d+ bytes \(600 MiB\), over the \d+-byte \(512 MiB\) limit/],
    ['a truncated inventory', ['scan', '--inventory', file('truncated.json', '{"schemaVersion": 1, "keys": {')], /truncated\.json is not valid JSON/],
    ['an inventory of another version', ['scan', '--inventory', file('v99.json', JSON.stringify({ ...example, schemaVersion: 99 }))], /schemaVersion 99; this dbgap-audit reads version 1/],
    ['a JSON file that is not an inventory', ['scan', '--inventory', file('array.json', '[1,2,3]')], /array\.json.* is not a dbgap-audit inventory/],
    ['an inventory with a bad account id', ['scan', '--inventory', file('account.json', JSON.stringify({ ...example, account: { id: 'abc', partition: 'aws' } }))], /field account\.id: must be a 12-digit AWS account id/],
    ['an inventory with an unknown key', ['scan', '--inventory', file('key.json', JSON.stringify({ ...example, keys: { bogusKey: { items: [], failures: [], regions: [] } } }))], /unknown inventory key 'bogusKey'/],
    ['--inventory combined with --profile', ['scan', '--inventory', EXAMPLE_INVENTORY, '--profile', 'x'], /cannot be combined with --profile/],
    ['a config file with an unknown field', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('c1.yml', 'allowedRegion: [us-east-1]\n')], /c1\.yml: unknown field allowedRegion/],
    ['a config file with a wrong type', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('c2.yml', 'thresholds:\n  unusedCredentialDays: soon\n')], /c2\.yml: field thresholds\.unusedCredentialDays/],
    ['a config file with a bad region', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('c3.yml', 'allowedRegions: [narnia]\n')], /c3\.yml: field allowedRegions\.0 must be an AWS region name/],
    ['a config file with an impossible CIDR', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('c6.yml', 'approvedAdminCidrs: [198.51.100.0/24, 300.0.0.0/8]\n')], /c6\.yml: field approvedAdminCidrs\.1 must be a CIDR block/],
    ['a config file that is not YAML', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('c4.yml', 'a: [1, 2\n')], /c4\.yml is not valid YAML/],
    ['a config file with an alias bomb', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('c5.yml', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n')], /c5\.yml/],
    ['a missing --config file', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', join(directory, 'none.yml')], /The config file .*none\.yml does not exist/],
    ['an inventory item with a field of the wrong type', ['scan', '--inventory', file('item.json', JSON.stringify({ ...example, keys: { ...(example.keys as object), s3Buckets: { items: [{ arn: 'arn:aws:s3:::b', name: 12345, region: 'us-east-1' }], failures: [], regions: ['us-east-1'] } } }))], /item\.json is not a dbgap-audit inventory: keys\.s3Buckets\.items\[0\] \(arn:aws:s3:::b\): field name: Invalid input: expected string, received number/],
    ['an inventory nested too deep', ['scan', '--inventory', file('deep.json', `${'{"a":'.repeat(600)}1${'}'.repeat(600)}`)], /deep\.json is nested more than 512 levels deep/],
    ['a config file nested too deep', ['scan', '--inventory', EXAMPLE_INVENTORY, '--config', file('deep.yml', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)], /The config file .*deep\.yml is nested more than 512 levels deep/],
    ['a waivers file nested too deep', ['scan', '--inventory', EXAMPLE_INVENTORY, '--waivers', file('deep-waivers.yml', `- ${'{a: '.repeat(2_000)}1${'}'.repeat(2_000)}\n`)], /The waivers file .*deep-waivers\.yml is nested more than 512 levels deep/],
    ['--trusted-principal that is not an ARN', ['policy', '-f', 'terraform', '--trusted-principal', 'not an arn!'], /--trusted-principal <arn-or-account>' argument 'not an arn!' is invalid/],
    ['an empty --regions', ['scan', '--regions', ''], /option '--regions <regions>' argument '' is invalid\. It names no region/],
    ['an output file in a missing directory', ['scan', '--inventory', EXAMPLE_INVENTORY, '--output', join(directory, 'no', 'such', 'dir', 'r.txt')], /Cannot write .*r\.txt: its directory does not exist/],
  ])('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await runCli(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^dbgap-audit: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says which profile does not exist', async () => {
    const { code, stderr } = await runCli(['scan', '--profile', 'no-such-profile', '--region', 'us-east-1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dbgap-audit: The AWS profile 'no-such-profile' \(from --profile\) was not found/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('says there are no credentials', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    vi.stubEnv('AWS_PROFILE', '');
    const { code, stderr } = await runCli(['scan', '--region', 'us-east-1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dbgap-audit: No AWS credentials were found/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints help and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: dbgap-audit/);
  });
});
