import { algorithmListRule } from './algorithmList';
import { blockScopeRule } from './blockScope';
import { channelTimeoutRule } from './channelTimeout';
import { duplicateSubsystemRule } from './duplicateSubsystem';
import { emptyBlockRule } from './emptyBlock';
import { firstValueWinsRule } from './firstValueWins';
import { includeNotFoundRule } from './includeNotFound';
import { invalidValueRule } from './invalidValue';
import { keepaliveRule } from './keepalive';
import { keywordRequirementsRule } from './keywordRequirements';
import { matchCriteriaRule } from './matchCriteria';
import { notAllowedInMatchRule } from './notAllowedInMatch';
import { obsoleteKeywordRule } from './obsoleteKeyword';
import { proxyJumpLoopRule } from './proxyJumpLoop';
import { shadowingRule } from './shadowing';
import { syntaxRule } from './syntax';
import { tmoutRule } from './tmout';
import type { Rule } from './types';
import { unknownKeywordRule } from './unknownKeyword';

/** Every diagnostic rule, in the order they run. */
export const RULES: readonly Rule[] = [
  syntaxRule,
  unknownKeywordRule,
  obsoleteKeywordRule,
  notAllowedInMatchRule,
  invalidValueRule,
  algorithmListRule,
  keywordRequirementsRule,
  duplicateSubsystemRule,
  matchCriteriaRule,
  keepaliveRule,
  channelTimeoutRule,
  tmoutRule,
  proxyJumpLoopRule,
  firstValueWinsRule,
  includeNotFoundRule,
  shadowingRule,
  blockScopeRule,
  emptyBlockRule,
];
