// Runs one of the image tools (umoci, skopeo) to completion; a failure says which step failed and what the tool said.
import { execFile } from 'node:child_process';

export function runTool(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      const said = stderr.trim().split('\n').slice(-5).join('\n');
      reject(new Error(`${command} ${args[0] ?? ''} failed: ${said || error.message}`));
    });
  });
}
