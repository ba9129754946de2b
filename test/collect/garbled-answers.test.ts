/**
 * No garbled answer turns a failing check into a passing one. A synthetic account (bench/synthetic-aws.ts, a lab
 * with many failing settings) answers every API the collectors send; then, for EVERY declared API in turn, that
 * API alone is answered by a real HTTP server on 127.0.0.1 through the real SDK (its serializer, deserializer and
 * our body check run for real) with a 200 carrying an empty body, an HTML page, a truncated document or a
 * document of the right shape with values of the wrong types; and, with no HTTP at all, with a parsed answer
 * whose fields have the wrong types (what aws-sdk-client-mock tests feed the collectors). For each of these the
 * checks that read the API's keys run again: a (check, resource) that failed must fail or be an error, and the
 * API must be recorded as an `UnreadableResponse` naming its IAM action.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as accessanalyzer from '@aws-sdk/client-accessanalyzer';
import * as account from '@aws-sdk/client-account';
import * as athena from '@aws-sdk/client-athena';
import * as backup from '@aws-sdk/client-backup';
import * as batch from '@aws-sdk/client-batch';
import * as cloudtrail from '@aws-sdk/client-cloudtrail';
import * as cloudwatch from '@aws-sdk/client-cloudwatch';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import * as config from '@aws-sdk/client-config-service';
import * as datasync from '@aws-sdk/client-datasync';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import * as ec2 from '@aws-sdk/client-ec2';
import * as efs from '@aws-sdk/client-efs';
import * as emr from '@aws-sdk/client-emr';
import * as fsx from '@aws-sdk/client-fsx';
import * as glue from '@aws-sdk/client-glue';
import * as guardduty from '@aws-sdk/client-guardduty';
import * as iam from '@aws-sdk/client-iam';
import * as inspector2 from '@aws-sdk/client-inspector2';
import * as kms from '@aws-sdk/client-kms';
import * as lambda from '@aws-sdk/client-lambda';
import * as macie2 from '@aws-sdk/client-macie2';
import * as organizations from '@aws-sdk/client-organizations';
import * as ram from '@aws-sdk/client-ram';
import * as rds from '@aws-sdk/client-rds';
import * as redshift from '@aws-sdk/client-redshift';
import * as s3 from '@aws-sdk/client-s3';
import * as s3control from '@aws-sdk/client-s3-control';
import * as sagemaker from '@aws-sdk/client-sagemaker';
import * as securityhub from '@aws-sdk/client-securityhub';
import * as sns from '@aws-sdk/client-sns';
import * as ssm from '@aws-sdk/client-ssm';
import * as transfer from '@aws-sdk/client-transfer';
import { NormalizedSchema } from '@smithy/core/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SyntheticAws, SyntheticAwsClients, type SyntheticOptions } from '../../bench/synthetic-aws.js';
import { CHECKS } from '../../checks/index.js';
import { collectInventory } from '../../src/collect/collect-inventory.js';
import { COLLECTORS } from '../../src/collect/collectors.js';
import { actionFor } from '../../src/collect/iam-actions.js';
import { type ApiName, expectedBody, RESPONSES, SERVICE_PROTOCOLS } from '../../src/collect/responses.js';
import { evaluateChecks } from '../../src/evaluate.js';
import type { Inventory, InventoryKey } from '../../src/model/inventory.js';
import type { CheckResult } from '../../src/model/scan-result.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';

const ACCOUNT = { id: '123456789012', partition: 'aws' };
const SHAPE = { regions: ['us-east-1'], scale: 12 };
const NOW = new Date('2026-11-23T00:00:00Z');

const SDK_MODULES: Record<string, Record<string, unknown>> = {
  accessanalyzer,
  account,
  athena,
  backup,
  batch,
  cloudtrail,
  cloudwatch,
  config,
  datasync,
  dynamodb,
  ec2,
  efs,
  emr,
  fsx,
  glue,
  guardduty,
  iam,
  inspector2,
  kms,
  lambda,
  logs,
  macie2,
  organizations,
  ram,
  rds,
  redshift,
  s3,
  s3control,
  sagemaker,
  securityhub,
  sns,
  ssm,
  transfer,
};

const DECLARED = [...new Set(Object.values(COLLECTORS).flatMap((collector) => collector.apis))].sort() as ApiName[];

/** Where an API's collectors put what it answers, and the checks that read it. */
function keysUsing(api: string): InventoryKey[] {
  return (Object.keys(COLLECTORS) as InventoryKey[]).filter((key) => (COLLECTORS[key].apis as readonly string[]).includes(api));
}

// ---------- The HTTP side: one body for whatever reaches the server ----------

let server: Server;
let endpointUrl = '';
let currentBody = '';
let currentContentType = 'text/xml';
const requestsSeen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requestsSeen.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': currentContentType });
      response.end(currentBody);
    });
  });
  // Ready when listen's callback runs: no sleeps.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

// ---------- Garbled bodies, from the SDK's model of each operation ----------

