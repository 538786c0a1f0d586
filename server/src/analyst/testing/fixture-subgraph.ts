// A small subgraph in the shape collectSubgraph returns, for the export writers' unit tests.
import type { Subgraph } from "../collect-subgraph.ts";

export function fixtureSubgraph(): Subgraph {
  return {
    nodes: [
      {
        elementId: "4:x:1",
        labels: ["Entity", "Person", "Leader"],
        properties: {
          id: "vladimir-putin",
          name: "Vladimir Putin",
          aliases: ["Putin", "Mr Putin"],
          confidence: 1,
          kb: true,
        },
      },
      {
        elementId: "4:x:2",
        labels: ["Entity", "Country"],
        properties: {
          id: "iran",
          name: 'Iran <"Islamic Republic"> & co',
          iso2: "IR",
          confidence: 0.5,
        },
      },
      {
        elementId: "4:x:3",
        labels: ["Entity", "Person"],
        properties: { id: "recep-erdogan", name: "Recep Tayyip Erdoğan" },
      },
    ],
    relationships: [
      {
        elementId: "5:x:1",
        type: "MET_WITH",
        startElementId: "4:x:1",
        endElementId: "4:x:3",
        properties: {
          id: "recep-erdogan|MET_WITH|vladimir-putin",
          weight: 3,
          mode: "in_person",
          firstSeen: "2022-07-19",
        },
      },
      {
        elementId: "5:x:2",
        type: "SUPPLIES_ARMS_TO",
        startElementId: "4:x:2",
        endElementId: "4:x:1",
        properties: { weight: 1, confidence: 0.8 },
      },
    ],
  };
}
