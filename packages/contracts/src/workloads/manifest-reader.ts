/** Something in the YAML the form cannot take as it is: which document, where in it, and why. */
export interface YamlProblem {
  document?: number;
  path: string;
  message: string;
}

export const notInForm = 'the form has no field for this; it is kept only while you edit the YAML';

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** Reads one mapping of a manifest, remembering which keys the form took, so the rest can be reported. */
export class ManifestReader {
  private readonly taken = new Set<string>();

  private constructor(
    private readonly value: Record<string, unknown>,
    readonly path: string,
    readonly problems: YamlProblem[],
    readonly document: number,
  ) {}

  /** A reader of `value`, or undefined (with a problem) when it is not a mapping; null and absent read as empty. */
  static of(value: unknown, path: string, problems: YamlProblem[], document: number): ManifestReader | undefined {
    if (value === undefined || value === null) return new ManifestReader({}, path, problems, document);
    if (isMapping(value)) return new ManifestReader(value, path, problems, document);
    problems.push({ document, path, message: `must be a mapping, not ${describe(value)}` });
    return undefined;
  }

  at(key: string | number): string {
    if (typeof key === 'number') return `${this.path}[${key}]`;
    if (key === '') return this.path;
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  problem(key: string | number, message: string): void {
    this.problems.push({ document: this.document, path: this.at(key), message });
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  /** A value looked at without taking it. */
  peek(key: string): unknown {
    return this.value[key] ?? undefined;
  }

  raw(key: string): unknown {
    this.taken.add(key);
    return this.value[key] ?? undefined;
  }

  /** Marks a key as read without using it (a value the form writes itself). */
  skip(key: string): void {
    this.taken.add(key);
  }

  string(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined || typeof v === 'string') return v;
    this.problem(key, `must be text, not ${describe(v)}`);
    return undefined;
  }

  /** A quantity may be written as a number in YAML (`cpu: 1`); the form holds its text. */
  quantity(key: string): string | undefined {
    const v = this.raw(key);
    return typeof v === 'number' ? String(v) : v === undefined ? undefined : this.string(key);
  }

  number(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined || typeof v === 'number') return v;
    this.problem(key, `must be a number, not ${describe(v)}`);
    return undefined;
  }

  boolean(key: string): boolean | undefined {
    const v = this.raw(key);
    if (v === undefined || typeof v === 'boolean') return v;
    this.problem(key, `must be true or false, not ${describe(v)}`);
    return undefined;
  }

  /** A number, or a percentage string, as `maxSurge` takes it. */
  intOrString(key: string): number | string | undefined {
    const v = this.raw(key);
    if (v === undefined || typeof v === 'number' || typeof v === 'string') return v;
    this.problem(key, `must be a number or a percentage, not ${describe(v)}`);
    return undefined;
  }

  /** One of `allowed`, or `fallback` with a problem naming them. */
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const v = this.string(key);
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problem(key, `must be ${allowed.map((a) => `'${a}'`).join(', ')}`);
    return fallback;
  }

  mapping(key: string): ManifestReader | undefined {
    return ManifestReader.of(this.raw(key), this.at(key), this.problems, this.document);
  }

  /** Text values of a string map (labels, annotations, selectors). */
  stringMap(key: string): Record<string, string> {
    const reader = this.mapping(key);
    if (!reader) return {};
    const entries = reader.keys().flatMap((k) => {
      const v = reader.string(k);
      return v === undefined ? [] : [[k, v] as const];
    });
    return Object.fromEntries(entries);
  }

  list(key: string): unknown[] {
    const v = this.raw(key);
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    this.problem(key, `must be a list, not ${describe(v)}`);
    return [];
  }

  /** Each entry of a list as a reader of its own, at `path[i]`. */
  mappings(key: string): ManifestReader[] {
    return this.list(key).flatMap((item, i) => {
      const reader = ManifestReader.of(item, `${this.at(key)}[${i}]`, this.problems, this.document);
      return reader ? [reader] : [];
    });
  }

  strings(key: string): string[] {
    return this.list(key).flatMap((item, i) => {
      if (typeof item === 'string') return [item];
      this.problem(`${key}[${i}]`, `must be text, not ${describe(item)}`);
      return [];
    });
  }

  keys(): string[] {
    return Object.keys(this.value);
  }

  /** Reports every key the form did not take: it would be lost on the way back to YAML. */
  rest(): void {
    for (const key of Object.keys(this.value)) {
      if (!this.taken.has(key) && this.value[key] !== undefined) this.problem(key, notInForm);
    }
  }
}
