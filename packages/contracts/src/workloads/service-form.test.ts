import { describe, expect, it } from 'vitest';
import { serviceForm, serviceNameProblems, toServiceManifest } from './service-form';

const port = { port: 80, targetPort: 8080 };
const valid = { name: 'web', type: 'ClusterIP', ports: [port] };
const issues = (value: unknown) =>
  serviceForm.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('serviceNameProblems (DNS-1035 label)', () => {
  it.each<[string, string[]]>([
    ['web', []],
    ['a-1', []],
    ['1web', ['must start with a lowercase letter']],
    ['-web', ['must start with a lowercase letter']],
    ['Web', ['uppercase letters are not allowed; use lowercase']],
    ['web.1', ["'.' is not allowed in this name"]],
    ['a'.repeat(64), ['must be at most 63 characters (64 now)']],
    ['', ['must not be empty']],
  ])('%s', (name, expected) => {
    expect(serviceNameProblems(name)).toEqual(expected);
  });
});

describe('serviceForm', () => {
  it('defaults the protocol to TCP', () => {
    expect(serviceForm.parse(valid).ports).toEqual([{ protocol: 'TCP', port: 80, targetPort: 8080 }]);
  });

  it.each<[string, Record<string, unknown>, string[][]]>([
    ['a name starting with a digit', { name: '8web' }, [['name', 'must start with a lowercase letter']]],
    ['an unknown type', { type: 'LoadBalancer' }, [['type', "type must be 'ClusterIP', 'NodePort' or 'Headless'"]]],
    ['no ports on a ClusterIP Service', { ports: [] }, [['ports', 'add at least one port']]],
    ['port 0', { ports: [{ ...port, port: 0 }] }, [['ports.0.port', 'port must be between 1 and 65535']]],
    ['port 65536', { ports: [{ ...port, port: 65536 }] }, [['ports.0.port', 'port must be between 1 and 65535']]],
    ['a fractional port', { ports: [{ ...port, port: 80.5 }] }, [['ports.0.port', 'port must be a whole number']]],
    ['a port as text', { ports: [{ ...port, port: '80' }] }, [['ports.0.port', 'port must be a number']]],
    [
      'target port 0',
      { ports: [{ ...port, targetPort: 0 }] },
      [['ports.0.targetPort', 'target port must be between 1 and 65535']],
    ],
    [
      'an unknown protocol',
      { ports: [{ ...port, protocol: 'HTTP' }] },
      [['ports.0.protocol', "protocol must be 'TCP', 'UDP' or 'SCTP'"]],
    ],
    [
      'a node port below the range',
      { type: 'NodePort', ports: [{ ...port, nodePort: 29999 }] },
      [['ports.0.nodePort', 'node port must be between 30000 and 32767']],
    ],
    [
      'a node port above the range',
      { type: 'NodePort', ports: [{ ...port, nodePort: 32768 }] },
      [['ports.0.nodePort', 'node port must be between 30000 and 32767']],
    ],
    [
      'a node port on a ClusterIP Service',
      { ports: [{ ...port, nodePort: 30080 }] },
      [['ports.0.nodePort', 'node port applies only to NodePort Services']],
    ],
    [
      'two ports without names',
      { ports: [port, { ...port, port: 81 }] },
      [
        ['ports.0.name', 'port name is required when there is more than one port'],
        ['ports.1.name', 'port name is required when there is more than one port'],
      ],
    ],
    [
      'two ports with one name',
      {
        ports: [
          { ...port, name: 'http' },
          { ...port, port: 81, name: 'http' },
        ],
      },
      [['ports.1.name', 'another port already has this name']],
    ],
    [
      'a bad port name',
      { ports: [{ ...port, name: 'HTTP' }] },
      [['ports.0.name', 'port name: uppercase letters are not allowed; use lowercase']],
    ],
    [
      'one port number and protocol twice',
      {
        ports: [
          { ...port, name: 'a' },
          { ...port, name: 'b' },
        ],
      },
      [['ports.1.port', 'another port already uses 80/TCP']],
    ],
    [
      'one node port twice',
      {
        type: 'NodePort',
        ports: [
          { ...port, name: 'a', nodePort: 30080 },
          { ...port, port: 81, name: 'b', nodePort: 30080 },
        ],
      },
      [['ports.1.nodePort', 'another port already uses node port 30080/TCP']],
    ],
  ])('refuses %s', (_, change, expected) => {
    expect(issues({ ...valid, ...change })).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a headless Service without ports', { type: 'Headless', ports: [] }],
    [
      'one port number over TCP and UDP',
      {
        ports: [
          { ...port, name: 'a' },
          { ...port, name: 'b', protocol: 'UDP' },
        ],
      },
    ],
    ['a NodePort Service leaving its node port to the API server', { type: 'NodePort' }],
    ['an empty name on a single port', { ports: [{ ...port, name: '' }] }],
  ])('accepts %s', (_, change) => {
    expect(issues({ ...valid, ...change })).toEqual([]);
  });
});

describe('toServiceManifest', () => {
  const build = (change: Record<string, unknown>) =>
    toServiceManifest(serviceForm.parse({ ...valid, ...change }), { namespace: 'team-a', selector: { app: 'web' } });

  it.each<[string, Record<string, unknown>, unknown]>([
    [
      'ClusterIP',
      {},
      { type: 'ClusterIP', selector: { app: 'web' }, ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }] },
    ],
    [
      'Headless: ClusterIP with clusterIP None',
      { type: 'Headless' },
      {
        type: 'ClusterIP',
        clusterIP: 'None',
        selector: { app: 'web' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
      },
    ],
    [
      'Headless without ports',
      { type: 'Headless', ports: [] },
      { type: 'ClusterIP', clusterIP: 'None', selector: { app: 'web' } },
    ],
    [
      'NodePort with its node port and port names',
      {
        type: 'NodePort',
        ports: [
          { ...port, name: 'http', nodePort: 30080 },
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
        ],
      },
      {
        type: 'NodePort',
        selector: { app: 'web' },
        ports: [
          { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 },
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
        ],
      },
    ],
  ])('%s', (_, change, spec) => {
    expect(build(change)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'team-a' },
      spec,
    });
  });
});
