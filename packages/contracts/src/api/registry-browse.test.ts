import { describe, expect, it } from 'vitest';
import { registryRepositoriesQuery, registryTagsQuery } from './registry-browse';

describe('the registry browse queries', () => {
  it('read credentials=a,b as pull secret names in order, and none when absent or empty', () => {
    expect(registryRepositoriesQuery.parse({ registry: '127.0.0.1:5000', credentials: 'b,a' })).toEqual({
      registry: '127.0.0.1:5000',
      credentials: ['b', 'a'],
    });
    expect(registryTagsQuery.parse({ image: 'nginx' }).credentials).toEqual([]);
    expect(registryTagsQuery.parse({ image: 'nginx', credentials: '' }).credentials).toEqual([]);
  });

  it.each([
    { registry: 'r.example.com/path' },
    { registry: 'https://r.example.com?x=1' },
    { registry: '' },
    { registry: 'r.example.com', credentials: '..' },
    { registry: 'r.example.com', credentials: 'Upper' },
    { registry: 'r.example.com', credentials: Array.from({ length: 51 }, (_, i) => `s${i}`).join(',') },
  ])('refuse %j', (query) => {
    expect(registryRepositoriesQuery.safeParse(query).success).toBe(false);
  });
});
