// Presence and the acts that go with it, on sentences written for these tests, against the full
// knowledge base: a person who spoke or took part in something in a foreign city visited its
// country; whoever joined another in a deed did it too; dismissing what another said criticises
// them; a judgement of "the Italian and Hungarian vetoes" falls on both; a speaker's act after a
// reported clause that names no actor is the speaker's; the subject of a verb after an
// apposition that names whom the subject serves; meetings of a host with a list of guests, of one
// caller with each called, and the guards the longer lists need; speakers found across long
// phrases and "who has said"; forming alliances and awarding prizes.
import { describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelationsOfType,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date: string | null = "2024-03-01"): Extraction =>
  extractText("p1", text, date);

describe("presence abroad", () => {
  it("reads speaking or taking part in a foreign city as a visit to its country", () => {
    const told = run("Luiz Inácio Lula da Silva told reporters in Rome that the talks went well.");
    expect(has(told, "luiz-inacio-lula-da-silva", "VISITED", "italy")).toBe(true);
    const speaking = run("Speaking in Ottawa, Narendra Modi praised the deal.");
    expect(has(speaking, "narendra-modi", "VISITED", "canada")).toBe(true);
    const summit = run("Emmanuel Macron announced the plan at a summit in Nairobi.");
    expect(has(summit, "emmanuel-macron", "VISITED", "kenya")).toBe(true);
  });
  it("does not read a presence at home, a planned one or an unknown person's as a visit", () => {
    const home = run("Cyril Ramaphosa said in Pretoria that the talks went well.");
    expect(has(home, "cyril-ramaphosa", "VISITED", "pretoria")).toBe(false);
    // A ministry's spokesperson is at home in its capital.
    const seat = run("The spokeswoman Mao Ning told a briefing in Beijing that the ship left.");
    expect(has(seat, "mao-ning", "VISITED", "china")).toBe(false);
    const planned = run("Luiz Inácio Lula da Silva will attend a summit in Rome next month.");
    expect(has(planned, "luiz-inacio-lula-da-silva", "VISITED", "italy")).toBe(false);
    const unknown = run("Mariana Costa, a teacher, told reporters in Lima that roads were shut.");
    expect(unknown.relations.filter((r) => r.type === "VISITED")).toEqual([]);
  });
  it("gives the act after an apposition naming whom the subject serves to the subject", () => {
    const x = run(
      "Celso Amorim, chief adviser to Brazilian President Luiz Inácio Lula da Silva, who " +
        "drafted the plan, attended the talks in Jeddah.",
    );
    expect(has(x, "celso-amorim", "VISITED", "saudi-arabia")).toBe(true);
    expect(has(x, "luiz-inacio-lula-da-silva", "VISITED", "saudi-arabia")).toBe(false);
  });
});

describe("acts shared and judged", () => {
  it("reads joining another in a deed as doing it too", () => {
    const x = run("Chancellor Olaf Scholz joined Emmanuel Macron in condemning Iran.");
    expect(has(x, "olaf-scholz", "CRITICIZES", "iran")).toBe(true);
    expect(has(x, "emmanuel-macron", "CRITICIZES", "iran")).toBe(true);
  });
  it("reads dismissing another's words as criticism, not dismissing a subordinate", () => {
    const x = run("Olaf Scholz dismissed Poland's demands as unrealistic.");
    expect(has(x, "olaf-scholz", "CRITICIZES", "poland")).toBe(true);
    const fired = run("Olaf Scholz dismissed his finance minister, Christian Lindner.");
    expect(fired.relations.filter((r) => r.type === "CRITICIZES")).toEqual([]);
  });
  it("lets a judgement of things two demonyms qualify fall on both countries", () => {
    const x = run("Emmanuel Macron said the Italian and Hungarian vetoes were unfair.");
    expect(has(x, "emmanuel-macron", "CRITICIZES", "italy")).toBe(true);
    expect(has(x, "emmanuel-macron", "CRITICIZES", "hungary")).toBe(true);
  });
  it("gives a speaker's act after a reported clause without an actor to the speaker", () => {
    const x = run(
      "The spokeswoman Mao Ning told a briefing in Beijing on Monday that the ship was on a " +
        "routine patrol and accused the Philippines of provocation.",
    );
    expect(has(x, "mao-ning", "CRITICIZES", "philippines")).toBe(true);
  });
  it("reads a surname the article introduced as the person, not a place it resembles", () => {
    const x = run("Foreign Minister Anifah Aman met reporters. Aman said the verdict was fair.");
    expect(x.entities.map((e) => e.id)).not.toContain("amman");
  });
});

