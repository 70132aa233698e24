import { describe, expect, it } from 'vitest';
import { decidePull, effectivePullPolicy } from './pull-decision';

describe('imagePullPolicy', () => {
  it.each([
    ['Always', false, 'pull'],
    ['Always', true, 'pull'],
    ['IfNotPresent', false, 'pull'],
    ['IfNotPresent', true, 'use-present'],
    ['Never', false, 'never-pull'],
    ['Never', true, 'use-present'],
  ] as const)('%s with the image present=%s: %s', (policy, present, decision) => {
    expect(decidePull(policy, present)).toBe(decision);
  });

  it('defaults like the API server: Always for latest or no tag, else IfNotPresent', () => {
    expect(effectivePullPolicy(undefined, 'nginx')).toBe('Always');
    expect(effectivePullPolicy(undefined, 'nginx:latest')).toBe('Always');
    expect(effectivePullPolicy(undefined, 'localhost:5000/app')).toBe('Always');
    expect(effectivePullPolicy(undefined, 'localhost:5000/app:v1')).toBe('IfNotPresent');
    expect(effectivePullPolicy(undefined, `app@sha256:${'a'.repeat(64)}`)).toBe('IfNotPresent');
    expect(effectivePullPolicy('Never', 'nginx')).toBe('Never');
  });
});
