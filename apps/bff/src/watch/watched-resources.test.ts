import { describe, expect, it } from 'vitest';
import { groupOf, groupVersionOf } from './watched-resources';

describe('watched resources', () => {
  it.each([
    ['statefulsets', undefined, 'apps/v1', 'apps'],
    ['jobs', undefined, 'batch/v1', 'batch'],
    ['cronjobs', 'batch/v1beta1', 'batch/v1beta1', 'batch'],
    ['cronjobs', undefined, 'batch/v1', 'batch'],
    ['services', undefined, 'v1', ''],
    ['pods', 'batch/v1beta1', 'v1', ''],
  ] as const)('%s (discovered %s) is watched as %s in group %j', (kind, discovered, groupVersion, group) => {
    expect(groupVersionOf(kind, discovered)).toBe(groupVersion);
    expect(groupOf(kind)).toBe(group);
  });
});
