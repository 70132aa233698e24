import { describe, expect, it } from 'vitest';
import { containerForm } from './container-form';

const base = { name: 'web', image: 'nginx' };
const issues = (patch: Record<string, unknown>) =>
  containerForm.safeParse({ ...base, ...patch }).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
const resources = (requests: object, limits: object) => ({ resources: { requests, limits } });

describe('containerForm', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'CPU and memory quotas with their units',
      resources({ cpu: '250m', memory: '128Mi' }, { cpu: '0.5', memory: '1Gi' }),
    ],
    [
      'a limit equal to its request in other units',
      resources({ cpu: '0.1', memory: '1024Ki' }, { cpu: '100m', memory: '1Mi' }),
    ],
    ['only a limit', resources({}, { cpu: '1' })],
    ['empty quota fields', resources({ cpu: '', memory: '' }, { cpu: '' })],
    [
      'env from a value, a Secret key and a ConfigMap key',
      {
        env: [
          { source: 'value', name: 'MY_ENV.NAME', value: 'x' },
          { source: 'secretKey', name: 'my-env', secret: 'db', key: 'password' },
          { source: 'configMapKey', name: '_x', configMap: 'settings', key: 'app.properties' },
        ],
      },
    ],
    [
      'the same port number over TCP and UDP',
      {
        ports: [
          { containerPort: 53, protocol: 'TCP', name: 'dns-tcp' },
          { containerPort: 53, protocol: 'UDP', name: 'dns' },
        ],
      },
    ],
    [
      'each probe type',
      {
        livenessProbe: { type: 'httpGet', path: '/healthz', port: 8080, periodSeconds: 5 },
        readinessProbe: { type: 'tcpSocket', port: 8080, successThreshold: 3 },
        startupProbe: { type: 'exec', command: ['cat', '/tmp/ready'], failureThreshold: 30, initialDelaySeconds: 0 },
      },
    ],
  ])('takes %s', (_, patch) => expect(issues(patch)).toEqual([]));

  it.each<[string, Record<string, unknown>, string[][]]>([
    [
      'a CPU request that is no quantity',
      resources({ cpu: '1 core' }, {}),
      [
        [
          'resources.requests.cpu',
          "CPU Quota request must be a quantity such as cores like '0.5' or '1', or millicores like '250m'",
        ],
      ],
    ],
    [
      'a memory limit in GB',
      resources({}, { memory: '1GB' }),
      [['resources.limits.memory', "Memory Quota limit must be a quantity such as '128Mi', '1Gi' or '500M'"]],
    ],
    [
      'a negative CPU limit',
      resources({}, { cpu: '-1' }),
      [['resources.limits.cpu', 'CPU Quota limit must not be negative']],
    ],
    [
      'a CPU limit below its request',
      resources({ cpu: '500m' }, { cpu: '0.25' }),
      [['resources.limits.cpu', 'CPU Quota limit must be at least the request (500m)']],
    ],
    [
      'a memory limit below its request',
      resources({ memory: '1Gi' }, { memory: '1G' }),
      [['resources.limits.memory', 'Memory Quota limit must be at least the request (1Gi)']],
    ],
    [
      'an env name starting with a digit',
      { env: [{ source: 'value', name: '1X', value: '' }] },
      [['env.0.name', "name must be letters, digits, '_', '-' or '.', not starting with a digit, e.g. MY_ENV.NAME"]],
    ],
    [
      'an env name with a space',
      { env: [{ source: 'value', name: 'A B', value: '' }] },
      [['env.0.name', "name must be letters, digits, '_', '-' or '.', not starting with a digit, e.g. MY_ENV.NAME"]],
    ],
    [
      "an env name '..x'",
      { env: [{ source: 'value', name: '..x', value: '' }] },
      [['env.0.name', "name must not be '.' or start with '..'"]],
    ],
    [
      'an empty env name',
      { env: [{ source: 'value', name: '', value: '' }] },
      [['env.0.name', 'name must not be empty']],
    ],
    [
      'two env vars of one name',
      {
        env: [
          { source: 'value', name: 'A', value: '1' },
          { source: 'secretKey', name: 'A', secret: 's', key: 'k' },
        ],
      },
      [['env.1.name', 'another variable of this container already has this name']],
    ],
    [
      'a Secret key with a slash',
      { env: [{ source: 'secretKey', name: 'A', secret: 's', key: 'a/b' }] },
      [['env.0.key', "key must be letters, digits, '-', '_' or '.'"]],
    ],
    [
      "a ConfigMap key '.'",
      { env: [{ source: 'configMapKey', name: 'A', configMap: 'c', key: '.' }] },
      [['env.0.key', "key must not be '.' or start with '..'"]],
    ],
    [
      "a Secret key starting with '..'",
      { env: [{ source: 'secretKey', name: 'A', secret: 's', key: '..E' }] },
      [['env.0.key', "key must not be '.' or start with '..'"]],
    ],
    [
      'an unknown env source',
      { env: [{ source: 'file', name: 'A' }] },
      [['env.0.source', "source must be 'value', 'secretKey' or 'configMapKey'"]],
    ],
    [
      'port 0',
      { ports: [{ containerPort: 0 }] },
      [['ports.0.containerPort', 'container port must be between 1 and 65535']],
    ],
    [
      'port 65536',
      { ports: [{ containerPort: 65536 }] },
      [['ports.0.containerPort', 'container port must be between 1 and 65535']],
    ],
    [
      'one port twice over TCP',
      { ports: [{ containerPort: 80 }, { containerPort: 80, protocol: 'TCP' }] },
      [['ports.1.containerPort', 'another port of this container already uses this port and protocol']],
    ],
    [
      'two ports of one name',
      {
        ports: [
          { containerPort: 80, name: 'http' },
          { containerPort: 81, name: 'http' },
        ],
      },
      [['ports.1.name', 'another port of this container already has this name']],
    ],
    [
      'a port name of 16 characters',
      { ports: [{ containerPort: 80, name: 'a'.repeat(16) }] },
      [['ports.0.name', 'port name must be at most 15 characters (16 now)']],
    ],
    [
      'a port name without a letter',
      { ports: [{ containerPort: 80, name: '8080' }] },
      [['ports.0.name', 'port name must contain at least one letter']],
    ],
    [
      'a port name with --',
      { ports: [{ containerPort: 80, name: 'a--b' }] },
      [['ports.0.name', "port name must be lowercase letters, digits and single '-' inside, e.g. http or metrics-1"]],
    ],
    [
      'a port protocol in lowercase',
      { ports: [{ containerPort: 80, protocol: 'tcp' }] },
      [['ports.0.protocol', "protocol must be 'TCP', 'UDP' or 'SCTP'"]],
    ],
    [
      'an HTTP probe path without /',
      { livenessProbe: { type: 'httpGet', path: 'healthz', port: 80 } },
      [['livenessProbe.path', "path must start with '/', e.g. /healthz"]],
    ],
    [
      'a probe period of 0',
      { readinessProbe: { type: 'tcpSocket', port: 80, periodSeconds: 0 } },
      [['readinessProbe.periodSeconds', 'period must be at least 1']],
    ],
    [
      'a negative initial delay',
      { readinessProbe: { type: 'tcpSocket', port: 80, initialDelaySeconds: -1 } },
      [['readinessProbe.initialDelaySeconds', 'initial delay must be at least 0']],
    ],
    [
      'a timeout of 0',
      { startupProbe: { type: 'tcpSocket', port: 80, timeoutSeconds: 0 } },
      [['startupProbe.timeoutSeconds', 'timeout must be at least 1']],
    ],
    [
      'a liveness probe needing two successes',
      { livenessProbe: { type: 'tcpSocket', port: 80, successThreshold: 2 } },
      [['livenessProbe.successThreshold', 'success threshold must be 1 for liveness and startup probes']],
    ],
    [
      'an exec probe without a command',
      { livenessProbe: { type: 'exec', command: [] } },
      [['livenessProbe.command', 'enter the command to run, e.g. cat /tmp/healthy']],
    ],
    [
      'a probe of no known type',
      { livenessProbe: { type: 'grpc', port: 80 } },
      [['livenessProbe.type', "probe type must be 'httpGet', 'tcpSocket' or 'exec'"]],
    ],
    [
      'a probe port of 0',
      { livenessProbe: { type: 'tcpSocket', port: 0 } },
      [['livenessProbe.port', 'port must be between 1 and 65535']],
    ],
  ])('refuses %s, naming the field', (_, patch, expected) => expect(issues(patch)).toEqual(expected));

  it('keeps exactly the fields of a probe type, whatever else the editor left behind', () => {
    const parsed = containerForm.parse({
      ...base,
      livenessProbe: { type: 'tcpSocket', port: 80, path: '/left-over', command: ['x'] },
    });
    expect(parsed.livenessProbe).toEqual({ type: 'tcpSocket', port: 80 });
  });

  it('reads empty quota fields and port names as unset', () => {
    const parsed = containerForm.parse({
      ...base,
      ...resources({ cpu: '' }, {}),
      ports: [{ containerPort: 80, name: '' }],
    });
    expect(parsed.resources).toEqual({ requests: {}, limits: {} });
    expect(parsed.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
  });
});
