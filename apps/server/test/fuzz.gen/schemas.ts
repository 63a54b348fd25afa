/** The fuzz generator's view of the OpenAPI document: JSON schemas, operations, requests. */

export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

export interface Param {
  in: 'path' | 'query';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  params: Param[];
  body?: JsonSchema;
  multipart: boolean;
}

/** A request as app.inject takes it; `why` says what is wrong with it. */
export interface BadRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  why: string;
  /** True for a request that is valid in form (a weird but legal value): 2xx is then fine. */
  validForm?: boolean;
}

/** Real ids the generator uses where a value must be valid, by parameter or field name. */
export type Fixture = (
  name: string,
  where: 'path' | 'query' | 'body',
  op: Operation,
) => number | string | undefined;

export type Kind =
  | { k: 'int'; min: number; max: number }
  | { k: 'number'; min?: number; max?: number }
  | { k: 'string'; s: JsonSchema }
  | { k: 'enum'; values: unknown[] }
  | { k: 'boolean' }
  | { k: 'array'; s: JsonSchema }
  | { k: 'object'; s: JsonSchema }
  | { k: 'any' };

export class Schemas {
  constructor(private readonly components: Record<string, JsonSchema>) {}

  deref(s: JsonSchema): JsonSchema {
    let cur = s;
    for (let i = 0; cur.$ref && i < 20; i++)
      cur = this.components[cur.$ref.replace('#/components/schemas/', '')] ?? {};
    return cur;
  }

  /** The schema without its null branch, and whether null is allowed. */
  nullable(s0: JsonSchema): { s: JsonSchema; nullable: boolean } {
    const s = this.deref(s0);
    if (s.anyOf) {
      const rest = s.anyOf.filter((x) => this.deref(x).type !== 'null');
      if (rest.length !== s.anyOf.length)
        return { s: rest.length === 1 ? this.deref(rest[0]) : { anyOf: rest }, nullable: true };
    }
    if (Array.isArray(s.type) && s.type.includes('null'))
      return { s: { ...s, type: s.type.filter((t) => t !== 'null') }, nullable: true };
    return { s, nullable: false };
  }

  kind(s0: JsonSchema): Kind {
    const s = this.deref(s0);
    if (s.anyOf) {
      const int = s.anyOf.map((x) => this.deref(x)).find((x) => x.type === 'integer');
      if (int) return { k: 'int', min: int.minimum ?? -2147483648, max: int.maximum ?? 2147483647 };
      return { k: 'any' };
    }
    if (s.enum) return { k: 'enum', values: s.enum };
    if (s.const !== undefined) return { k: 'enum', values: [s.const] };
    const t = Array.isArray(s.type) ? (s.type.length === 1 ? s.type[0] : 'multi') : s.type;
    if (t === 'integer')
      return { k: 'int', min: s.minimum ?? -9007199254740991, max: s.maximum ?? 9007199254740991 };
    if (t === 'number') return { k: 'number', min: s.minimum, max: s.maximum };
    if (t === 'string') return { k: 'string', s };
    if (t === 'boolean') return { k: 'boolean' };
    if (t === 'array') return { k: 'array', s };
    if (t === 'object' || s.properties) return { k: 'object', s };
    return { k: 'any' };
  }
}

/** What every request case of one operation starts from: valid values for everything else. */
export interface RequestBase {
  op: Operation;
  pathParams: Param[];
  queryParams: Param[];
  goodPath: Record<string, string>;
  goodQuery: [string, string][];
  goodUrl: string;
  hasBody: boolean;
  goodBody: unknown;
  jsonHeaders: Record<string, string>;
  /** A request valid but for what `extra` changes. */
  base: (url: string, extra: Partial<BadRequest> & { why: string }) => BadRequest;
}
