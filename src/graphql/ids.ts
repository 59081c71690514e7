/**
 * ID arguments and input fields (`t.arg.globalID`, `t.globalID`, `t.globalIDList`) accept an
 * object's global ID or its raw UUID (src/lib/global-id.ts). @pothos/plugin-relay decodes them
 * with a function that only sees the value, so it cannot take a UUID for the type the field
 * expects, and it words a global ID of the wrong type in English without the field's path.
 * These builder methods define the same `ID` fields (the printed schema is unchanged) marked
 * for the plugin below instead, which decodes them before the resolver (and the scope checks)
 * run into the same `{ typename, id }` the relay plugin gives.
 *
 * A value that is not an ID of the expected type is refused as one `BAD_USER_INPUT` error
 * with a Japanese message and `extensions.problems: [{ path, message }]`, like the other refused
 * arguments (./input-errors.ts). `node(id:)` and `nodes(ids:)` take any type and therefore
 * global IDs only: a UUID does not say what it is.
 *
 * Imported by ./builder.ts after the relay plugin, before any type is defined.
 */
import SchemaBuilder, {
  BasePlugin,
  InputFieldBuilder,
  type InputFieldMapping,
  type InputFieldsMapping,
  mapInputFields,
  type PartialResolveInfo,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { type IdReading, readId } from '../lib/global-id.js';
import { isUuid } from '../lib/uuid.js';

const pluginName = 'tsunagariIds';
export default pluginName;

/** The extension on an ID field: the type names it takes, `[]` for any. */
const EXTENSION = 'tsunagariIdFor';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      tsunagariIds: TsunagariIdsPlugin<Types>;
    }
  }
}

type IdMapping = InputFieldMapping<SchemaTypes, readonly string[]>;
type IdMappings = InputFieldsMapping<SchemaTypes, readonly string[]>;

interface Problem {
  readonly path: string[];
  readonly message: string;
}

/** One decoding of a field's arguments: what it found wrong, and the schema's ID types. */
interface Decoding {
  readonly problems: Problem[];
  /** Whether the schema has a type of this name with global IDs. */
  readonly isIdType: (typename: string) => boolean;
  /** The type's own id from the text in the global ID (`id: { parse }`, e.g. a number). */
  readonly parse: (typename: string, id: string) => unknown;
}

/** Decodes every marked value in `value` (the arguments, or an input object among them). */
function decodeObject(
  value: Record<string, unknown>,
  mappings: IdMappings,
  path: readonly string[],
  decoding: Decoding,
): Record<string, unknown> {
  const mapped = { ...value };
  for (const [name, mapping] of mappings) {
    const fieldValue = value[name];
    if (fieldValue === null || fieldValue === undefined) continue;
    mapped[name] = decodeField(fieldValue, mapping, mapping.listDepth, [...path, name], decoding);
  }
  return mapped;
}

function decodeField(
  value: unknown,
  mapping: IdMapping,
  listDepth: number,
  path: string[],
  decoding: Decoding,
): unknown {
  if (listDepth > 0) {
    if (!Array.isArray(value)) return value;
    return value.map((item, i) =>
      item == null
        ? item
        : decodeField(item, mapping, listDepth - 1, [...path, String(i)], decoding),
    );
  }
  if (mapping.kind === 'InputObject') {
    const nested = mapping.fields.map;
    return nested && typeof value === 'object'
      ? decodeObject(value as Record<string, unknown>, nested, path, decoding)
      : value;
  }
  if (mapping.value === null) return value;
  return decodeId(String(value), mapping.value, path, decoding);
}

function decodeId(
  value: string,
  typenames: readonly string[],
  path: string[],
  { problems, isIdType, parse }: Decoding,
): { typename: string; id: unknown } | string {
  const reading = readId(typenames, value);
  if (reading.ok && isIdType(reading.typename)) {
    return { typename: reading.typename, id: parse(reading.typename, reading.id) };
  }
  problems.push({ path, message: refusal(value, typenames, reading) });
  return value;
}

function refusal(value: string, typenames: readonly string[], reading: IdReading): string {
  if (reading.ok) {
    // Decoded, but to a type this schema does not have.
    return `「${value}」はこの API の ID ではありません。API が返した id（グローバル ID）をそのまま指定してください。`;
  }
  if (typenames.length === 0 && isUuid(value.trim())) {
    return `「${value}」は UUID で、何の ID か分かりません。node・nodes には API が返した id（グローバル ID）を指定してください。UUID は mailing(id:) のような種類の決まった引数で使えます。`;
  }
  return reading.message;
}

/** The refusal: the message (each field's when there are several) and the fields as `problems`. */
function idError(problems: readonly Problem[]): GraphQLError {
  const [first] = problems;
  const message =
    problems.length === 1 && first
      ? first.message
      : `ID が正しくありません。${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join(' ')}`;
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', problems } });
}

export class TsunagariIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  private readonly mappingCache = new Map();

  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    const mappings = mapInputFields(
      fieldConfig.args,
      this.buildCache,
      (field) => (field.extensions?.[EXTENSION] as readonly string[] | undefined) ?? null,
      this.mappingCache,
    ) as IdMappings | null;
    if (!mappings) return fieldConfig;
    const configStore = this.builder.configStore;
    const isIdType = (typename: string) => configStore.hasImplementation(typename);
    return {
      ...fieldConfig,
      argMappers: [
        ...fieldConfig.argMappers,
        (args: Record<string, unknown>, context: object, info: PartialResolveInfo) => {
          const parse = (typename: string, id: string) => {
            const parseId = info.schema.getType(typename)?.extensions?.pothosParseGlobalID as
              | ((id: string, context: object) => unknown)
              | undefined;
            return parseId ? parseId(id, context) : id;
          };
          const decoding: Decoding = { problems: [], isIdType, parse };
          const mapped = decodeObject(args, mappings, [], decoding);
          if (decoding.problems.length > 0) throw idError(decoding.problems);
          return mapped;
        },
      ],
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, TsunagariIdsPlugin);

// ---- the builder methods ---------------------------------------------------------------------

type ForTypes = { for?: unknown } & Record<string, unknown>;

interface IdFieldBuilder {
  builder: { configStore: { getTypeConfig(ref: unknown): { name: string } } };
  id(options: object): unknown;
  idList(options: object): unknown;
}

function typenamesOf(builder: IdFieldBuilder, forTypes: unknown): string[] {
  if (!forTypes) return [];
  const list = Array.isArray(forTypes) ? forTypes : [forTypes];
  return list.map((type) => builder.builder.configStore.getTypeConfig(type).name);
}

const prototype = InputFieldBuilder.prototype as unknown as {
  globalID(this: IdFieldBuilder, options?: ForTypes): unknown;
  globalIDList(this: IdFieldBuilder, options?: ForTypes): unknown;
};

prototype.globalID = function globalID({ for: forTypes, ...options } = {}) {
  return this.id({
    ...options,
    extensions: {
      ...(options.extensions as object | undefined),
      [EXTENSION]: typenamesOf(this, forTypes),
    },
  });
};

prototype.globalIDList = function globalIDList({ for: forTypes, ...options } = {}) {
  return this.idList({
    ...options,
    extensions: {
      ...(options.extensions as object | undefined),
      [EXTENSION]: typenamesOf(this, forTypes),
    },
  });
};
