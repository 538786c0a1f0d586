// JavaScript numbers travel as floats; SKIP, LIMIT and list slices need Cypher integers.
import neo4j, { type Integer } from "neo4j-driver";

export function cypherInt(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}
