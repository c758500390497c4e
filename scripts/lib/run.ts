import { spawnSync } from 'node:child_process';

/**
 * Runs a command to completion, streaming its output, or with `quiet` keeping it unless the command
 * fails; exits this process if it fails.
 */
export function run(command: string, args: string[], env: Record<string, string> = {}, { quiet = false } = {}): string {
  const result = spawnSync(command, args, {
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}${result.stderr}`);
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  return result.stdout ?? '';
}
