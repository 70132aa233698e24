import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLines, shellQuote } from './cluster-env';

describe('env export lines', () => {
  it('leave plain values bare and quote the rest', () => {
    expect(shellQuote('/work/main/.berth/cluster/admin.kubeconfig')).toBe('/work/main/.berth/cluster/admin.kubeconfig');
    expect(shellQuote("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(exportLines({ A: '1', B: 'x y' })).toBe("export A=1\nexport B='x y'");
  });

  it('survive `eval` in bash for any value', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 0, maxLength: 40 }).filter((v) => !v.includes('\0')),
        (value) => {
          const script = `${exportLines({ BERTH_PROBE: value })}\nprintf %s "$BERTH_PROBE"`;
          expect(execFileSync('bash', ['-c', script], { encoding: 'utf8' })).toBe(value);
        },
      ),
      { numRuns: 60 },
    );
  });
});
