// sshd Subsystem definitions per name. Up to 9.4 a second definition of the
// same name (strcmp) in the part of the file that applies makes sshd refuse to
// start ("Subsystem 'sftp' already defined."); from 9.5 the first one is kept
// and later ones are ignored (servconf.c case sSubsystem). A Subsystem without
// a command is always fatal ("Missing subsystem command.").

import { versionKey } from '../openssh/version';
import type { Directive } from '../parser/types';
import type { Rule } from './types';
import { removeLineFix } from './fixes';

export const duplicateSubsystemRule: Rule = {
  id: 'duplicate-subsystem',
  codes: ['duplicate-subsystem', 'missing-subsystem-command'],
  check(doc, { kind, target }, report) {
    if (kind !== 'sshd') return;
    const fatal = versionKey(target) < versionKey('9.5');
    // Sections are checked on their own: a Match block starts with no subsystems of its own.
    for (const section of doc.sections) {
      let seen: Map<string, Directive> | undefined; // made at the block's first Subsystem line (most blocks have none)
      for (const d of section.directives) {
        if (d.name !== 'subsystem' || d.bare || !d.args.length) continue;
        seen ??= new Map();
        const name = d.args[0].value;
        if (d.args.length < 2 || d.args[1].value === '') {
          report({
            code: 'missing-subsystem-command',
            severity: 'error',
            message: `Subsystem ${name} has no command: sshd refuses to start ("Missing subsystem command.").`,
            span: d.args[0],
          });
          continue;
        }
        const firstDef = seen.get(name);
        if (!firstDef) {
          seen.set(name, d);
          continue;
        }
        const removeLine = removeLineFix(d, 'Remove this Subsystem line');
        report({
          code: 'duplicate-subsystem',
          severity: fatal ? 'error' : 'warning',
          message: fatal
            ? `Subsystem ${name} is already defined on line ${firstDef.line + 1}: sshd ${target} refuses to start ("Subsystem '${name}' already defined.").`
            : `Subsystem ${name} is already defined on line ${firstDef.line + 1}; sshd ${target} keeps the first definition and ignores this one.`,
          span: d.args[0],
          related: [{ span: firstDef.args[0], message: 'the first definition' }],
          tags: fatal ? undefined : ['unnecessary'],
          fixes: [removeLine],
        });
      }
    }
  },
};
