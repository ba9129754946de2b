import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/index.js';
import { COLLECTOR_MODULES, COLLECTORS } from '../src/collect/collectors.js';
import { CONTROL_AREA_IDS } from '../src/model/control-areas.js';
import { SEVERITIES } from '../src/model/severity.js';

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
 * An inventory key's prefix names its AWS service; the service's collectors live in src/collect/<service>(.ts|/)
 * and its item types in src/model/items/<service>.ts. A newcomer finds either by the key's name alone.
 */
const SERVICE_OF_PREFIX: Record<string, string> = {
  accessAnalyzer: 'access-analyzer',
  account: 'account',
  cloudtrail: 'cloudtrail',
  cloudwatch: 'cloudwatch',
  config: 'config',
  ebs: 'ec2',
  ec2: 'ec2',
  guardDuty: 'guardduty',
  iam: 'iam',
  kms: 'kms',
  macie: 'macie',
  organization: 'organizations',
  s3: 's3',
  sns: 'sns',
  ssm: 'ssm',
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
    for (const [service, module] of Object.entries(COLLECTOR_MODULES)) {
      const keys = Object.values(module)
        .flatMap((value) => (isRecord(value) && 'key' in value ? [value] : isRecord(value) ? Object.values(value) : []))
        .flatMap((value) => (isRecord(value) && typeof value.key === 'string' && 'collect' in value ? [value.key] : []));
      expect(keys.length, `${service} exports no collector`).toBeGreaterThan(0);
      for (const key of keys) expect(serviceOf(key), `${key} is collected in ${service}`).toBe(service);
    }
  });

  it('has one module per service, named as the items file', () => {
    const itemFiles = readdirSync(join(import.meta.dirname, '..', 'src', 'model', 'items')).map((file) => file.replace(/\.ts$/, ''));
    expect(Object.keys(COLLECTOR_MODULES).sort()).toEqual(itemFiles.sort());
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
