/**
 * Connections page forwards only, and the SDL says so: every `t.connection` field gets
 * `first: Int! = DEFAULT_PAGE_SIZE` and `after: String`, and no `last` / `before`.
 *
 * The relay plugin always adds all four arguments, nullable (its `*ArgOptions` cannot change
 * that), so this plugin rewrites them as the schema is built. It finds them by the
 * `connectionArgument` extension that src/graphql/builder.ts puts on each through the relay
 * options. The range 1..MAX_PAGE_SIZE cannot be written in SDL; src/graphql/pagination.ts checks
 * it before any query runs.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosInputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';

/** The page size when a query leaves `first` out. */
export const DEFAULT_PAGE_SIZE = 20;

/** Largest page a connection serves; `first` must lie in 1..MAX_PAGE_SIZE. */
export const MAX_PAGE_SIZE = 100;

/** Which relay connection argument an argument is (the extension builder.ts sets). */
export type ConnectionArgument = 'first' | 'after' | 'last' | 'before';

export const CONNECTION_ARGUMENT = 'connectionArgument';

const pluginName = 'forwardPaging';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      forwardPaging: ForwardPagingPlugin<Types>;
    }
  }
}

export class ForwardPagingPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onInputFieldConfig(
    fieldConfig: PothosInputFieldConfig<Types>,
  ): PothosInputFieldConfig<Types> | null {
    if (fieldConfig.kind !== 'Arg') return fieldConfig;
    const argument = fieldConfig.extensions?.[CONNECTION_ARGUMENT] as
      | ConnectionArgument
      | undefined;
    if (argument === 'last' || argument === 'before') return null;
    if (argument === 'first') {
      return {
        ...fieldConfig,
        type: { ...fieldConfig.type, required: true },
        defaultValue: DEFAULT_PAGE_SIZE,
      };
    }
    return fieldConfig;
  }
}

SchemaBuilder.registerPlugin(pluginName, ForwardPagingPlugin);

export default pluginName;
