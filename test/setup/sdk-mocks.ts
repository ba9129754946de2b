/**
 * Setup file of the integration project, whose files share one module graph per worker: aws-sdk-client-mock
 * replaces `send` on an SDK client's prototype, so a mock one file leaves behind would answer the next file's
 * real requests (test/collect/endpoint-url.test.ts talks to a loopback server). Every file ends with the real
 * `send` back on every client class.
 */
import { afterAll } from 'vitest';
import { CLIENT_CLASSES } from '../../src/collect/aws-clients.js';

afterAll(() => {
  for (const clientClass of Object.values(CLIENT_CLASSES)) {
    const prototype = clientClass.prototype as unknown as { send?: { restore?: unknown } };
    // A sinon stub (what mockClient installs) is an own property with restore(); the real send is inherited.
    if (Object.hasOwn(prototype, 'send') && typeof prototype.send?.restore === 'function') (prototype.send.restore as () => void)();
  }
});
