// Our own documentation of sshd_config keywords. Read the header of ./types.ts first.

import { TIME_SYNTAX, type DocTable } from './types';

export const sshdDocs: DocTable = {
  clientaliveinterval: {
    summary:
      'How long sshd waits without hearing anything from the client before it sends an encrypted "are you there?" probe through the connection. It detects clients that have vanished; a client that is idle but still running answers every probe and is never disconnected by it.',
    syntax: `${TIME_SYNTAX}; \`0\` turns probing off.`,
    example: 'ClientAliveInterval 5m',
    default: '`0` (no probes)',
    notes: [
      'A vanished client is dropped about `ClientAliveInterval × (ClientAliveCountMax + 1)` after the last packet from it.',
      'OpenSSH 9.2 to 9.4 send the probes only about every second interval (fixed in 9.5).',
      'To log out idle users use `ChannelTimeout` / `UnusedConnectionTimeout` (OpenSSH 9.2+) or the shell\'s `TMOUT`.',
    ],
    related: ['ClientAliveCountMax', 'TCPKeepAlive', 'ChannelTimeout', 'UnusedConnectionTimeout'],
    source: 'servconf.c sClientAliveInterval (parse_time); serverloop.c client_alive_check()',
  },
  clientalivecountmax: {
    summary:
      'How many client-alive probes may go unanswered before sshd decides the client is gone and closes the connection. Any packet from the client resets the count, so a live client is never cut.',
    syntax: 'a whole number; `0` means never disconnect (since OpenSSH 8.2).',
    example: 'ClientAliveCountMax 3',
    default: '`3`',
    notes: [
      'Only matters when `ClientAliveInterval` is set.',
      'Since OpenSSH 8.2, `0` disables the disconnection entirely. Before 8.2 it dropped the connection at the first unanswered interval, which is why old hardening guides use it as an "idle timeout".',
    ],
    related: ['ClientAliveInterval', 'ChannelTimeout', 'UnusedConnectionTimeout'],
    source: 'servconf.c sClientAliveCountMax (parse_int); commit 69334996 (V_8_2_P1), release-8.2',
  },
  tcpkeepalive: {
    summary:
      'Asks the operating system to send TCP keepalive packets on the connection so that a dead peer is eventually noticed. The kernel decides the timing (on Linux, first after 2 hours of silence), and the packets are not encrypted, so they can be spoofed.',
    syntax: '`yes` or `no`.',
    example: 'TCPKeepAlive yes',
    default: '`yes`',
    notes: [
      'For a dependable, encrypted liveness check use `ClientAliveInterval` instead; both may be on.',
      'OpenSSH 10.6 also accepts `transport` and `all` (keepalives on forwarded connections too).',
    ],
    related: ['ClientAliveInterval', 'ClientAliveCountMax'],
    source: 'servconf.c sKeepAlives; sshd-session.c SO_KEEPALIVE; release-10.6',
  },
  channeltimeout: {
    summary:
      'Closes a channel (a shell, a command, a forwarded port, an agent connection…) after it has carried no data for the given time. Keepalive probes do not count as activity, so this is the server-side idle timeout.',
    syntax:
      'one or more `type=interval` entries, e.g. `session:*=30m direct-tcpip=1h`, or `none`. The type is a pattern: `session:*` covers shells, commands and subsystems; `global` (OpenSSH 9.7+) applies to all channels together.',
    example: 'ChannelTimeout session:*=30m',
    default: '`none` (channels never time out)',
    notes: [
      'Up to OpenSSH 10.5, `session=…` does not cover shells or commands: write `session:*=…`.',
      'Up to OpenSSH 10.4, a ChannelTimeout inside a `Match` block is shown by `sshd -T` but not applied.',
      'Only the first ChannelTimeout line that applies is used; later lines are ignored.',
    ],
    related: ['UnusedConnectionTimeout', 'ClientAliveInterval'],
    source: 'servconf.c sChannelTimeout, misc.c parse_pattern_interval(), channels.c; commit 2d1ff2b94 (V_9_2_P1)',
  },
  unusedconnectiontimeout: {
    summary:
      'Ends a logged-in connection that has had no channel open at all for the given time, such as `ssh -N` with nothing forwarded. As long as any channel (an open shell, for instance) exists, it does not act.',
    syntax: `${TIME_SYNTAX}, or \`none\`.`,
    example: 'UnusedConnectionTimeout 15m',
    default: '`none`',
    notes: ['Keepalive traffic does not keep an unused connection alive.', 'Listening forwards (`ssh -R`) are not channels.'],
    related: ['ChannelTimeout', 'ClientAliveInterval'],
    source: 'servconf.c sUnusedConnectionTimeout; serverloop.c; commit 0293c1980 (V_9_2_P1)',
  },
};
