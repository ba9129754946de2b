/** The AWS SDK's Node 22 notice: one line of ours, once, on live runs under Node < 22, unless the user silenced it. */
import { describe, expect, it } from 'vitest';
import { callsAws, nodeSupportNotice } from '../../src/cli/node-support.js';

describe('the Node 22 notice', () => {
  it('is one line naming the running version under Node 20, and nothing under Node 22', () => {
    const notice = nodeSupportNotice('v20.19.1', {});
    expect(notice).toMatch(/^dbgap-audit: note: AWS SDK for JavaScript releases published after the first week of January 2027 require Node 22 or later; this is Node v20\.19\.1 \(https:\/\/a\.co\/c895JFp\)\.\n$/);
    expect(nodeSupportNotice('v22.0.0', {})).toBeUndefined();
    expect(nodeSupportNotice('v24.1.0', {})).toBeUndefined();
  });

  it('respects the SDK variable that silences it', () => {
    expect(nodeSupportNotice('v20.19.1', { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' })).toBeUndefined();
  });

  it.each([
    [['scan', '--profile', 'x'], true],
    [['--debug', 'collect', '-o', 'i.json'], true],
    [['scan', '--inventory', 'i.json'], false],
    [['scan', '--inventory=i.json'], false],
    [['policy'], false],
    [['merge', 'a.json'], false],
  ])('%j calls AWS: %s', (argv, expected) => {
    expect(callsAws(argv)).toBe(expected);
  });
});
