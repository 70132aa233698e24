import { describe, expect, it } from 'vitest';
import { HttpError } from '../../http/errors';
import { pausePatch, restartPatch, resumePatch, rfc3339 } from './rollout-patches';

describe('rfc3339: Go time.RFC3339 of the local time', () => {
  it('writes the local time to the second, Z when the offset is 0, else ±hh:mm', () => {
    const time = new Date('2026-12-01T01:02:03.987Z');
    const text = rfc3339(time);
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    // Whatever the machine's zone, the text names the same second.
    expect(new Date(text).getTime()).toBe(Date.parse('2026-12-01T01:02:03Z'));
    if (time.getTimezoneOffset() === 0) expect(text).toBe('2026-12-01T01:02:03Z');
  });
});

describe('kubectl rollout restart, pause and resume', () => {
  const deployment = (paused: boolean, restartedAt?: string) => ({
    metadata: { name: 'web' },
    spec: {
      paused,
      template: { metadata: restartedAt ? { annotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } } : {} },
    },
  });
  const now = new Date('2026-12-01T01:02:03Z');

  it('sets restartedAt on the pod template', () => {
    expect(restartPatch('StatefulSet', deployment(false), now)).toEqual({
      spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': rfc3339(now) } } } },
    });
  });

  it("refuses a paused Deployment and a restart in the same second, in kubectl's words", () => {
    expect(() => restartPatch('Deployment', deployment(true), now)).toThrow(
      new HttpError(
        409,
        'Conflict',
        `deployments.apps "web" can't restart paused deployment (run rollout resume first)`,
      ),
    );
    expect(() => restartPatch('DaemonSet', deployment(false, rfc3339(now)), now)).toThrow(/within the past second/);
  });

  it('pauses and resumes only from the other state', () => {
    expect(pausePatch(deployment(false))).toEqual({ spec: { paused: true } });
    expect(resumePatch(deployment(true))).toEqual({ spec: { paused: null } });
    expect(() => pausePatch(deployment(true))).toThrow('deployments.apps "web" is already paused');
    expect(() => resumePatch(deployment(false))).toThrow('deployments.apps "web" is not paused');
  });
});
