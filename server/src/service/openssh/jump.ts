// ProxyJump values as readconf.c parse_jump() reads them (V_9_2_P1): hops separated
// by commas, each `[user@]host[:port]` or `ssh://[user@]host[:port]`; `none` alone
// switches jumping off; a `#` ends the value. One parser for the rule, the hover, go
// to definition and completion.

/** One hop: its host, the user and port written in it, and where the host starts in the hop's text. */
export interface Hop {
  host: string;
  user?: string;
  port?: number;
  hostStart: number;
}

/** `none` in any case (without lower-casing every host name on each check). */
const isNone = (v: string): boolean => v.length === 4 && v.toLowerCase() === 'none';

/**
 * One hop (no comma, no comment). Undefined for `none` and for a host that is empty
 * or holds what no host name does (`%` tokens, blanks, brackets, `#`, a `:` not
 * followed by a port number).
 */
export function parseHop(hop: string): Hop | undefined {
  let from = hop.length - hop.trimStart().length;
  let h = hop.trim();
  if (/^ssh:\/\//i.test(h)) {
    h = h.slice(6);
    from += 6;
  }
  const at = h.lastIndexOf('@');
  const user = at > 0 ? h.slice(0, at) : undefined;
  h = h.slice(at + 1);
  from += at + 1;
  const port = /:(\d+)$/.exec(h);
  if (port) h = h.slice(0, -port[0].length);
  if (!h || isNone(h) || /[%\s#[\]:]/.test(h)) return undefined;
  return { host: h, user, port: port ? Number(port[1]) : undefined, hostStart: from };
}

/** The first hop of a ProxyJump value (the one the next ssh connects to first). */
export function firstHop(value: string): Hop | undefined {
  if (isPlainHost(value)) return isNone(value) ? undefined : { host: value, hostStart: 0 };
  const cut = value.indexOf('#');
  const list = (cut < 0 ? value : value.slice(0, cut)).trim();
  if (!list || isNone(list)) return undefined;
  const comma = list.indexOf(',');
  return parseHop(comma < 0 ? list : list.slice(0, comma));
}

/** The host of the first hop (as firstHop), without building an object for a bare name. */
export function firstHopHost(value: string): string | undefined {
  if (isPlainHost(value)) return isNone(value) ? undefined : value;
  return firstHop(value)?.host;
}

/** A bare host name: no user, port, list, comment, token, blank or bracket (most ProxyJump values). */
function isPlainHost(v: string): boolean {
  if (!v) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    // @ : , # % [ ] space tab /
    if (c === 64 || c === 58 || c === 44 || c === 35 || c === 37 || c === 91 || c === 93 || c === 32 || c === 9 || c === 47) return false;
  }
  return true;
}
