// sshd_config value checks (see index.ts), read from servconf.c.

import type { CustomCheck } from './types';

export const SSHD_CHECKS: Record<string, CustomCheck> = {};
