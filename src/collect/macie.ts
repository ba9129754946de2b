import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand } from '@aws-sdk/client-macie2';
import { regionalAccountRef } from '../model/check.js';
import type { MacieStatus } from '../model/items/macie.js';
import { attemptRequired, defineCollector, errorCode } from './collector.js';

/**
 * Macie answers GetMacieSession with AccessDeniedException ("Macie is not enabled") in a region where it was
 * never turned on. That is data (Macie is off), not a permission problem.
 */
export function isMacieNotEnabled(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return errorCode(error) === 'AccessDeniedException' && /macie is not enabled/i.test(message);
}

export const macieStatusCollector = defineCollector({
  key: 'macieStatus',
  scope: 'regional',
  apis: ['macie2.GetMacieSession', 'macie2.GetAutomatedDiscoveryConfiguration'],
  async collect(context, region) {
    const client = context.clients.get('macie2', region);
    const ref = regionalAccountRef(context.account, 'macie2', region);
    let notEnabled = false;
    const session = await attemptRequired(context, { api: 'macie2.GetMacieSession', region }, async () => {
      try {
        return await client.send(new GetMacieSessionCommand({}));
      } catch (error) {
        if (!isMacieNotEnabled(error)) throw error;
        notEnabled = true;
        return undefined;
      }
    });
    if (!session.ok) return { items: [], failures: [session.failure] };
    if (notEnabled || !session.value) {
      return { items: [{ ...ref, region, status: 'NOT_ENABLED', automatedDiscoveryStatus: null }], failures: [] };
    }
    const status = session.value.status ?? 'UNKNOWN';
    const discovery = await attemptRequired(context, { api: 'macie2.GetAutomatedDiscoveryConfiguration', region, resourceArn: ref.arn }, () =>
      client.send(new GetAutomatedDiscoveryConfigurationCommand({})),
    );
    const item: MacieStatus = {
      ...ref,
      region,
      status,
      automatedDiscoveryStatus: discovery.ok ? (discovery.value.status ?? 'DISABLED') : null,
    };
    return { items: [item], failures: discovery.ok ? [] : [discovery.failure] };
  },
});