describe("meetings and where a list ends", () => {
  it("reads a host's list of guests after an opening time phrase without a comma", () => {
    const x = run(
      "On 1 February Emmanuel Macron hosted Olaf Scholz, Giorgia Meloni and Pedro Sánchez.",
    );
    for (const guest of ["olaf-scholz", "giorgia-meloni", "pedro-sanchez"])
      expect(has(x, "emmanuel-macron", "MET_WITH", guest)).toBe(true);
  });
  it("reads attending a summit or ceremony together, or signing together, as meeting", () => {
    const x = run(
      "Paul Kagame, William Ruto and Samia Suluhu Hassan attended the signing ceremony.",
    );
    expect(has(x, "paul-kagame", "MET_WITH", "william-ruto")).toBe(true);
    expect(has(x, "william-ruto", "MET_WITH", "samia-suluhu-hassan")).toBe(true);
    const among = run("William Ruto and Paul Kagame were among the leaders at the summit.");
    expect(has(among, "william-ruto", "MET_WITH", "paul-kagame")).toBe(true);
    const absent = run("William Ruto and Paul Kagame did not attend the summit.");
    expect(textRelationsOfType(absent, "MET_WITH")).toEqual([]);
  });
  it("reads welcoming 'the US decision' as backing and 'the US delegation' as a meeting", () => {
    const decision = run("Morocco welcomed the US recognition of its claim.");
    expect(has(decision, "morocco", "SUPPORTS", "united-states")).toBe(true);
    expect(has(decision, "morocco", "MET_WITH", "united-states")).toBe(false);
    const guests = run("Morocco welcomed the US delegation on Monday.");
    expect(has(guests, "morocco", "MET_WITH", "united-states")).toBe(true);
  });
  it("reads each call of one caller as its own, not a conference of those called", () => {
    const x = run("Narendra Modi phoned Emmanuel Macron and Olaf Scholz on Monday.");
    expect(has(x, "narendra-modi", "MET_WITH", "emmanuel-macron")).toBe(true);
    expect(has(x, "narendra-modi", "MET_WITH", "olaf-scholz")).toBe(true);
    expect(has(x, "emmanuel-macron", "MET_WITH", "olaf-scholz")).toBe(false);
  });
  it("reads sitting with, standing next to, raising a matter with and calls as meetings", () => {
    for (const text of [
      "Narendra Modi sat with Emmanuel Macron until midnight.",
      "Narendra Modi spoke on Monday, standing next to Emmanuel Macron, about the deal.",
      "Narendra Modi raised the matter with Emmanuel Macron.",
      "Narendra Modi has held several calls with Emmanuel Macron.",
    ])
      expect(has(run(text), "narendra-modi", "MET_WITH", "emmanuel-macron"), text).toBe(true);
  });
  it("does not read an active phrase made passive as the subject's deed", () => {
    const x = run("Iran fired drones at Israel, most of which were shot down by Jordan.");
    expect(has(x, "iran", "ATTACKS", "israel")).toBe(true);
    expect(has(x, "iran", "ATTACKS", "jordan")).toBe(false);
    // A meeting has no direction: being received by someone is meeting them.
    const received = run(
      "In May Narendra Modi went to Paris, where he was received by Emmanuel Macron.",
    );
    expect(has(received, "narendra-modi", "MET_WITH", "emmanuel-macron")).toBe(true);
  });
  it("does not take a person set off by commas after a country for a second target", () => {
    const x = run(
      "On 5 May Lithuania recalled its ambassador to China, Diana Mickevičienė, to Vilnius.",
    );
    expect(has(x, "lithuania", "OPPOSES", "china")).toBe(true);
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toHaveLength(1);
  });
});

