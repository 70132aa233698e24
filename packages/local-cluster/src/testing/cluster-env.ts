// What an integration test needs from the running local cluster, failing loudly when global setup did not run.
import { inject } from 'vitest';

export function testClusterEnv(): Record<string, string> {
  return inject('berthClusterEnv');
}

export function requiredEnv(name: string): string {
  const value = testClusterEnv()[name] ?? process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration project, whose global setup starts the local cluster`);
  return value;
}
