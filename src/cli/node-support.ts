/**
 * The AWS SDK's notice that its releases after the first week of January 2027 need Node 22, shown once per run as
 * one line of ours at the end of a live run. The SDK's own is a multi-line process warning (with a "--trace-warnings" hint) that interleaves
 * with progress; silencing it altogether would hide a real deadline from whoever pins this tool's Node version.
 * The user's own AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true still silences it.
 */
export const SDK_MINIMUM_NODE_MAJOR = 22;

export function nodeSupportNotice(nodeVersion: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') return undefined;
  const major = Number.parseInt(nodeVersion.replace(/^v/, ''), 10);
  if (!Number.isInteger(major) || major >= SDK_MINIMUM_NODE_MAJOR) return undefined;
  return (
    `dbgap-audit: note: AWS SDK for JavaScript releases published after the first week of January 2027 require Node ` +
    `${SDK_MINIMUM_NODE_MAJOR} or later; this is Node ${nodeVersion} (https://a.co/c895JFp).\n`
  );
}

/** The commands that call AWS: scan and collect, unless they read a saved inventory. */
export function callsAws(argv: readonly string[]): boolean {
  const command = argv.find((argument) => !argument.startsWith('-'));
  return (command === 'scan' || command === 'collect') && !argv.some((argument) => argument === '--inventory' || argument.startsWith('--inventory='));
}
