// openssh-config effective: the effective settings for one connection, printed
// the way `ssh -G` / `sshd -T -C` print them. Included files are read from
// this machine (bounded, see includeHost.ts).

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { nodeIncludeHost, readConfigFileSync } from './includeHost';
import { localIdentity } from './localIdentity';
import { kindFromPath } from './service/fileKind';
import type { LanguageService } from './service/languageService';
import type { FileKind } from './service/openssh/types';
import { parseConnectionSpec, type EffectiveQuery } from './service/semantics/effective';

export class EffectiveUsageError extends Error {}

interface EffectiveArgs {
  file?: string;
  host?: string;
  user?: string;
  port?: number;
  connection?: string;
  explain: boolean;
  allowExec: boolean;
  kind?: FileKind;
  target?: string;
  sshDir?: string;
}

function parseEffectiveArgs(argv: string[]): EffectiveArgs {
  const o: EffectiveArgs = { explain: false, allowExec: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new EffectiveUsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--file':
      case '-f':
      case '-F':
        o.file = take();
        break;
      case '--host':
        o.host = take();
        break;
      case '--user':
        o.user = take();
        break;
      case '--port': {
        const p = take();
        if (!/^\d+$/.test(p) || Number(p) > 65535) throw new EffectiveUsageError(`--port must be a number, not "${p}"`);
        o.port = Number(p);
        break;
      }
      case '--connection':
      case '-C':
        o.connection = take();
        break;
      case '--explain':
        o.explain = true;
        break;
      case '--allow-exec':
        o.allowExec = true;
        break;
      case '--ssh-dir':
        o.sshDir = take();
        break;
      case '--kind': {
        const k = take();
        if (k !== 'sshd' && k !== 'ssh') throw new EffectiveUsageError(`--kind must be sshd or ssh, not "${k}"`);
        o.kind = k;
        break;
      }
      case '--target-version': {
        const t = take();
        if (!/^(latest|\d+\.\d+)$/i.test(t)) throw new EffectiveUsageError(`--target-version must look like 9.2 or latest, not "${t}"`);
        o.target = t;
        break;
      }
      default:
        if (!o.file && !a.startsWith('-')) o.file = argv[i];
        else throw new EffectiveUsageError(`unknown option ${a}`);
    }
  }
  if (!o.file) throw new EffectiveUsageError('effective needs --file FILE');
  return o;
}

export async function effectiveCommand(argv: string[], service: LanguageService): Promise<number> {
  const o = parseEffectiveArgs(argv);
  const file = resolve(o.file!);
  const kind = o.kind ?? (o.connection ? 'sshd' : o.host ? 'ssh' : kindFromPath(file));
  let query: EffectiveQuery;
  if (kind === 'sshd') {
    if (!o.connection) throw new EffectiveUsageError('an sshd_config needs --connection user=…,host=…,addr=…');
    const q = parseConnectionSpec(o.connection);
    if ('error' in q) throw new EffectiveUsageError(`--connection: ${q.error}`);
    query = q;
  } else {
    if (!o.host) throw new EffectiveUsageError('an ssh_config needs --host HOST');
    query = {
      kind: 'ssh',
      host: o.host,
      user: o.user,
      port: o.port,
      ...localIdentity(),
      exec: o.allowExec ? (cmd) => spawnSync(process.env.SHELL || '/bin/sh', ['-c', cmd], { stdio: 'ignore', timeout: 10_000 }).status === 0 : undefined,
    };
  }
  let text: string;
  try {
    text = readConfigFileSync(file);
  } catch (err) {
    process.stderr.write(`openssh-config: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const settings = { targetVersion: o.target };
  const doc = service.parse({ uri: file, version: 0, getText: () => text }, kind, settings);
  const graph = await service.resolveIncludes(file, doc, nodeIncludeHost(), { sshDir: o.sshDir }, settings);
  const result = service.effective(doc, query, settings, { graph });
  process.stdout.write(service.formatEffective(result, kind, o.explain));
  return 0;
}
