// ssh_config value checks (see index.ts), read from readconf.c.

import type { CustomCheck } from './types';

export const SSH_CHECKS: Record<string, CustomCheck> = {};
