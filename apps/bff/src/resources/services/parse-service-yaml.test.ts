import { describe, expect, it } from 'vitest';
import { HttpError } from '../../http/errors';
import { parseServiceYaml } from './parse-service-yaml';

const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n';

function refusal(text: string): string | undefined {
  try {
    parseServiceYaml(text, 'team-a');
  } catch (error) {
    if (error instanceof HttpError) return error.message;
    throw error;
  }
  return undefined;
}

describe('parseServiceYaml', () => {
  it('places the Service in the request namespace', () => {
    expect(parseServiceYaml(service, 'team-a').metadata).toEqual({ name: 'web', namespace: 'team-a' });
  });

  it.each([
    ['', 'The manifest is empty'],
    [`${service}---\n${service}`, 'Give one Service per manifest'],
    ['apiVersion: apps/v1\nkind: Deployment\n', 'The manifest must be a Service (apiVersion v1), not "Deployment"'],
    [
      service.replace('web', 'team-b\n  namespace: team-b'),
      'The Service names namespace "team-b", but this request is for team-a',
    ],
    [
      service.replace('web', '8web'),
      'The manifest\'s metadata.name "8web" cannot name a Service: must start with a lowercase letter',
    ],
    ['kind: Service\napiVersion: v1\nmetadata: {}\n', 'The Service needs metadata.name'],
    ['{', 'The manifest is not valid YAML or JSON: MISSING_CHAR'],
  ])('refuses %j', (text, message) => {
    expect(refusal(text)).toBe(message);
  });
});
