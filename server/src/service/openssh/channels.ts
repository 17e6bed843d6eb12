// Channel types that ChannelTimeout patterns are matched against, per release
// and file kind. A timeout applies to a channel when its TYPE pattern matches
// the channel's ctype (set by channel_new()) or, after channel_set_xtype(), its
// extended type (channels.c lookup_timeout(), match_pattern(): `*` and `?`,
// case-sensitive). Only channels in state SSH_CHANNEL_OPEN are ever timed out
// (channels.c channel_handler()), so listeners (port-listener, x11-listener,
// auth-listener, unix-listener) and mux channels are left out.
//
// Sources (openssh-portable):
//   sshd: session (serverloop.c), session:shell / session:command /
//     session:subsystem:NAME (session.c channel_set_xtype, all releases ≥ 9.2),
//     direct-tcpip, direct-streamlocal@openssh.com (serverloop.c),
//     forwarded-tcpip, forwarded-streamlocal@openssh.com (channels.c listener
//     accept), x11-connection, agent-connection (channels.c), and "tun"
//     (serverloop.c server_request_tun) — NOT "tun-connection", which only the
//     client uses although sshd_config(5) documents it.
//   ssh (ChannelTimeout from 9.6, commit a752a6c0e): session (ssh.c, mux.c),
//     relabelled session:shell / session:command / session:subsystem:NAME only
//     from 10.4 (clientloop.c, commit 45b30e0a5), direct-tcpip, dynamic-tcpip,
//     direct-streamlocal@openssh.com (channels.c listener accept),
//     forwarded-tcpip, forwarded-streamlocal@openssh.com, x11-connection,
//     agent-connection, tun-connection (clientloop.c), stdio-forward (-W,
//     channels.c).
//   `global` (9.7, commit b31b12d28) is compared with strcmp() in
//   channel_add_timeout() and never matched by a wildcard.

import { versionKey } from './version';
import type { FileKind } from './types';
import { matchPattern } from './patterns';

export { matchPattern };

/** The documented type names (sshd_config(5) / ssh_config(5)), offered as suggestions. */
export const DOCUMENTED_CHANNEL_TYPES = [
  'agent-connection',
  'direct-streamlocal@openssh.com',
  'direct-tcpip',
  'forwarded-streamlocal@openssh.com',
  'forwarded-tcpip',
  'session',
  'tun-connection',
  'x11-connection',
] as const;

/** The release that added the special type `global`. */
export const GLOBAL_SINCE = '9.7';
/** The client relabels its session channels (session:shell …) from this release. */
export const CLIENT_SESSION_XTYPE_SINCE = '10.4';
/** bz3994: a plain `session` pattern stops matching once a session is relabelled, up to this release (fixed in 10.6). */
export const SESSION_RELABEL_FIXED = '10.6';
/** commit caa6d7d19: sshd applies ChannelTimeout from Match blocks at run time from this release. */
export const MATCH_APPLIED_SINCE = '10.5';
/** ChannelTimeout honours fractional seconds from this release; 10.3–10.5 parse them (convtime_double) and truncate. */
export const FRACTION_HONOURED_SINCE = '10.6';

const SESSION_XTYPES = ['session:shell', 'session:command', 'session:subsystem:sftp'];

/** The channel types (ctype or xtype) a release's ssh or sshd gives its open channels. `session:subsystem:sftp` stands for every subsystem. */
export function channelTypes(kind: FileKind, target: string): string[] {
  const k = versionKey(target);
  if (kind === 'sshd') {
    return [
      'session',
      ...SESSION_XTYPES,
      'direct-tcpip',
      'direct-streamlocal@openssh.com',
      'forwarded-tcpip',
      'forwarded-streamlocal@openssh.com',
      'x11-connection',
      'agent-connection',
      'tun',
    ];
  }
  return [
    'session',
    ...(k >= versionKey(CLIENT_SESSION_XTYPE_SINCE) ? SESSION_XTYPES : []),
    'direct-tcpip',
    'dynamic-tcpip',
    'direct-streamlocal@openssh.com',
    'forwarded-tcpip',
    'forwarded-streamlocal@openssh.com',
    'x11-connection',
    'agent-connection',
    'tun-connection',
    'stdio-forward',
  ];
}


/** Whether `pattern` can match some channel of this release and file kind (a subsystem name is free text). */
export function patternMatchesSomeChannel(pattern: string, kind: FileKind, target: string): boolean {
  const types = channelTypes(kind, target);
  if (types.some((t) => matchPattern(t, pattern))) return true;
  // session:subsystem:NAME with any NAME
  return types.includes('session:subsystem:sftp') && pattern.startsWith('session:subsystem:') && pattern.length > 'session:subsystem:'.length;
}
