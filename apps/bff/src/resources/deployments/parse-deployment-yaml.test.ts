import { describe, expect, it } from 'vitest';
import { parseDeploymentYaml } from './parse-deployment-yaml';
import { HttpError } from '../../http/errors';

const yaml = (metadata: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:${metadata}\nspec: {replicas: 1}\n`;

describe('parseDeploymentYaml', () => {
  it('reads YAML and JSON and places the Deployment in the request namespace', () => {
    expect(parseDeploymentYaml(yaml(' {name: web}'), 'ns').metadata).toEqual({ name: 'web', namespace: 'ns' });
    const json = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'ns' },
    });
    expect(parseDeploymentYaml(json, 'ns').metadata?.namespace).toBe('ns');
    expect(parseDeploymentYaml(`---\n${yaml(' {name: web}')}---\n`, 'ns').metadata?.name).toBe('web');
  });

  it.each([
    ['', 'empty'],
    [yaml(' {name: web, namespace: other}'), 'names namespace "other"'],
    ['apiVersion: v1\nkind: Service\nmetadata: {name: s}', 'must be a Deployment'],
    [`${yaml(' {name: a}')}---\n${yaml(' {name: b}')}`, 'one Deployment'],
    [yaml(' {}'), 'metadata.name'],
    ['[1, 2]', 'Kubernetes object'],
    ['a: [', 'not valid YAML'],
    ['*x', 'alias names no anchor'],
    [yaml(` {name: ${'a'.repeat(254)}}`), 'cannot name a Deployment: must be at most 253 characters'],
    [yaml(' {name: Web}'), 'cannot name a Deployment: uppercase letters'],
    [`apiVersion: apps/v1\nkind: ${'x'.repeat(300)}`, 'not "xxxxxxxx'],
    ['['.repeat(65), 'nested deeper than 64 levels'],
  ])('rejects %j as a manifest field error (%s)', (text, message) => {
    let thrown: unknown;
    try {
      parseDeploymentYaml(text, 'ns');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpError);
    expect((thrown as HttpError).status).toBe(422);
    expect((thrown as HttpError).message).toContain(message);
    expect((thrown as HttpError).fields?.[0]?.path).toBe('manifest');
    expect((thrown as HttpError).message.length).toBeLessThan(200);
  });
});
