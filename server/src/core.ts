// One bundle for the language server and the CLI, so the knowledge base ships
// once. out/server/server.js and out/server/cli.js are two-line entry points
// (written by scripts/build.mjs) that start one or the other; each loads only
// the code it runs.

export function server(): Promise<unknown> {
  return import('./server');
}

export function cli(): Promise<unknown> {
  return import('./cli');
}
