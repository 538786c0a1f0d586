// NOT_FOUND for an unknown id, with the id in the extensions so clients can say which.
import type { GraphQLError } from "graphql";
import { clientError } from "../error-codes.ts";

export function notFound(what: string, id: string): GraphQLError {
  return clientError("NOT_FOUND", `No ${what} has the id ${JSON.stringify(id)}.`, { id });
}

/** Returns the record, or throws NOT_FOUND when the lookup found nothing. */
export function found<T>(record: T | null | undefined, what: string, id: string): T {
  if (record === null || record === undefined) throw notFound(what, id);
  return record;
}
