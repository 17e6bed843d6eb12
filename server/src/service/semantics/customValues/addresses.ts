// Value checks for addresses, ports and forwardings (see index.ts).

import type { CustomCheck } from './types';

export const SSHD_ADDRESS_CHECKS: Record<string, CustomCheck> = {};
export const SSH_ADDRESS_CHECKS: Record<string, CustomCheck> = {};
