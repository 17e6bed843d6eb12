// openssh-config check [--format text|json] [--target-version X.Y] [--kind sshd|ssh] FILE...
// Analyses files with the same service the language server uses.

import { resolve as resolvePath } from 'node:path';
import { readConfigFileSync } from './includeHost';
import { kindFromPath } from './service/fileKind';
import { createLanguageService, type ConfigDocument, type Finding, type LanguageService, type ServiceSettings } from './service/languageService';
import type { FileKind } from './service/openssh/types';
import type { IncludeGraph } from './service/semantics/include';

declare const PACKAGE_VERSION: string | undefined;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';

const USAGE = `Usage:
  openssh-config check [--format text|json] [--target-version X.Y|latest] [--kind sshd|ssh] [--ssh-dir DIR] [--no-include] FILE...
  openssh-config effective --file FILE (--host HOST [--user U] [--port P] | --connection user=U,host=H,addr=A) [--explain]

Checks OpenSSH sshd_config / ssh_config files the way OpenSSH's own parser reads them.
  --format           text (default): FILE:LINE:COL: SEVERITY: MESSAGE [RULE]; json: an array of findings
  --target-version   the OpenSSH release the files are for (default: latest)
  --kind             sshd or ssh (default: guessed from each file name; sshd_config* → sshd, else ssh)
  --ssh-dir          the folder that stands for /etc/ssh when following Include (default: detected)
  --no-include       do not read the files Include lines name
effective: the settings OpenSSH uses for one connection, as "keyword value" lines like ssh -G / sshd -T -C;
  --explain adds "# from FILE:LINE"; --ssh-dir DIR stands for /etc/ssh; --allow-exec runs "Match exec" commands.
Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable file.
`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json';
  target?: string;
  kind?: FileKind;
  /** the folder that stands for /etc/ssh when following Include (like openssh-config.include.sshDir) */
  sshDir?: string;
  /** do not follow Include lines */
  noInclude?: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { format: 'text', files: [] };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = () => inline ?? value(i++, a);
    switch (a) {
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
        opts.format = f;
        break;
      }
      case '--target-version': {
        const t = take();
        if (!/^(latest|\d+\.\d+)$/i.test(t)) throw new UsageError(`--target-version must look like 9.2 or latest, not "${t}"`);
        opts.target = t;
        break;
      }
      case '--kind': {
        const k = take();
        if (k !== 'sshd' && k !== 'ssh') throw new UsageError(`--kind must be sshd or ssh, not "${k}"`);
        opts.kind = k;
        break;
      }
      case '--ssh-dir':
        opts.sshDir = take();
        break;
      case '--no-include':
        opts.noInclude = true;
        break;
      case '--':
        opts.files.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        opts.files.push(argv[i]);
    }
  }
  if (!opts.files.length) throw new UsageError('no FILE given');
  return opts;
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  code: string;
  message: string;
}

function toJson(file: string, f: Finding): JsonFinding {
  return {
    file,
    line: f.span.line + 1,
    column: f.span.start + 1,
    endLine: f.span.line + 1,
    endColumn: f.span.end + 1,
    severity: f.severity === 'information' ? 'info' : f.severity,
    code: f.code,
    message: f.message,
  };
}


/**
 * The files a document's Include lines read, when it has any (fs/promises, bounded: includeHost.ts).
 * Standard input has no place of its own, so its relative Includes are not followed.
 */
async function includesOf(service: LanguageService, file: string, doc: ConfigDocument, opts: Options, settings: ServiceSettings): Promise<IncludeGraph | undefined> {
  if (opts.noInclude || file === '-' || !doc.directives.some((d) => d.name === 'include')) return undefined;
  const { nodeIncludeHost } = await import('./includeHost');
  try {
    return await service.resolveIncludes(resolvePath(file), doc, nodeIncludeHost(), { sshDir: opts.sshDir }, settings);
  } catch {
    return undefined;
  }
}

async function check(opts: Options): Promise<number> {
  const service = createLanguageService();
  const settings = { targetVersion: opts.target };
  const all: JsonFinding[] = [];
  let unreadable = false;
  for (const file of opts.files) {
    let text: string;
    try {
      text = readConfigFileSync(file === '-' ? 0 : file);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      process.stderr.write(`openssh-config: cannot read ${file}: ${reason}\n`);
      unreadable = true;
      continue;
    }
    const kind = opts.kind ?? kindFromPath(file);
    const doc = service.parse({ uri: file, version: 0, getText: () => text }, kind, settings);
    const graph = await includesOf(service, file, doc, opts, settings);
    for (const f of service.findings(doc, settings, graph)) all.push(toJson(file, f));
  }
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  } else {
    process.stdout.write(
      all.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]\n`).join(''),
    );
  }
  if (unreadable) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    process.stdout.write(`openssh-config ${version}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    return await check(parseArgs(rest));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`openssh-config: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`openssh-config: internal error: ${(err as Error).message}\n`);
    return 2;
  }
}

/** `openssh-config effective …` (cliEffective.ts): asynchronous, because Included files are read with fs/promises. */
async function effectiveMain(argv: string[]): Promise<number> {
  const { effectiveCommand, EffectiveUsageError } = await import('./cliEffective');
  try {
    return await effectiveCommand(argv, createLanguageService());
  } catch (err) {
    if (err instanceof EffectiveUsageError) {
      process.stderr.write(`openssh-config: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`openssh-config: internal error: ${(err as Error).message}\n`);
    return 2;
  }
}

if (process.argv[2] === 'effective') void effectiveMain(process.argv.slice(3)).then((code) => (process.exitCode = code));
else void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
