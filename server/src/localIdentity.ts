// Who and where "the local side" is, for ssh_config's effective settings
// (Match localuser, %u/%d/%l tokens): read from the OS once per query, shared by
// the language server and the CLI. Any lookup that fails is left unknown.

import { hostname, userInfo } from 'node:os';

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

export function localIdentity(): { localUser?: string; local: { homeDir?: string; uid?: number; hostname?: string } } {
  const info = safe(() => userInfo());
  return { localUser: info?.username, local: { homeDir: info?.homedir, uid: info?.uid, hostname: safe(() => hostname()) } };
}
