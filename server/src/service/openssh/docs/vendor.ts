// Our words on the vendor-only keywords that Debian 12's OpenSSH accepts (the
// GSSAPI key-exchange patch, also carried by Red Hat, Fedora and SUSE, and
// Debian's banner patch). Facts checked with Debian's 9.2p1 (`sshd -T`, `ssh -G`).

import type { FileKind } from '../types';

const SSHD: Record<string, string> = {
  debianbanner: 'Whether sshd appends the Debian package revision to the version it announces (`SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3`). `no` hides it. Default `yes`.',
  gssapikeyexchange: 'Offers Kerberos (GSSAPI) key exchange, so clients in the same realm can trust the server without a known host key. Needs a keytab. Default `no`.',
  gssapistorecredentialsonrekey: 'When a client renews its delegated Kerberos credentials during a rekey, store the new ones for the session. Default `no`.',
  gssapikexalgorithms: 'Which GSSAPI key-exchange methods sshd offers, as a comma-separated list (e.g. `gss-group14-sha256-,gss-curve25519-sha256-`).',
};

const SSH: Record<string, string> = {
  gssapikeyexchange: 'Tries Kerberos (GSSAPI) key exchange with servers that offer it, so a host key need not be known in advance. Default `no`.',
  gssapiclientidentity: 'The Kerberos principal ssh uses for GSSAPI authentication and key exchange, when not the default one from the credential cache.',
  gssapiserveridentity: 'The Kerberos principal ssh expects the server to have, when it differs from `host/<hostname>`.',
  gssapirenewalforcesrekey: 'When your Kerberos credentials are renewed, start a rekey so the server receives the fresh ones. Default `no`.',
  gssapitrustdns: 'Lets ssh use DNS to turn the host name into the canonical name for the server\'s Kerberos principal. Convenient, but trusts DNS. Default `no`.',
  gssapikexalgorithms: 'Which GSSAPI key-exchange methods ssh offers, as a comma-separated list.',
};

export function vendorDoc(kind: FileKind, name: string): string | undefined {
  return (kind === 'sshd' ? SSHD : SSH)[name.toLowerCase()];
}
