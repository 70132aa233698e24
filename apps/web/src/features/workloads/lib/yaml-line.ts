import { isMap, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { parseFieldPath } from './field-path';

/**
 * The 1-based line of the YAML text that a (document, API field path) error belongs to: the deepest node of the path
 * that the text has (a missing field points at its parent), or the document's first line.
 */
export function yamlLineOf(text: string, document: number, apiPath: string): number {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter });
  const doc = Array.isArray(documents) ? documents[document] : undefined;
  if (doc === undefined) return 1;
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  let node: unknown = doc.contents;
  let line = doc.contents?.range ? lineAt(doc.contents.range[0]) : 1;
  for (const segment of parseFieldPath(apiPath)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalarLike(p.key) ? String(p.key.value) : p.key) === String(segment));
      if (pair === undefined) break;
      if (isScalarLike(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!isNode(item) || !item.range) break;
      line = lineAt(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function isScalarLike(value: unknown): value is Node & { value: unknown } {
  return isNode(value) && 'value' in value;
}
