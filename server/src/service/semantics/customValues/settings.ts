// Value checks for the other keywords of their own shape (see index.ts).

import type { CustomCheck } from './types';

export const SSHD_SETTING_CHECKS: Record<string, CustomCheck> = {};
export const SSH_SETTING_CHECKS: Record<string, CustomCheck> = {};
