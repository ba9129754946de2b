import { z } from 'zod';
import type { AccountAliases, AccountRegion, AccountSecurityContact } from '../../model/items/account.js';
import { itemSchema, strings } from './common.js';

export const accountAliases = itemSchema<AccountAliases>()({ aliases: strings });
export const accountSecurityContact = itemSchema<AccountSecurityContact>()({ isRegistered: z.boolean(), name: z.string().optional(), title: z.string().optional() });
export const accountRegion = itemSchema<AccountRegion>()({ regionName: z.string(), optInStatus: z.string() });
