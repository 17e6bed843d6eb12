// One bundle for the extension client, the language server and the CLI, so the
// knowledge base and the LSP protocol code (vscode-jsonrpc, the protocol types;
// the client and server libraries are pinned to the same protocol release)
// ship once. out/client/extension.js, out/server/server.js and
// out/server/cli.js are two-line entry points (written by scripts/build.mjs)
// that start one of them; each loads (evaluates) only the code it runs.

export function server(): Promise<unknown> {
  return import('./server');
}

export function cli(): Promise<unknown> {
  return import('./cli');
}

/** The VS Code extension's exports (activate/deactivate); only the extension host calls this. */
export function client(): unknown {
  // A synchronous require: VS Code reads activate() from module.exports when it loads the entry point.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../client/src/extension');
}
