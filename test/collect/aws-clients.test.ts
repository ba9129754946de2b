import { describe, expect, it } from 'vitest';
import { AwsClients } from '../../src/collect/aws-clients.js';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' };

describe('AwsClients', () => {
  it('builds clients with standard retries by default, the given max attempts, and caches them per service and region', async () => {
    const clients = new AwsClients({ credentials, maxAttempts: 5, timeoutMs: 1000 });
    const ec2 = clients.get('ec2', 'eu-west-1');
    expect(clients.get('ec2', 'eu-west-1')).toBe(ec2);
    expect(clients.get('ec2', 'us-east-1')).not.toBe(ec2);
    expect(await ec2.config.region()).toBe('eu-west-1');
    expect(((await ec2.config.retryStrategy()) as { mode?: string }).mode).toBe('standard');
    expect(await ec2.config.maxAttempts()).toBe(5);
    clients.destroy();
  });

  it('uses adaptive retries when asked (--retry-mode adaptive)', async () => {
    const clients = new AwsClients({ credentials, maxAttempts: 3, timeoutMs: 1000, retryMode: 'adaptive' });
    expect(((await clients.get('s3', 'us-east-1').config.retryStrategy()) as { mode?: string }).mode).toBe('adaptive');
    clients.destroy();
  });
});
