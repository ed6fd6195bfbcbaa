import fc from 'fast-check';
import { z } from 'zod';

/** The part of JSON Schema that zod emits for the contract's request schemas. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
}

/** Known values the payloads draw on so that calls get past lookups: ids, labels, names. */
export interface ValuePools {
  readonly strings: readonly string[];
}

/** Strings that try to leave the project folder or confuse a path or a parser. */
export const PATH_LIKE = [
  '../../outside.json',
  '..',
  '.',
  '/tmp/loupe-escape',
  'a/../../b',
  '..\\..\\x',
  'C:\\Windows\\x',
  '%2e%2e%2f',
  'annotations/../../x',
  '\u0000',
  'con',
  'x'.repeat(129),
  '__proto__',
  'constructor',
];

const HOSTILE: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    0,
    -1,
    -0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    -(2 ** 31),
    1e308,
    '',
    [],
    {},
  ),
  fc.constantFrom(...PATH_LIKE),
  fc.constant('x'.repeat(1_000_001)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.anything({ maxDepth: 2 }),
);

/** The contract schema of a request as JSON Schema (the form the generator walks). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function types(schema: JsonSchema): string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === 'string' ? [schema.type] : [...schema.type];
}

function stringArb(schema: JsonSchema, pools: ValuePools): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 60;
  const options: fc.Arbitrary<string>[] = [
    fc.constantFrom(...pools.strings),
    fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 30)) }),
  ];
  if (schema.pattern) {
    try {
      options.push(
        fc.stringMatching(new RegExp(schema.pattern, 'u')).filter((s) => s.length <= 200),
      );
    } catch {
      // a pattern fast-check cannot generate from: the pools and plain strings stand in
    }
  }
  if (schema.maxLength !== undefined)
    options.push(fc.constantFrom('x'.repeat(schema.maxLength), 'x'.repeat(schema.maxLength + 1)));
  return fc.oneof(...options);
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1_000, -1_000);
  const max = Math.min(schema.maximum ?? 1_000, 1_000);
  const edges = [
    schema.minimum,
    schema.maximum,
    (schema.minimum ?? 0) - 1,
    -1,
    0,
    1,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
  ].filter((n): n is number => n !== undefined && Number.isFinite(n));
  return fc.oneof(
    integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }),
    fc.integer({ min: 0, max: 80 }),
    fc.constantFrom(...edges),
  );
}

function objectArb(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const keys = Object.keys(properties);
  if (keys.length === 0 && typeof schema.additionalProperties === 'object') {
    return fc.dictionary(
      fc.constantFrom(...pools.strings),
      valueArb(schema.additionalProperties, pools, depth + 1),
      { maxKeys: 3 },
    );
  }
  const record = fc.record(
    Object.fromEntries(
      keys.map((k) => [k, valueArb(properties[k] as JsonSchema, pools, depth + 1)]),
    ),
    {
      requiredKeys: keys.filter((k) => required.has(k)),
    },
  );
  return fc.oneof(
    { weight: 8, arbitrary: record },
    { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unexpected: 'field' })) },
    {
      weight: 1,
      arbitrary: record.chain((r) =>
        fc
          .constantFrom(...keys, 'none')
          .map((drop) =>
            Object.fromEntries(Object.entries(r as object).filter(([k]) => k !== drop)),
          ),
      ),
    },
  );
}

/** Values for `schema`: mostly well-formed (with boundary values and known ids), sometimes anything at all. */
export function valueArb(schema: JsonSchema, pools: ValuePools, depth = 0): fc.Arbitrary<unknown> {
  const valid = validArb(schema, pools, depth);
  return depth > 4
    ? valid
    : fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: HOSTILE });
}

function validArb(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown> {
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((s) => validArb(s, pools, depth)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = types(schema).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return stringArb(schema, pools);
      case 'integer':
        return numberArb(schema, true);
      case 'number':
        return numberArb(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(
          schema.items ? valueArb(schema.items, pools, depth + 1) : fc.anything({ maxDepth: 1 }),
          { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, 3) },
        );
      case 'object':
        return objectArb(schema, pools, depth);
      default:
        return fc.anything({ maxDepth: 1 });
    }
  });
  return options.length > 0 ? fc.oneof(...options) : fc.anything({ maxDepth: 2 });
}
