// Tests and scripts import the port finder from here; it lives with the graph code it serves.
export { freePort } from "../server/src/graph/free-port.ts";
