// Query-shape limits applied at validation time, before any resolver runs: depth, aliases,
// tokens, directives and a static cost (graphql-armor). Introspection is exempt from depth so
// GraphiQL and codegen keep working. Rejections become QUERY_TOO_COMPLEX in formatError.
import { ApolloArmor } from "@escape.tech/graphql-armor";

export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 30,
  maxCost: 25_000,
} as const;

export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxTokens: { n: ARMOR_LIMITS.maxTokens },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** Whether a validation message came from one of the limits above. */
export function isArmorRejection(message: string): boolean {
  return /(depth|aliases|token|directives|cost) limit of \d+ exceeded/i.test(message);
}
