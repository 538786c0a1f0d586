// Apollo Server 5 executes with graphql-js unless a gateway supplies the executor. This is that
// hook and nothing more: it serves the one local schema once, never changes it, and hands every
// operation to `compiledExecution`. Parsing, validation (graphql-armor's limits included), the
// document cache, plugins and formatError stay Apollo's.
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { compiledExecution } from "./compiled-execution.ts";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type SchemaListener = Parameters<Gateway["onSchemaLoadOrUpdate"]>[0];

export function executionGateway(schema: GraphQLSchema): Gateway {
  const execute = compiledExecution(schema);
  const listeners = new Set<SchemaListener>();
  return {
    onSchemaLoadOrUpdate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: () => {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: "" });
      return Promise.resolve({
        executor: (request) =>
          execute({
            document: request.document,
            operationName: request.request.operationName,
            variableValues: request.request.variables,
            contextValue: request.context,
          }),
      });
    },
    stop: () => Promise.resolve(),
  };
}
