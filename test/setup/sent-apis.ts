/**
 * Wraps AwsClients.prototype.restrictedTo once per module graph so that every `send` through a restricted view
 * adds `service.Operation` to the current recording, if one is open. In a worker that runs several files, the
 * wrapper stays installed and records only while a collector test file has a recording open.
 */
import { AwsClients } from '../../src/collect/aws-clients.js';

let current: Set<string> | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
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
              current?.add(`${service}.${command.constructor.name.replace(/Command$/, '')}`);
              return (target.send as (...args: unknown[]) => unknown).call(target, command, ...rest);
            };
          },
        });
      },
    } as ReturnType<typeof original>;
  };
}

/** Records into `apis` until the returned function is called. */
export function recordSentApis(apis: Set<string>): () => void {
  install();
  current = apis;
  return () => {
    if (current === apis) current = undefined;
  };
}