function outputSchema(api: string): NormalizedSchema {
  const [service = '', operation = ''] = api.split('.');
  const op = SDK_MODULES[service]?.[`${operation}$`] as unknown[] | undefined;
  if (!op) throw new Error(`no SDK schema for ${api}`);
  return NormalizedSchema.of(op[5] as Parameters<typeof NormalizedSchema.of>[0]);
}

/** A value of the wrong type for a member of the model: words where booleans and numbers go, text where elements go. */
function wrongXml(member: NormalizedSchema): string {
  if (member.isBooleanSchema()) return 'yes';
  if (member.isNumericSchema()) return 'many';
  if (member.isTimestampSchema()) return 'yesterday';
  if (member.isListSchema() || member.isMapSchema() || member.isStructSchema()) return 'all';
  return '<unexpected>element</unexpected>';
}

function xmlName(member: NormalizedSchema, memberName: string): string {
  return (member.getMergedTraits() as { xmlName?: string }).xmlName ?? memberName;
}

/** A document of the operation's protocol and root whose every member has the wrong type. */
function wrongTypesXml(api: string): string {
  const [service = '', operation = ''] = api.split('.');
  let schema = outputSchema(api);
  const protocol = SERVICE_PROTOCOLS[service];
  const expected = expectedBody(service, operation);
  const members: string[] = [];
  const payload = [...schema.structIterator()].find(([, member]) => (member.getMergedTraits() as { httpPayload?: unknown }).httpPayload);
  if (payload?.[1].isStructSchema()) schema = payload[1];
  for (const [memberName, member] of schema.structIterator()) {
    const traits = member.getMergedTraits() as { httpHeader?: string; httpPayload?: unknown };
    if (traits.httpHeader || traits.httpPayload) continue;
    const name = xmlName(member, memberName);
    members.push(`<${name}>${wrongXml(member)}</${name}>`);
  }
  const inner = members.join('');
  if (protocol === 'query') return `<${operation}Response><${operation}Result>${inner}</${operation}Result></${operation}Response>`;
  if (protocol === 'ec2') return `<${operation}Response><requestId>r-1</requestId>${inner}</${operation}Response>`;
  const root = expected?.kind === 'xml' ? expected.root : operation;
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${inner}</${root}>`;
}

/** Wrong-typed JSON for the contract's top-level fields: the opposite kind of what each expects. */
function wrongValue(schema: z.ZodType): unknown {
  const type = (schema as { def?: { type?: string } }).def?.type;
  if (type === 'optional') return wrongValue((schema as unknown as { def: { innerType: z.ZodType } }).def.innerType);
  if (type === 'boolean') return 'yes';
  if (type === 'number') return 'many';
  if (type === 'string') return { unexpected: true };
  return 'all';
}

function contractShape(api: ApiName): Record<string, z.ZodType> {
  let schema = RESPONSES[api].schema as z.ZodType;
  // A refined object keeps its shape in the inner schema.
  while ((schema as { def?: { type?: string } }).def?.type === 'pipe') schema = (schema as unknown as { def: { in: z.ZodType } }).def.in;
  return ((schema as { shape?: Record<string, z.ZodType> }).shape ?? {}) as Record<string, z.ZodType>;
}

function wrongTypesParsed(api: ApiName): Record<string, unknown> {
  return Object.fromEntries(Object.entries(contractShape(api)).map(([key, schema]) => [key, wrongValue(schema)]));
}

function truncated(api: string): string {
  const [service = '', operation = ''] = api.split('.');
  const expected = expectedBody(service, operation);
  if (expected?.kind === 'json') return `{"${Object.keys(contractShape(api as ApiName))[0] ?? 'Items'}":[{"Name":"par`;
  const root = expected?.kind === 'xml' ? expected.root : `${operation}Response`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://example.com/doc/"><Items><member><Name>part`;
}

const HTML = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';

interface Garbling {
  name: string;
  /** The body the HTTP server sends for the API (undefined: answered without HTTP, through `override`). */
  body?: (api: ApiName) => string;
  override?: (api: ApiName) => Record<string, unknown>;
}

const GARBLINGS: Garbling[] = [
  { name: 'an empty 200 body', body: () => '' },
  { name: 'an HTML page', body: () => HTML },
  { name: 'a truncated document', body: truncated },
  {
    name: 'a document of wrong types',
    body: (api) => {
      const [service = ''] = api.split('.');
      return SERVICE_PROTOCOLS[service] === 'json' || expectedBody(service, api.split('.')[1] ?? '')?.kind === 'json'
        ? JSON.stringify(wrongTypesParsed(api))
        : wrongTypesXml(api);
    },
  },
  { name: 'a parsed answer of wrong types', override: wrongTypesParsed },
];

// ---------- Collection and evaluation ----------

async function collectWith(keys: InventoryKey[], options: Partial<SyntheticOptions>): Promise<{ inventory: Inventory; synthetic: SyntheticAws }> {
  // Without a report and with a legacy ListBuckets, so GenerateCredentialReport and GetBucketLocation are sent too.
  const synthetic = new SyntheticAws(SHAPE, { accountId: ACCOUNT.id, delayMs: 0, reportNotPresent: true, legacyListBuckets: true, ...options });
  const clients = new SyntheticAwsClients(
    { credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'test' }, maxAttempts: 3, timeoutMs: 5_000, endpointUrl },
    synthetic,
  );
  try {
    const inventory = await collectInventory({
      keys,
      scope: { account: ACCOUNT, homeRegion: SHAPE.regions[0] ?? 'us-east-1', regions: SHAPE.regions, scopeFailures: [] },
      clients,
      settings: DEFAULT_SETTINGS,
      concurrency: 16,
      sleep: async () => undefined,
      now: () => NOW,
    });
    return { inventory, synthetic };
  } finally {
    clients.destroy();
  }
}

function evaluate(inventory: Inventory, keys: ReadonlySet<string>): CheckResult[] {
  const checks = CHECKS.filter((check) => check.needs.length > 0 && check.needs.some((key) => keys.has(key)));
  return evaluateChecks(checks, inventory, { account: inventory.account, regions: inventory.regions, settings: DEFAULT_SETTINGS, now: new Date(inventory.collectedAt) });
}

function statusesByFinding(results: readonly CheckResult[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const result of results) {
    const key = `${result.checkId} ${result.resourceArn}`;
    map.set(key, (map.get(key) ?? new Set()).add(result.status));
  }
  return map;
}

/** The baseline answer to build a wrong-typed one from; a baseline "not configured" error has no fields to keep. */
function answerOrNothing(answer: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return answer();
  } catch {
    return {};
  }
}

const ALL_KEYS = Object.keys(COLLECTORS) as InventoryKey[];
let baseline: Inventory;
let baselineCalls: Set<string>;

describe('garbled answers', () => {
  beforeAll(async () => {
    const { inventory, synthetic } = await collectWith(ALL_KEYS, {});
    baseline = inventory;
    baselineCalls = new Set(synthetic.calls.map((call) => `${call.service}.${call.command}`));
  });

  it('the baseline account answers every declared API, without a failure, and fails many checks', () => {
    expect(DECLARED.filter((api) => !baselineCalls.has(api))).toEqual([]);
    expect(Object.values(baseline.keys).flatMap((data) => data?.failures ?? [])).toEqual([]);
    const results = evaluate(baseline, new Set(ALL_KEYS));
    const failing = new Set(results.filter((result) => result.status === 'fail').map((result) => result.checkId));
    expect(failing.size).toBeGreaterThanOrEqual(30);
  });

  describe.each(GARBLINGS)('$name', (garbling) => {
    it.each(DECLARED)('%s: no fail becomes a pass, and the answer is recorded as unreadable', async (api) => {
      const keys = keysUsing(api);
      const checkKeys = new Set<string>(CHECKS.filter((check) => check.needs.some((key) => keys.includes(key))).flatMap((check) => check.needs));
      requestsSeen.length = 0;
      if (garbling.body) {
        currentBody = garbling.body(api);
        const [service = ''] = api.split('.');
        currentContentType = SERVICE_PROTOCOLS[service] === 'json' ? 'application/x-amz-json-1.1' : 'text/xml';
      }
      const { inventory } = await collectWith(
        keys,
        garbling.body
          ? { passThrough: (name) => name === api }
          : { override: (name, _input, answer) => (name === api ? { ...answerOrNothing(answer), ...(garbling.override?.(api) ?? {}) } : answer()) },
      );
      if (garbling.body) expect(requestsSeen.length, 'the API went over HTTP').toBeGreaterThan(0);

      // The checks run on the baseline with this API's keys replaced by what the garbled answers gave.
      const garbled: Inventory = { ...baseline, keys: { ...baseline.keys, ...inventory.keys } };
      const before = statusesByFinding(evaluate(baseline, checkKeys));
      const afterResults = evaluate(garbled, checkKeys);
      const after = statusesByFinding(afterResults);
      const checksWithErrors = new Set(afterResults.filter((result) => result.status === 'error').map((result) => result.checkId));
      // A failing finding may stay failing or become an error; it may only vanish when its check reports an error
      // for what it could not see (a listing that failed leaves the region or account in error).
      const turned = [...before]
        .filter(([, statuses]) => statuses.has('fail'))
        .filter(([finding]) => {
          const now = after.get(finding);
          if (!now) return !checksWithErrors.has(finding.split(' ')[0] ?? '');
          return !now.has('fail') && !now.has('error');
        })
        .map(([finding]) => `${finding}: fail → ${[...(after.get(finding) ?? ['gone, and no error'])].join('/')}`);
      expect(turned).toEqual([]);

      const failures = Object.values(inventory.keys).flatMap((data) => data?.failures ?? []);
      if (api === 's3.GetBucketPolicyStatus') {
        // Documented fallback: where the endpoint cannot answer this convenience API, the check reads the policy.
        expect(inventory.keys.s3BucketPolicyStatus?.items.some((item) => item.status === 'unsupported')).toBe(true);
      } else {
        expect(failures.filter((failure) => failure.api === api).map((failure) => [failure.code, failure.action])).toContainEqual([
          'UnreadableResponse',
          actionFor(api),
        ]);
      }
    });
  });
});
