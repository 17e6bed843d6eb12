// Keywords the target release still accepts but treats specially: aliases
// (another spelling of a canonical keyword), deprecated ones (logged and
// ignored), ignored ones (silently ignored), unsupported ones (known, but
// without effect). Read from the keyword tables: sDeprecated/oDeprecated,
// sIgnore/oIgnore, sUnsupported/oUnsupported, shared opcodes for aliases.

import { FILE_LABEL, keywordResolver, lookupKeyword } from '../openssh/keywords';
import type { Rule } from './types';
import { removeLineFix } from './fixes';

export const obsoleteKeywordRule: Rule = {
  id: 'obsolete-keyword',
  codes: ['keyword-alias', 'deprecated-keyword'],
  check(doc, { kind, target }, report) {
    const resolve = keywordResolver(kind, target);
    for (const d of doc.directives) {
      const { info, era } = resolve(d.name);
      if (!info || !era || era.status === 'active' || era.status === 'conditional') continue;
      const name = info.facts.name;
      const removeLine = removeLineFix(d, `Remove the ${name} line`);
      switch (era.status) {
        case 'alias': {
          const canonical = (era.aliasOf && lookupKeyword(kind, era.aliasOf)?.facts.name) ?? era.aliasOf ?? name;
          report({
            code: 'keyword-alias',
            severity: 'hint',
            message: `${name} is an old name for ${canonical}; OpenSSH ${target} reads it as ${canonical}.`,
            span: d.keyword,
            tags: ['deprecated'],
            fixes: [{ title: `Change to "${canonical}"`, edits: [{ span: d.keyword, newText: canonical }], preferred: true }],
          });
          break;
        }
        case 'deprecated':
          report({
            code: 'deprecated-keyword',
            severity: 'warning',
            message:
              kind === 'sshd'
                ? `${name} is deprecated: sshd ${target} logs "Deprecated option" and ignores the line.`
                : `${name} is deprecated: ssh ${target} ignores the line (and says so only with -v).`,
            span: d.keyword,
            tags: ['deprecated'],
            fixes: [removeLine],
          });
          break;
        case 'ignored':
          report({
            code: 'deprecated-keyword',
            severity: 'warning',
            message: `${name} is obsolete: OpenSSH ${target} silently ignores the line.`,
            span: d.keyword,
            tags: ['unnecessary'],
            fixes: [removeLine],
          });
          break;
        case 'unsupported':
          report({
            code: 'deprecated-keyword',
            severity: 'warning',
            message: `${name} is not supported by OpenSSH ${target} (${FILE_LABEL[kind]} logs "Unsupported option"): the line has no effect.`,
            span: d.keyword,
            tags: ['unnecessary'],
            fixes: [removeLine],
          });
          break;
        default:
          break;
      }
    }
  },
};
