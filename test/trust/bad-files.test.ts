/**
 * The rest of issue 14's bad-input table, against the built binary as a user runs it: files that are not regular
 * files, not UTF-8, nested too deep or holding items of the wrong shape, flag values that would be pasted into a
 * template, and an evidence folder on a read-only file system. Each is one sentence naming the file or flag, exit 2,
 * no stack trace, nothing written. A run that would hang (a FIFO) is bounded by spawnSync's timeout.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseBuild } from '../helpers/release-build.js';

const root = join(import.meta.dirname, '..', '..');
const exampleFile = join(root, 'examples', 'genomics-lab.inventory.json');
const exampleText = readFileSync(exampleFile, 'utf8');
const example = JSON.parse(exampleText) as { keys: Record<string, { items: Record<string, unknown>[] }> };
let cli: string;
let directory: string;

function file(name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

/** The example inventory with one field of one item replaced. */
function withItemField(key: string, index: number, field: string, value: unknown): string {
  const copy = structuredClone(example);
  const item = copy.keys[key]!.items[index]!;
  item[field] = value;
  return JSON.stringify(copy);
}

function dbgapAudit(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: directory,
    encoding: 'utf8',
    // A FIFO that blocked the open would hang the run: the timeout turns that into a failed assertion.
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1', AWS_CONFIG_FILE: join(directory, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(directory, 'none'), ...env },
  });
}

function expectOneSentence(outcome: ReturnType<typeof dbgapAudit>, message: RegExp): void {
  expect(outcome.error).toBeUndefined();
  expect(outcome.stderr).toMatch(message);
  expect([outcome.status, outcome.stdout]).toEqual([2, '']);
  expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(outcome.stderr).toMatch(/^dbgap-audit: /);
  expect(outcome.stderr).not.toMatch(/\n\s+at |Maximum call stack|Invalid string length/);
}

