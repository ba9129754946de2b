/**
 * Four vitest projects, all run by `npm test` (test/run-all.mjs, which typechecks beside them):
 * - unit: pure logic (checks, models, report writers, config parsing); threads that share one module graph.
 * - integration: collectors against aws-sdk-client-mock, the CLI in-process; also the default room for a test
 *   file no other project names. Its files share module graphs too; test/setup/sdk-mocks.ts restores the SDK
 *   after each file.
 * - release: the built binary, the npm package, the report in a browser, the scan against moto. One build,
 *   started by test/setup/release-build.ts as the run begins, serves every test that needs it.
 * - declared-apis: after the others, proves that the collectors' declared APIs are exactly those their tests
 *   saw them send (test/setup/record-sent-apis.ts records them during the integration run).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ReleaseFirstSequencer } from './test/setup/release-first-sequencer.js';

// Collector and CLI tests build real SDK clients: keep them off instance metadata and real credentials.
const env = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  NO_COLOR: '',
};

const release = [
  'test/cli/binary-reports.test.ts',
  'test/cli/package.test.ts',
  'test/trust/interrupt.test.ts',
  'test/trust/bad-files.test.ts',
  'test/**/browser.test.ts',
  'test/e2e/**/*.test.ts',
];
const declaredApis = ['test/trust/declared-apis.test.ts'];
const unit = [
  'test/*.test.ts',
  'test/checks/**/*.test.ts',
  'test/config/**/*.test.ts',
  'test/model/**/*.test.ts',
  'test/reports/**/*.test.ts',
  'test/rules/**/*.test.ts',
  'test/gating/exit-code.test.ts',
  'test/trust/properties.test.ts',
];

// Timeouts only catch a hang: they are far above what a test needs on a loaded two-core machine.
const shared = { env, unstubEnvs: true, testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    // The directory the integration run records sent APIs in, for the declared-apis project.
    globalSetup: ['test/setup/sent-apis-directory.ts'],
    // The release files start first (test/setup/release-first-sequencer.ts) and mostly wait for the processes they
    // run (the build, npm, moto, Chromium): a worker for each, and one per core for the unit and integration files.
    maxWorkers: availableParallelism() + release.length,
    sequence: { sequencer: ReleaseFirstSequencer },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: unit,
          exclude: [...release, ...declaredApis],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...unit, ...release, ...declaredApis],
          pool: 'threads',
          isolate: false,
          setupFiles: ['test/setup/sdk-mocks.ts', 'test/setup/record-sent-apis.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'release',
          include: release,
          globalSetup: ['test/setup/release-build.ts'],
          // npm install, a Chromium and a Python emulator on a shared machine: minutes, not seconds, when loaded.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          ...shared,
          name: 'declared-apis',
          include: declaredApis,
          pool: 'threads',
          // After every collector test has run and recorded what it sent.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
