// The SPA may never render raw HTML: the lint rule that forbids dangerouslySetInnerHTML must stay in force.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = import.meta.dirname;

describe('the SPA lint rules', () => {
  it('reject dangerouslySetInnerHTML in any SPA file', { timeout: 60_000 }, async () => {
    const eslint = new ESLint({ cwd: repo });
    const code =
      'export function Label({ text }: { text: string }) {\n  return <span dangerouslySetInnerHTML={{ __html: text }} />;\n}\n';
    const [result] = await eslint.lintText(code, {
      filePath: path.join(repo, 'apps/web/src/features/auth/components/session-menu.tsx'),
    });
    expect(result?.messages.map((m) => m.message)).toContain('Render text, never raw HTML.');
  });
});
