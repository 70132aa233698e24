import { describe, expect, it } from 'vitest';
import { browseTarget, repositoryIn } from './registry-browse-target';

describe('browseTarget', () => {
  it.each([
    ['127.0.0.1:5000/', [], { registry: '127.0.0.1:5000' }],
    [
      '127.0.0.1:5000/janedoe/awesomeapp',
      [],
      { registry: '127.0.0.1:5000', image: '127.0.0.1:5000/janedoe/awesomeapp' },
    ],
    [
      '127.0.0.1:5000/janedoe/awesomeapp:v1',
      [],
      { registry: '127.0.0.1:5000', image: '127.0.0.1:5000/janedoe/awesomeapp' },
    ],
    ['r.example.com/a/b@sha256:' + 'a'.repeat(64), [], { registry: 'r.example.com', image: 'r.example.com/a/b' }],
    ['localhost/app', [], { registry: 'localhost', image: 'localhost/app' }],
    ['nginx', [], { image: 'nginx' }],
    ['janedoe/app', [], { image: 'janedoe/app' }],
    ['', ['http://127.0.0.1:5000'], { registry: '127.0.0.1:5000' }],
    ['awesome', ['http://127.0.0.1:5000'], { registry: '127.0.0.1:5000', image: 'awesome' }],
    ['r.example.com/a', ['http://127.0.0.1:5000'], { registry: 'r.example.com', image: 'r.example.com/a' }],
    ['', ['https://index.docker.io/v1/'], {}],
    ['', ['*.example.com'], {}],
    ['Upper/Case', [], {}],
  ] as const)('%s with credentials %j', (image, servers, target) => {
    expect(browseTarget(image, servers)).toEqual(target);
  });

  it('finds the repository of an image in its registry', () => {
    expect(repositoryIn('127.0.0.1:5000', '127.0.0.1:5000/janedoe/awesomeapp')).toBe('janedoe/awesomeapp');
    expect(repositoryIn('127.0.0.1:5000', '127.0.0.1:5001/janedoe/awesomeapp')).toBeUndefined();
  });
});
