import { describe, expect, it } from 'vitest';
import check from '../../../checks/authorizing-access/access-analyzer-enabled.js';
import { aFailure, run, statuses } from '../../helpers/inventory.js';
import { anAnalyzer } from '../../helpers/access-analyzer.js';

const REGIONS = ['us-east-1', 'us-west-2'];

describe('access-analyzer-enabled', () => {
  it.each([
    ['an active account analyzer in each region', [anAnalyzer('a'), anAnalyzer('b', { region: 'us-west-2' })], ['pass', 'pass']],
    ['an active organization analyzer counts', [anAnalyzer('org', { type: 'ORGANIZATION' }), anAnalyzer('b', { region: 'us-west-2' })], ['pass', 'pass']],
    ['none in us-west-2', [anAnalyzer('a')], ['pass', 'fail']],
    ['a CREATING/FAILED analyzer does not count', [anAnalyzer('a', { status: 'FAILED' }), anAnalyzer('b', { region: 'us-west-2', status: 'CREATING' })], ['fail', 'fail']],
    ['none anywhere', [], ['fail', 'fail']],
  ])('%s → %s', (_name, analyzers, expected) => {
    const results = run(check, { accessAnalyzers: analyzers }, { regions: REGIONS });
    expect(statuses(results)).toEqual(expected);
    expect(results.map((result) => result.region)).toEqual(REGIONS);
  });

  it('names the non-active analyzer and its status', () => {
    const [result] = run(check, { accessAnalyzers: [anAnalyzer('lab', { status: 'DISABLED' })] });
    expect(result?.message).toMatch(/lab is DISABLED/);
  });

  it('turns a denied ListAnalyzers in one region into an error for that region only', () => {
    const results = run(
      check,
      {
        accessAnalyzers: {
          items: [anAnalyzer('a')],
          failures: [aFailure({ api: 'accessanalyzer.ListAnalyzers', action: 'access-analyzer:ListAnalyzers', code: 'AccessDeniedException', region: 'us-west-2' })],
        },
      },
      { regions: REGIONS },
    );
    expect(results.map((result) => [result.region, result.status])).toEqual([
      ['us-east-1', 'pass'],
      ['us-west-2', 'error'],
    ]);
    expect(results[1]?.message).toMatch(/access-analyzer:ListAnalyzers/);
  });
});
