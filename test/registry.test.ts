import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/index.js';
import { COLLECTOR_MODULES, COLLECTORS, collectorsByService } from '../src/collect/collectors.js';
import { CONTROL_AREA_IDS } from '../src/model/control-areas.js';
import { SEVERITIES } from '../src/model/severity.js';
import { firstSentence } from '../reports/table.js';

const checksRoot = join(import.meta.dirname, '..', 'checks');

describe('check registry invariants', () => {
  it('has unique kebab-case ids, sorted by id', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(ids).toEqual([...ids].sort());
  });

  it('registers every check file, and each file sits in the folder of its control area and is named after its id', () => {
    const files = CONTROL_AREA_IDS.flatMap((area) => {
      try {
        return readdirSync(join(checksRoot, area)).filter((file) => file.endsWith('.ts')).map((file) => `${area}/${file}`);
      } catch {
        return [];
      }
    });
    const expected = CHECKS.map((check) => `${check.controlArea}/${check.id}.ts`);
    expect(files.sort()).toEqual(expected.sort());
    const stray = readdirSync(checksRoot).filter((entry) => entry !== 'index.ts' && !CONTROL_AREA_IDS.includes(entry as never));
    expect(stray).toEqual([]);
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))('%s has complete, well-formed metadata', (_id, check) => {
    expect(check.title.length).toBeGreaterThan(10);
    expect(SEVERITIES).toContain(check.severity);
    expect(CONTROL_AREA_IDS).toContain(check.controlArea);
    expect(check.rationale.length).toBeGreaterThan(40);
    expect(check.remediation.summary.length).toBeGreaterThan(20);
    if (check.kind === 'automated') expect(check.remediation.cli ?? '').toMatch(/^aws /);
    expect(check.nist.sp800_53r5.length).toBeGreaterThan(0);
    expect(check.nist.sp800_171r2.length).toBeGreaterThan(0);
    expect(check.nist.sp800_171r3.length).toBeGreaterThan(0);
    for (const id of check.nist.sp800_53r5) expect(id).toMatch(/^[A-Z]{2}-\d{1,2}(\(\d{1,2}\))?$/);
    for (const id of check.nist.sp800_171r2) expect(id).toMatch(/^3\.\d{1,2}\.\d{1,2}$/);
    for (const id of check.nist.sp800_171r3) expect(id).toMatch(/^03\.\d{2}\.\d{2}$/);
    expect(check.kind === 'manual' ? check.needs.length === 0 : check.needs.length > 0).toBe(true);
    for (const key of check.judgesFailuresOf ?? []) expect(check.needs, `${check.id} judges failures of ${key}, which it does not need`).toContain(key);
  });

  it('never lets a check import another check: shared logic lives in src/rules (DESIGN.md §3)', () => {
    for (const check of CHECKS) {
      const source = readFileSync(join(checksRoot, check.controlArea, `${check.id}.ts`), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      const stray = imports.filter((path) => path.startsWith('.') && !/^(\.\.\/){2}src\/(model|rules)\//.test(path));
      expect(stray, `${check.id} imports ${stray.join(', ')}`).toEqual([]);
    }
  });

  it('covers every one of the 12 control areas with an automated check or a manual attestation item', () => {
    for (const area of CONTROL_AREA_IDS) {
      expect(CHECKS.some((check) => check.controlArea === area), `no check in ${area}`).toBe(true);
    }
  });

  it('gives every area a manual attestation item for what no API can show', () => {
    for (const area of CONTROL_AREA_IDS) {
      expect(CHECKS.some((check) => check.controlArea === area && check.kind === 'manual'), `no manual item in ${area}`).toBe(true);
    }
  });

  it('has a collector for every inventory key a check needs', () => {
    for (const check of CHECKS) for (const key of check.needs) expect(COLLECTORS[key], `${check.id} needs ${key}`).toBeDefined();
  });
});

/**
 * Remediation is shown where people look (table, CSV, README), so it must be safe to paste. A command that replaces a
 * whole document or destroys something may appear only after the step that makes it safe.
 */
const GUARDED_COMMANDS: Array<{ command: RegExp; before: RegExp; why: string }> = [
  { command: /put-bucket-policy/, before: /get-bucket-policy/, why: 'merge into the existing bucket policy' },
  { command: /put-bucket-lifecycle-configuration/, before: /get-bucket-lifecycle-configuration/, why: 'keep the existing lifecycle rules' },
  { command: /put-bucket-tagging/, before: /get-bucket-tagging/, why: 'keep the existing tags' },
  { command: /put-bucket-replication/, before: /get-bucket-replication/, why: 'edit the existing replication configuration' },
  { command: /put-event-selectors/, before: /get-event-selectors/, why: 'keep the existing event selectors' },
  { command: /put-key-policy/, before: /get-key-policy/, why: 'edit the existing key policy' },
  { command: /update-assume-role-policy/, before: /get-role\b/, why: 'edit the existing trust policy' },
  { command: /update-account-password-policy/, before: /get-account-password-policy/, why: 'carry over the current settings' },
  { command: /put-alternate-contact/, before: /get-alternate-contact/, why: 'read the current contact' },
  { command: /terminate-instances/, before: /create-snapshots?\b[\s\S]*wait snapshot-completed/, why: 'snapshot, then terminate' },
  { command: /delete-volume/, before: /create-snapshot\b[\s\S]*wait snapshot-completed/, why: 'snapshot, then delete' },
  { command: /detach-(role|user|group)-policy/, before: /attach-(role|user|group)-policy/, why: 'attach the replacement first' },
  { command: /revoke-security-group-(ingress|egress)/, before: /authorize-security-group-ingress|describe-network-interfaces/, why: 'add the approved rule, or check what uses the group, first' },
];
/** Never in an example: irreversible at once, or a way around a safety check. */
const FORBIDDEN_COMMANDS = [/\brb\b.*--force/, /delete-bucket( |$)/, /delete-bucket-replication/, /delete-login-profile/, /delete-snapshot/, /delete-vpc/, /delete-access-key/, /bypass-policy-lockout-safety-check/];
/** AWS CLI verbs that change something; an example using one says what it changes in a trailing `# …` comment. */
const CHANGING_VERB = /^(put|update|delete|terminate|revoke|detach|schedule|disable|modify|create|enable|attach|associate|authorize|cancel|copy|tag|invite|start|sync)\b/;

describe('remediation', () => {
  const automated = CHECKS.filter((check) => check.kind === 'automated');

  it.each(automated.map((check) => [check.id, check] as const))('%s links to its AWS documentation page', (_id, check) => {
    expect(check.remediation.docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/[\w./-]+\.html(#[\w-]+)?$/);
  });

  it.each(automated.map((check) => [check.id, check] as const))('%s opens with a fix that fits one 80-column table line', (_id, check) => {
    // The table prints "  Fix:  " and the first sentence; 72 columns leave room for it at 80.
    expect(Array.from(firstSentence(check.remediation.summary)).length).toBeLessThanOrEqual(72);
  });

  it.each(CHECKS.filter((check) => check.remediation.cli).map((check) => [check.id, check.remediation.cli ?? ''] as const))(
    '%s has a CLI example that destroys or replaces nothing as written',
    (_id, cli) => {
      for (const forbidden of FORBIDDEN_COMMANDS) expect(cli).not.toMatch(forbidden);
      for (const { command, before, why } of GUARDED_COMMANDS) {
        const at = cli.search(command);
        if (at < 0) continue;
        const guard = before.exec(cli);
        expect(guard && guard.index < at, `${command} needs ${before} before it (${why})`).toBe(true);
      }
      const verbs = [...cli.matchAll(/\baws [a-z0-9-]+ ([a-z0-9-]+)/g)].map((match) => match[1] ?? '');
      if (verbs.some((verb) => CHANGING_VERB.test(verb))) expect(cli, 'an example that changes something says what in a # comment').toMatch(/ {2}# \S/);
    },
  );

  it('the rules above catch the destructive examples this project used to ship', () => {
    const unsafe = [
      `aws s3api put-bucket-policy --bucket BUCKET --policy '{"Version":"2012-10-17","Statement":[]}'`,
      'aws ec2 terminate-instances --instance-ids INSTANCE_ID --region REGION',
      'aws s3 sync s3://SOURCE s3://TARGET && aws s3 rb s3://SOURCE --force',
    ];
    const isSafe = (cli: string) =>
      !FORBIDDEN_COMMANDS.some((forbidden) => forbidden.test(cli)) &&
      GUARDED_COMMANDS.every(({ command, before }) => {
        const at = cli.search(command);
        const guard = before.exec(cli);
        return at < 0 || (guard !== null && guard.index < at);
      });
    expect(unsafe.filter(isSafe)).toEqual([]);
  });
});

/**
 * An inventory key's prefix names its AWS service; the service's collectors live in src/collect/<service>(.ts|/)
 * and its item types in src/model/items/<service>.ts. A newcomer finds either by the key's name alone.
 */
const SERVICE_OF_PREFIX: Record<string, string> = {
  accessAnalyzer: 'access-analyzer',
  account: 'account',
  athena: 'athena',
  cloudtrail: 'cloudtrail',
  cloudwatch: 'cloudwatch',
  config: 'config',
  dynamodb: 'dynamodb',
  backup: 'backup',
  batch: 'batch',
  datasync: 'datasync',
  ebs: 'ec2',
  ec2: 'ec2',
  efs: 'efs',
  fsx: 'fsx',
  emr: 'emr',
  glue: 'glue',
  guardDuty: 'guardduty',
  iam: 'iam',
  inspector: 'inspector',
  kms: 'kms',
  lambda: 'lambda',
  macie: 'macie',
  organization: 'organizations',
  rds: 'rds',
  redshift: 'redshift',
  ram: 'ram',
  s3: 's3',
  sagemaker: 'sagemaker',
  securityHub: 'securityhub',
  sns: 'sns',
  ssm: 'ssm',
  transfer: 'transfer',
};

function serviceOf(key: string): string | undefined {
  const prefix = Object.keys(SERVICE_OF_PREFIX)
    .filter((candidate) => key.startsWith(candidate))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : SERVICE_OF_PREFIX[prefix];
}

describe('inventory keys are filed by AWS service', () => {
  const inventorySource = readFileSync(join(import.meta.dirname, '..', 'src', 'model', 'inventory.ts'), 'utf8');
  const itemsBlock = /export interface InventoryItems \{([^}]*)\}/.exec(inventorySource)?.[1] ?? '';
  const keyTypes = [...itemsBlock.matchAll(/^\s+(\w+): (\w+);$/gm)].map((match) => [match[1]!, match[2]!] as const);
  const typeFile = new Map<string, string>();
  for (const match of inventorySource.matchAll(/^import type \{ ([^}]+) \} from '\.\/items\/([\w-]+)\.js';$/gm)) {
    for (const name of match[1]!.split(',')) typeFile.set(name.trim(), match[2]!);
  }

  it('lists InventoryItems sorted by key, one per collector', () => {
    const keys = keyTypes.map(([key]) => key);
    expect(keys).toEqual([...keys].sort());
    expect(keys.sort()).toEqual(Object.keys(COLLECTORS).sort());
  });

  it.each(keyTypes)("%s's item type lives in src/model/items/<its service>.ts", (key, type) => {
    expect(serviceOf(key), `no service for the prefix of ${key}`).toBeDefined();
    expect(typeFile.get(type)).toBe(serviceOf(key));
  });

  it("collects each key in its service's module", () => {
    for (const [service, collectors] of collectorsByService()) {
      expect(collectors.length, `${service} exports no collector`).toBeGreaterThan(0);
      for (const { key } of collectors) expect(serviceOf(key), `${key} is collected in ${service}`).toBe(service);
    }
  });

  it('has one module per service, named as the items file', () => {
    const itemFiles = readdirSync(join(import.meta.dirname, '..', 'src', 'model', 'items')).map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(COLLECTOR_MODULES).sort()).toEqual(itemFiles.sort());
  });
});

