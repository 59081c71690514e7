/**
 * `t.globalID` without a promise per object. @pothos/plugin-relay (4.8) declares the resolver
 * of every global-ID field `async`, so each node's `id` is a promise even when the id is right
 * there on the object; graphql-js then completes every object of a list through promises.
 * On a 50-row directory page that was the largest avoidable cost. This definition does the
 * same (the id resolver's result, encoded as `base64("Type:id")`) and returns a promise only
 * when the id resolver does, using Pothos's own `completeValue`.
 *
 * Imported by ./builder.ts right after the relay plugin, before any type is defined;
 * test/graphql/global-ids.test.ts fails if a Pothos upgrade brings the async version back.
 */
import { completeValue, RootFieldBuilder, type SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';

type IdResult = { type: unknown; id: unknown } | null | undefined;
type IdResolver = (
  parent: unknown,
  args: object,
  context: object,
  info: GraphQLResolveInfo,
) => IdResult | Promise<IdResult>;

interface GlobalIdFieldBuilder {
  builder: PothosSchemaTypes.SchemaBuilder<SchemaTypes>;
  field(options: object): unknown;
}

const prototype = RootFieldBuilder.prototype as unknown as {
  globalID(this: GlobalIdFieldBuilder, options: { resolve: IdResolver }): unknown;
};

prototype.globalID = function globalID({ resolve, ...options }) {
  const builder = this.builder;
  // A custom encoding configured on the builder is honoured, as by the plugin's own version.
  const custom = (
    builder.options as {
      relay?: { encodeGlobalID?: (type: string, id: string, ctx: object) => string };
    }
  ).relay?.encodeGlobalID;
  const encode = (type: string, id: string, context: object) =>
    custom ? custom(type, id, context) : encodeGlobalID(type, id);
  return this.field({
    ...options,
    type: 'ID',
    resolve: (parent: unknown, args: object, context: object, info: GraphQLResolveInfo) =>
      completeValue(resolve(parent, args, context, info), (result) =>
        result && typeof result === 'object'
          ? encode(
              builder.configStore.getTypeConfig(result.type as never).name,
              String(result.id),
              context,
            )
          : result,
      ),
  });
};
