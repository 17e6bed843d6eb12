// Our own documentation of ssh_config keywords. Read the header of ./types.ts first.

import { TIME_SYNTAX, type DocTable } from './types';

export const sshDocs: DocTable = {
  serveraliveinterval: {
    summary:
      'How long ssh waits without hearing anything from the server before it sends an encrypted probe through the connection. It detects a server or network that has gone away, and the probe traffic also keeps NAT and firewall state from expiring.',
    syntax: `${TIME_SYNTAX}; \`0\` turns probing off.`,
    example: 'ServerAliveInterval 60',
    default: '`0` (no probes)',
    notes: [
      'ssh gives up about `ServerAliveInterval × (ServerAliveCountMax + 1)` after the last packet from the server.',
      'A home router that forgets quiet connections is kept happy by an interval shorter than its idle timeout.',
    ],
    related: ['ServerAliveCountMax', 'TCPKeepAlive', 'ConnectTimeout'],
    source: 'readconf.c oServerAliveInterval (parse_time); clientloop.c server_alive_check()',
  },
  serveralivecountmax: {
    summary:
      'How many server-alive probes may go unanswered before ssh gives up on the server and exits. Any data from the server resets the count.',
    syntax: 'a whole number.',
    example: 'ServerAliveCountMax 3',
    default: '`3`',
    notes: [
      'Unlike the server\'s `ClientAliveCountMax`, `0` does not disable anything: ssh quits after one silent interval, even when the server is fine.',
    ],
    related: ['ServerAliveInterval', 'TCPKeepAlive'],
    source: 'readconf.c oServerAliveCountMax; clientloop.c:497 (no `> 0` guard)',
  },
  tcpkeepalive: {
    summary:
      'Asks the operating system to send TCP keepalive packets so that a dead server is eventually noticed. The kernel picks the timing (Linux: after 2 hours of silence) and the packets are not encrypted.',
    syntax: '`yes` or `no` (`true`/`false` also work in ssh_config).',
    example: 'TCPKeepAlive yes',
    default: '`yes`',
    notes: ['`ServerAliveInterval` is the in-protocol, encrypted alternative and also keeps NAT state fresh.'],
    related: ['ServerAliveInterval', 'ServerAliveCountMax'],
    source: 'readconf.c oTCPKeepAlive; sshconnect.c SO_KEEPALIVE',
  },
  channeltimeout: {
    summary:
      'Closes a channel opened by this client (a session, a forwarded port…) after it has carried no data for the given time. Keepalive probes do not count as activity.',
    syntax: 'one or more `type=interval` entries, e.g. `session:*=30m`, or `none`.',
    example: 'ChannelTimeout direct-tcpip=10m',
    default: '`none`',
    notes: ['Client-side ChannelTimeout exists since OpenSSH 9.6; the server has had it since 9.2.'],
    related: ['ServerAliveInterval'],
    source: 'readconf.c oChannelTimeout; commit a752a6c0e (V_9_6_P1)',
  },
};
