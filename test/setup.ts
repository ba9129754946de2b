/**
 * When DBGAP_AUDIT_API_LOG names a file, every API a collector sends (through its restricted client view) is
 * appended to it. test/trust/declared-apis.test.ts runs the collector tests that way to prove that every API a
 * collector declares is one it really sends.
 */
import { appendFileSync } from 'node:fs';
import { AwsClients } from '../src/collect/aws-clients.js';

const log = process.env.DBGAP_AUDIT_API_LOG;
if (log) {
  const original = AwsClients.prototype.restrictedTo;
  AwsClients.prototype.restrictedTo = function restrictedTo(this: AwsClients, allowed) {
    const source = original.call(this, allowed);
    return {
      get(service, region) {
        const client = source.get(service, region);
        return new Proxy(client, {
          get(target, property, receiver) {
            if (property !== 'send') return Reflect.get(target, property, receiver);
            return (command: { constructor: { name: string } }, ...rest: unknown[]) => {
              appendFileSync(log, `${service}.${command.constructor.name.replace(/Command$/, '')}\n`);
              return (target.send as (...args: unknown[]) => unknown).call(target, command, ...rest);
            };
          },
        });
      },
    } as ReturnType<typeof original>;
  };
}
