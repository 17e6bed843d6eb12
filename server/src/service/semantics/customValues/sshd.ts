// sshd_config value checks (see index.ts), read from servconf.c.

import { SSHD_ADDRESS_CHECKS } from './addresses';
import { SSHD_SETTING_CHECKS } from './settings';
import type { CustomCheck } from './types';

export const SSHD_CHECKS: Record<string, CustomCheck> = { ...SSHD_ADDRESS_CHECKS, ...SSHD_SETTING_CHECKS };