describe("speakers and coordinated verbs", () => {
  it("finds the speaker across a long phrase before 'that' for an act after the clause", () => {
    const x = run(
      "Ursula von der Leyen said after a meeting of the bloc's leaders in Brussels on Monday " +
        "that the ruling was final and called on Hungary to respect it.",
    );
    expect(has(x, "ursula-von-der-leyen", "CALLS_ON", "hungary")).toBe(true);
  });
  it("reads a demand in a 'who has said' clause as the antecedent's", () => {
    const x = run('Olaf Scholz, who has said repeatedly that Russia "must withdraw", met Macron.');
    expect(has(x, "olaf-scholz", "CALLS_ON", "russia")).toBe(true);
  });
  it("does not let a plan in the verb phrase before 'and has asked' hedge the request", () => {
    const x = run(
      "Narendra Modi has proposed a plan for the region and has asked Japan to fund it.",
    );
    expect(has(x, "narendra-modi", "CALLS_ON", "japan")).toBe(true);
  });
  it("reads forming an alliance as cooperation and awarding a prize as backing", () => {
    const x = run("Emmanuel Macron formed an alliance with Olaf Scholz.");
    expect(has(x, "emmanuel-macron", "COOPERATES_WITH", "olaf-scholz")).toBe(true);
    const prize = run(
      "The Norwegian Nobel Committee awarded the 2023 Peace Prize to Ales Bialiatski.",
    );
    expect(textRelationsOfType(prize, "SUPPORTS").map((r) => r.from)).toEqual([
      "norwegian-nobel-committee",
    ]);
  });
});

describe("shows of force and the countries descriptions refer to", () => {
  it("reads troops massed or sent to a neighbour's border as a threat to it", () => {
    const x = run("Russia massed troops on the border with Ukraine.");
    expect(has(x, "russia", "THREATENS", "ukraine")).toBe(true);
    const demonym = run("Venezuela ordered troops to the Colombian frontier.");
    expect(has(demonym, "venezuela", "THREATENS", "colombia")).toBe(true);
    const nobody = run("Kenya sent troops to the border to stop refugees.");
    expect(textRelationsOfType(nobody, "THREATENS")).toEqual([]);
  });
  it("reads 'the small, gas-rich emirate' after a participle as the clause's object country", () => {
    const x = run(
      "Bahrain cut ties with Qatar on Monday, accusing the small, gas-rich emirate of " +
        "supporting terrorism.",
    );
    expect(has(x, "bahrain", "CRITICIZES", "qatar")).toBe(true);
  });
  it("does not read a country into 'state television' after a long apposition", () => {
    const tv = run(
      "Mohamed Morsi led Egypt. On 3 July General Abdel Fattah al-Sisi, the defence minister " +
        "and head of the armed forces, went on state television.",
      "2013-07-04",
    );
    expect(has(tv, "abdel-fattah-el-sisi", "LEADS", "egypt")).toBe(false);
  });
});

describe("the states at a gathering", () => {
  it("come from the body a person serves when no country is named for them", () => {
    const x = run(
      "Iran and China are partners. Ali Shamkhani met Wang Yi in Beijing on 9 March.",
      "2023-03-11",
    );
    const talks = x.events.find((e) => e.participants.includes("ali-shamkhani"));
    expect(talks?.participants).toEqual(expect.arrayContaining(["iran", "china"]));
  });
});
