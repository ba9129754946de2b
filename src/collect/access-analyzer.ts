import { paginateListAnalyzers, paginateListFindings, type AnalyzerSummary, type Type } from '@aws-sdk/client-accessanalyzer';
import type { CollectionFailure } from '../model/failure.js';
import type { AccessAnalyzer, AccessAnalyzerFinding } from '../model/items/access-analyzer.js';
import { attemptRequired, defineCollector, mapAll, type CollectContext } from './collector.js';
import { collectPages } from './paginate.js';

/** External-access analyzers only: unused-access analyzers (ACCOUNT_UNUSED_ACCESS…) say nothing about external access. */
const EXTERNAL_ACCESS_TYPES: readonly Type[] = ['ACCOUNT', 'ORGANIZATION'];

/** ListAnalyzers (ACCOUNT and ORGANIZATION) once per region per scan; both access-analyzer keys build on it. */
export function listAnalyzers(
  context: CollectContext,
  region: string,
): Promise<{ analyzers: AccessAnalyzer[]; failures: CollectionFailure[] }> {
  return context.memo(`accessanalyzer:analyzers:${region}`, async () => {
    const client = context.clients.get('accessanalyzer', region);
    const analyzers: AccessAnalyzer[] = [];
    const failures: CollectionFailure[] = [];
    for (const type of EXTERNAL_ACCESS_TYPES) {
      const listed = await attemptRequired(context, { api: 'accessanalyzer.ListAnalyzers', region }, async () => {
        return collectPages(paginateListAnalyzers({ client }, { type }), (page) => page.analyzers);
      });
      if (!listed.ok) {
        failures.push(listed.failure);
        continue;
      }
      for (const analyzer of listed.value) {
        if (!analyzer.arn) continue;
        analyzers.push({ arn: analyzer.arn, region, name: analyzer.name ?? '', type: analyzer.type ?? type, status: analyzer.status ?? 'UNKNOWN' });
      }
    }
    return { analyzers, failures };
  });
}

export const accessAnalyzersCollector = defineCollector({
  key: 'accessAnalyzers',
  scope: 'regional',
  apis: ['accessanalyzer.ListAnalyzers'],
  async collect(context, region) {
    const { analyzers, failures } = await listAnalyzers(context, region);
    return { items: analyzers, failures };
  },
});

export const accessAnalyzerFindingsCollector = defineCollector({
  key: 'accessAnalyzerFindings',
  scope: 'regional',
  // v1 ListFindings on purpose: access-analyzer:ListFindingsV2 is in neither SecurityAudit nor ReadOnlyAccess.
  apis: ['accessanalyzer.ListAnalyzers', 'accessanalyzer.ListFindings'],
  async collect(context, region) {
    const { analyzers, failures } = await listAnalyzers(context, region);
    const client = context.clients.get('accessanalyzer', region);
    const active = analyzers.filter((analyzer) => analyzer.status === 'ACTIVE');
    const perAnalyzer = await mapAll(active, (analyzer) =>
      attemptRequired(context, { api: 'accessanalyzer.ListFindings', region }, async () => {
        const findings: AccessAnalyzerFinding[] = [];
        const paginator = paginateListFindings(
          { client },
          { analyzerArn: analyzer.arn, filter: { status: { eq: ['ACTIVE'] } } },
        );
        for await (const page of paginator) {
          for (const finding of page.findings ?? []) {
            const item: AccessAnalyzerFinding = {
              arn: finding.resource ?? `${analyzer.arn}/finding/${finding.id ?? ''}`,
              region,
              id: finding.id ?? '',
              analyzerArn: analyzer.arn,
              resourceType: finding.resourceType ?? 'unknown',
              principal: finding.principal ?? {},
              isPublic: finding.isPublic === true,
              actions: finding.action ?? [],
              condition: finding.condition ?? {},
              status: finding.status ?? 'ACTIVE',
            };
            if (finding.resourceOwnerAccount) item.resourceOwnerAccount = finding.resourceOwnerAccount;
            findings.push(item);
          }
        }
        return findings;
      }),
    );
    return {
      items: perAnalyzer.flatMap((result) => (result.ok ? result.value : [])),
      // A failed ListFindings leaves the whole region unknown (region-only failure), so no region passes by omission.
      failures: [...failures, ...perAnalyzer.flatMap((result) => (result.ok ? [] : [result.failure]))],
    };
  },
});
