// What an integration test needs from the running local cluster, failing loudly when global setup did not run.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    berthClusterEnv: Record<string, string>;
  }
}

/** Vitest's provided env inside a vitest run; the process env elsewhere (Playwright, benchmarks). */
export function testClusterEnv(): Record<string, string> {
  try {
    return inject('berthClusterEnv');
  } catch {
    return {};
  }
}

export function requiredEnv(name: string): string {
  const value = testClusterEnv()[name] ?? process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the integration project, whose global setup starts the local cluster`);
  return value;
}
