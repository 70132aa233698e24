// Bounds on user text (request bodies, manifests, pasted config.json), enforced while the text is read, before anything
// big is built: a 1 MiB manifest nested 300,000 levels deep once grew the BFF's heap until V8 ended the process.
import { Composer, CST, Lexer, Parser, type Document } from 'yaml';
import { kubectlYamlOptions } from '@berth/contracts';

export interface JsonBounds {
  /** Containers inside containers: `[[1]]` is 2 deep. */
  maxDepth: number;
  /** Object members and array elements, counted over the whole text. */
  maxEntries: number;
}

export interface YamlBounds {
  maxDepth: number;
  /** Keys, values and sequence items (every scalar, alias, flow collection and `-` item). */
  maxNodes: number;
  /** Every piece the lexer reads, blank lines and comments included: the parser keeps each one. */
  maxTokens: number;
  /** Each alias is resolved by walking the document; the yaml library's maxAliasCount only bounds what they expand to. */
  maxAliases: number;
  maxDocuments: number;
}

/** Text over a bound; `field` is the top-level key it was in (`''` for the text as a whole), `problem` ends a sentence. */
export class TextBoundsError extends Error {
  override readonly name = 'TextBoundsError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(field === '' ? problem : `${field}: ${problem}`);
  }
}

const quote = 0x22;
const backslash = 0x5c;
const colon = 0x3a;
const comma = 0x2c;
const openBrace = 0x7b;
const openBracket = 0x5b;
const closeBrace = 0x7d;
const closeBracket = 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Only plain keys are named back: a key is text the sender chose, and may be huge. */
const plainKey = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Depth and entries of JSON text, as UTF-16 code units or UTF-8 bytes (their structural characters are the same ASCII),
 * without parsing it: stops at the first bound crossed. Text that is not JSON is measured as far as it looks like JSON.
 */
export function checkJsonBounds(text: string | Uint8Array, bounds: JsonBounds): void {
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i] ?? 0;
  const inObject: boolean[] = [];
  let inString = false;
  let escaped = false;
  let entries = 0;
  let arrayOpened = false;
  let keyStart = -1;
  let field = '';
  let previous = -1;
  const slice = (start: number, end: number) =>
    typeof text === 'string' ? text.slice(start, end) : new TextDecoder().decode(text.subarray(start, end));
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === backslash) escaped = true;
      else if (c === quote) {
        inString = false;
        if (keyStart >= 0) {
          const key = i - keyStart <= 64 ? slice(keyStart, i) : '';
          field = plainKey.test(key) ? key : '';
          keyStart = -1;
        }
      }
      continue;
    }
    if (isSpace(c)) continue;
    const before = previous;
    previous = c;
    if (arrayOpened) {
      arrayOpened = false;
      if (c !== closeBracket) entries++;
    }
    const depth = inObject.length;
    if (c === quote) {
      inString = true;
      // A string right after `{` or `,` of the top-level object is one of its keys: the field later errors name.
      if (depth === 1 && inObject[0] === true && (before === openBrace || before === comma)) keyStart = i + 1;
    } else if (c === openBrace || c === openBracket) {
      if (depth >= bounds.maxDepth) throw new TextBoundsError(field, `is nested deeper than ${bounds.maxDepth} levels`);
      inObject.push(c === openBrace);
      arrayOpened = c === openBracket;
    } else if (c === closeBrace || c === closeBracket) {
      inObject.pop();
      if (inObject.length === 0) field = '';
    } else if ((c === colon && inObject[depth - 1] === true) || (c === comma && inObject[depth - 1] === false)) {
      entries++;
    }
    if (entries > bounds.maxEntries)
      throw new TextBoundsError(field, `has more than ${bounds.maxEntries.toLocaleString('en')} keys and items`);
  }
}

const nodeTypes = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'alias',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
]);

/** Collections open on the parser's stack (it also holds the document and the scalar being read). */
const openCollections = (stack: readonly CST.Token[]) => stack.filter((token) => CST.isCollection(token)).length;

/**
 * The yaml library's own lexer, parser and composer, driven one token at a time so each bound is checked as the text
 * is read; reading stops at the first syntax error, as only the first is reported. Aliases are left unresolved.
 */
export function parseYamlDocuments(text: string, bounds: YamlBounds): Document.Parsed[] {
  const parser = new Parser();
  // Read as kubectl reads manifests, so the same text makes the same object.
  const composer = new Composer(kubectlYamlOptions);
  const documents: Document.Parsed[] = [];
  let tokens = 0;
  let nodes = 0;
  let aliases = 0;
  let broken = false;
  const keep = (composed: Iterable<Document.Parsed>) => {
    documents.push(...composed);
    if (documents.length > bounds.maxDocuments)
      throw new TextBoundsError('', `has more than ${bounds.maxDocuments} documents`);
  };
  const compose = (cst: Iterable<CST.Token>) => {
    for (const token of cst) {
      if (token.type === 'error') broken = true;
      keep(composer.next(token));
    }
  };
  for (const lexeme of new Lexer().lex(text)) {
    if (++tokens > bounds.maxTokens)
      throw new TextBoundsError('', `is longer than ${bounds.maxTokens.toLocaleString('en')} YAML tokens`);
    const type = CST.tokenType(lexeme);
    if (type !== null && nodeTypes.has(type) && ++nodes > bounds.maxNodes) {
      throw new TextBoundsError('', `has more than ${bounds.maxNodes.toLocaleString('en')} keys, values and items`);
    }
    if (type === 'alias' && ++aliases > bounds.maxAliases)
      throw new TextBoundsError('', `has more than ${bounds.maxAliases} aliases`);
    compose(parser.next(lexeme));
    // The stack only outgrows the bound when collections do; counting them exactly is needed only then.
    if (parser.stack.length > bounds.maxDepth && openCollections(parser.stack) > bounds.maxDepth) {
      throw new TextBoundsError('', `is nested deeper than ${bounds.maxDepth} levels`);
    }
    if (broken) break;
  }
  compose(parser.end());
  keep(composer.end());
  return documents;
}

/** A request body: the deepest the console sends (a Deployment form's containers) is 3 levels. */
export const bodyBounds: JsonBounds = { maxDepth: 32, maxEntries: 10_000 };

/** A pasted config.json: `{"auths": {server: {auth}}}` is 3 levels; thousands of registries would be a mistake. */
export const configJsonBounds: JsonBounds = { maxDepth: 16, maxEntries: 10_000 };

/**
 * One Deployment as YAML or JSON: its deepest real path (node affinity's match expressions) is about 12 levels, and
 * composing a map checks each key against the others, so 10,000 nodes already cost about 0.3 s of CPU.
 */
export const manifestBounds: YamlBounds = {
  maxDepth: 64,
  maxNodes: 10_000,
  maxTokens: 100_000,
  maxAliases: 100,
  maxDocuments: 16,
};
