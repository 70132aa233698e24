import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

// Tags Go's yaml.v2 does not resolve from plain text: it keeps `2001-12-14` and `1:20` as strings (yaml library's 1.1
// schema would make a Date and the number 80).
const notInGoYaml = new Set(['tag:yaml.org,2002:timestamp']);

/**
 * How kubectl (sigs.k8s.io/yaml over Go's yaml.v2) reads plain scalars: YAML 1.1, so `yes`/`on` are booleans and `0644`
 * is octal 420. Every reader of a manifest (the BFF's create routes, the YAML view's sync) parses with these options,
 * so a text means the same in Berth as in `kubectl apply -f`.
 */
export const kubectlYamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) =>
    tags.filter((tag) => !(typeof tag === 'object' && (notInGoYaml.has(tag.tag) || tag.format === 'TIME'))),
};
