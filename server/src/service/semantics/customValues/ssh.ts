// ssh_config value checks (see index.ts), read from readconf.c.

import { SSH_ADDRESS_CHECKS } from './addresses';
import { SSH_CLIENT_CHECKS } from './clientSettings';
import { SSH_SETTING_CHECKS } from './settings';
import type { CustomCheck } from './types';

export const SSH_CHECKS: Record<string, CustomCheck> = { ...SSH_ADDRESS_CHECKS, ...SSH_SETTING_CHECKS, ...SSH_CLIENT_CHECKS };