beforeAll(async () => {
  ({ cli } = await releaseBuild());
  directory = mkdtempSync(join(tmpdir(), 'dbgap-audit-bad-files-'));
  execFileSync('mkfifo', [join(directory, 'fifo.json')]);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('input files that are not regular files', () => {
  it.each([
    ['a FIFO as --inventory', () => ['scan', '--inventory', join(directory, 'fifo.json')], /The inventory file .*fifo\.json is a named pipe \(FIFO\); give a regular file\./],
    ['/dev/zero as --inventory', () => ['scan', '--inventory', '/dev/zero'], /The inventory file \/dev\/zero is a character device; give a regular file\./],
    ['/dev/urandom as --inventory', () => ['scan', '--inventory', '/dev/urandom'], /The inventory file \/dev\/urandom is a character device/],
    ['a FIFO as --config', () => ['scan', '--inventory', exampleFile, '--config', join(directory, 'fifo.json')], /The config file .*fifo\.json is a named pipe/],
    ['a FIFO as --waivers', () => ['scan', '--inventory', exampleFile, '--waivers', join(directory, 'fifo.json')], /The waivers file .*fifo\.json is a named pipe/],
    ['/dev/zero as --baseline', () => ['scan', '--inventory', exampleFile, '--baseline', '/dev/zero'], /The baseline file \/dev\/zero is a character device/],
    ['/dev/urandom given to merge', () => ['merge', '/dev/urandom'], /The report file \/dev\/urandom is a character device/],
    ['/dev/zero given to evidence', () => ['evidence', '--inventory', '/dev/zero', '-o', join(directory, 'never')], /The inventory file \/dev\/zero is a character device/],
  ])('%s', (_name, args, message) => {
    expectOneSentence(dbgapAudit(args()), message);
    expect(existsSync(join(directory, 'never'))).toBe(false);
  });

  it('a FIFO inside an evidence bundle does not hang verify-evidence', () => {
    const bundle = join(directory, 'fifo-bundle');
    expect(dbgapAudit(['evidence', '--inventory', exampleFile, '-o', bundle, '-q']).status).toBe(0);
    rmSync(join(bundle, 'findings.json'));
    execFileSync('mkfifo', [join(bundle, 'findings.json')]);
    expectOneSentence(dbgapAudit(['verify-evidence', bundle]), /The evidence file .*findings\.json is a named pipe \(FIFO\); give a regular file\./);
  });
});

describe('file contents', () => {
  it('refuses invalid UTF-8, naming the offset of the first bad byte', () => {
    const bad = file('latin1.json', Buffer.concat([Buffer.from(exampleText.slice(0, 40)), Buffer.from([0xe9, 0x41]), Buffer.from(exampleText.slice(40))]));
    expectOneSentence(dbgapAudit(['scan', '--inventory', bad]), /The inventory file .*latin1\.json is not UTF-8 text \(invalid byte at offset 40\)\./);
  });

  it('refuses invalid UTF-8 in a waivers file too', () => {
    const bad = file('waivers.yml', Buffer.from([0x2d, 0x20, 0xff, 0x0a]));
    expectOneSentence(dbgapAudit(['scan', '--inventory', exampleFile, '--waivers', bad]), /The waivers file .*waivers\.yml is not UTF-8 text/);
  });

  it('accepts a UTF-8 BOM silently, in an inventory and a config file', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const inventory = file('bom.json', Buffer.concat([bom, Buffer.from(exampleText)]));
    const config = file('bom.yml', Buffer.concat([bom, Buffer.from('allowedRegions: [us-east-1]\n')]));
    const plain = dbgapAudit(['scan', '--inventory', exampleFile, '--config', config, '-f', 'json']);
    const outcome = dbgapAudit(['scan', '--inventory', inventory, '--config', config, '-f', 'json']);
    expect([outcome.status, outcome.stderr]).toEqual([plain.status, '']);
    expect(JSON.parse(outcome.stdout).summary).toEqual(JSON.parse(plain.stdout).summary);
  });

  it('refuses JSON nested 200 000 deep before parsing it, naming the file', () => {
    const deep = file('deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expectOneSentence(dbgapAudit(['scan', '--inventory', deep]), /The inventory file .*deep\.json is nested more than 512 levels deep; refusing to parse it\./);
    expectOneSentence(dbgapAudit(['merge', deep]), /The report file .*deep\.json is nested more than 512 levels deep/);
  });

  it('does not count brackets inside strings as nesting', () => {
    const copy = structuredClone(example);
    copy.keys.s3Buckets!.items[0]!.note = '['.repeat(5000);
    const outcome = dbgapAudit(['scan', '--inventory', file('brackets.json', JSON.stringify(copy)), '-q']);
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(1);
  });
});

describe('items of the wrong shape name the file, key, item and field', () => {
  it.each([
    ['a bucket name that is a number', ['s3Buckets', 0, 'name', 12345], /keys\.s3Buckets\.items\[0\] \(arn:aws:s3:::[^)]+\): field name: .*expected string, received number/],
    ['a versioning status that is an object', ['s3BucketVersioning', 0, 'status', { on: true }], /keys\.s3BucketVersioning\.items\[0\] .*field status/],
    ['a security group whose ingress is a string', ['ec2SecurityGroups', 0, 'ingress', '0.0.0.0/0'], /keys\.ec2SecurityGroups\.items\[0\] .*field ingress: .*expected array/],
    ['a trail whose isMultiRegion is "yes"', ['cloudtrailTrails', 0, 'isMultiRegion', 'yes'], /keys\.cloudtrailTrails\.items\[0\] .*field isMultiRegion: .*expected boolean/],
    ['a fact that is neither a value nor unknown', ['ebsEncryptionDefaults', 0, 'defaultKmsKeyId', { unknown: 'denied' }], /keys\.ebsEncryptionDefaults\.items\[0\] .*field defaultKmsKeyId/],
  ] as const)('%s', (_name, [key, index, field, value], message) => {
    if (!example.keys[key]?.items[index]) throw new Error(`the example inventory has no ${key}[${index}]`);
    const path = file(`${key}.json`, withItemField(key, index, field, value));
    const outcome = dbgapAudit(['scan', '--inventory', path]);
    expectOneSentence(outcome, new RegExp(`The inventory file .*${key}\\.json is not a dbgap-audit inventory: `));
    expect(outcome.stderr).toMatch(message);
  });

  it('accepts a fact recorded as unknown, with its failure', () => {
    const failure = { api: 'EC2.GetEbsDefaultKmsKeyId', action: 'ec2:GetEbsDefaultKmsKeyId', code: 'AccessDenied', kind: 'access-denied', message: 'denied', field: 'defaultKmsKeyId' };
    const path = file('unknown-fact.json', withItemField('ebsEncryptionDefaults', 0, 'defaultKmsKeyId', { unknown: failure }));
    const outcome = dbgapAudit(['scan', '--inventory', path, '-q']);
    expect(outcome.stderr).not.toMatch(/not a dbgap-audit inventory/);
    expect([0, 1, 3]).toContain(outcome.status);
  });
});

describe('flag values', () => {
  it.each([
    ['--trusted-principal that is not an ARN', ['policy', '-f', 'cloudformation', '--trusted-principal', 'not an arn!'], /option '--trusted-principal <arn-or-account>' argument 'not an arn!' is invalid\. Give a 12-digit AWS account id or an IAM ARN/],
    ['--trusted-principal with an 11-digit account', ['policy', '-f', 'terraform', '--trusted-principal', '11112222333'], /--trusted-principal/],
    ['an empty --regions', ['scan', '--regions', ''], /option '--regions <regions>' argument '' is invalid\. It names no region/],
    ['a --region of only commas', ['scan', '--region', ','], /option '-r, --region <regions>' argument ',' is invalid\. It names no region/],
    ['an empty --exclude-regions', ['scan', '--exclude-regions', ''], /option '--exclude-regions <regions>' argument '' is invalid/],
  ])('%s', (_name, args, message) => {
    expectOneSentence(dbgapAudit(args), message);
  });

  it('a refused credential is one sentence even where the SDK would warn about the Node version', () => {
    const outcome = dbgapAudit(['scan', '--profile', 'no-such-profile', '-r', 'us-east-1'], { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: '' });
    expectOneSentence(outcome, /The AWS profile 'no-such-profile' \(from --profile\) was not found/);
  });

  it.each([['111122223333'], ['arn:aws:iam::111122223333:role/ci-runner'], ['arn:aws-us-gov:iam::111122223333:root']])('--trusted-principal %s is accepted', (principal) => {
    const outcome = dbgapAudit(['policy', '-f', 'cloudformation', '--trusted-principal', principal]);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout).toContain('111122223333');
  });
});

describe('evidence --out where it cannot be written', () => {
  it('a parent path that is a file: one sentence, no folder', () => {
    const blocker = file('not-a-dir', 'x');
    expectOneSentence(dbgapAudit(['evidence', '--inventory', exampleFile, '-o', join(blocker, 'bundle')]), /Cannot create the evidence directory .*not-a-dir\/bundle: .*not-a-dir is not a directory\./);
  });

  it('a missing parent is created', () => {
    const target = join(directory, 'new', 'nested', 'bundle');
    const outcome = dbgapAudit(['evidence', '--inventory', exampleFile, '-o', target, '-q']);
    expect([outcome.status, outcome.stderr]).toEqual([0, '']);
    expect(readdirSync(target).sort()).toEqual(['data-inventory.csv', 'findings.json', 'findings.sarif', 'inventory.json', 'manifest.json', 'poam.csv', 'report.html', 'requirements.csv']);
  });

  // A read-only file system needs a mount: a private one in a user namespace where the kernel allows it. Node's
  // recursive mkdir reports ENOENT there, which is what the user saw before.
  const mountable = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;
  it.skipIf(!mountable)('a read-only file system says so (EROFS), not ENOENT, and leaves nothing', () => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'dbgap-audit-ro-'));
    const script = `mount -t tmpfs -o ro tmpfs "$1" && exec "$2" "$3" evidence --inventory "$4" -o "$1/evidence/bundle"`;
    const outcome = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', mountPoint, process.execPath, cli, exampleFile], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(outcome.stderr).toMatch(/^dbgap-audit: Cannot create the evidence directory .*\/evidence\/bundle: the file system is read-only \(.*\)\.\n$/);
    expect(outcome.stderr).not.toMatch(/ENOENT|does not exist/);
    expect(outcome.status).toBe(2);
    rmSync(mountPoint, { recursive: true, force: true });
  });
});
