// Recognises the lines of scraped pages that are not article prose: site chrome (navigation,
// share buttons, image file names, copyright and syndication footers) and the markers where
// reader comments begin (forum post headers, "Link to comment", reaction counts).

import { wordCount } from "./text-lines.ts";

const CHROME_PHRASES = new Set(
  `jump to content|skip to content|skip to main content|skip to navigation|main menu|toggle navigation|open menu|
close menu|social media|recommended posts|share this|share this article|share this story|share this post|share on facebook|
share on twitter|share on x|share via email|share on whatsapp|copy link|copy url|link copied|read more|read next|
continue reading|read the full article|read full article|read full story|advertisement|sponsored|sponsored content|
listen to this article|subscribe now|sign in|sign up|log in|log out|exit mobile version|similar posts|related posts|
related articles|related stories|related news|related content|more stories|more news|more from this author|you may also like|
you might also like|you may like|recommended for you|trending now|most read|most popular|most viewed|latest news|
latest stories|back to top|previous article|next article|previous post|next post|previous story|next story|follow us|
sign up for our newsletter|subscribe to our newsletter|cookie settings|accept cookies|accept all|privacy policy|
terms of use|terms of service|contact us|about us|donate now|support us|top stories|editor's picks|breaking news|
print this page|email this|save article|add to favorites|view gallery|view comments|create new...|create new|
enable javascript|this site uses cookies|skip advertisement|scroll to continue|click to enlarge|all rights reserved`
    .split("|")
    .map((s) => s.trim()),
);

// A line's key has as many words as the line (the key only trims, drops bullets and collapses
// spaces), so a line with more words than the longest phrase needs no key.
const mostWords = (phrases: ReadonlySet<string>): number =>
  Math.max(...[...phrases].map(wordCount));
const MAX_CHROME_WORDS = mostWords(CHROME_PHRASES);

const IMAGE_FILE = /^[^\s/\\]{1,120}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
const CREDIT =
  /^(?:photo|image|picture|photograph|video|credit|illustration|file photo|graphic)s?(?: credit)?\s*[:|]/i;
// A caption ending on its photographer ("... in August. Photo: Jane Doe / Agency").
const TRAILING_CREDIT =
  /(?:^|[.;,)]\s+|\s[-–—|]\s+|\()(?:photo|image|picture|photograph|credit|photo credit)s?\s*:\s*[^.:]{2,80}[\])]?\.?$/i;
const SYNDICATION =
  /\b(?:originally (?:published|appeared)|only be available to view at the original|view (?:it )?(?:at|on) the original|read the (?:full|original) (?:article|story)|(?:article|story) (?:first|originally) appeared)\b/i;
const CALL_TO_ACTION =
  /^(?:subscribe|sign up|join us|download|get|buy|order|shop|pre-?order|follow|like us|support)\b.{0,80}\b(?:newsletter|app|now|today|here|subscription|copy|book|telegram|twitter|facebook|channel)\b/i;
const CLICK = /\b(?:click|tap) here\b/i;
// Consent banners: "We use cookies to ... [Accept] [Settings]".
const COOKIES =
  /\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences|consent)\b/i;
// Wire-service credit lines ("Reporting by X; Editing by Y").
const STAFF_CREDIT =
  /^(?:(?:additional )?reporting|writing|editing|compiled|produced|graphics) by\b/i;
const CONTRIBUTED =
  /\bcontributed(?: to this (?:report|story|article))?(?: reporting)?(?: from [\p{Lu}][\p{L} ,.]*)?\.?$/u;
const TAGS = /^(?:tags?|categories|category|filed under|topics?|keywords)\s*:/i;

const AGO = "\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago";
const POST_HEADER = new RegExp(
  `^(?:${AGO},?\\s+.{1,60}\\s+(?:said|wrote):|On\\s+.{3,50},\\s+.{1,60}\\s+(?:said|wrote):)$`,
  "i",
);
const POST_BUTTONS =
  /^(?:link to comment|share on other sites|report post|quote|multiquote|reply|reply to this comment|reply to this topic|permalink|share this post|report abuse)$/i;
const REACTION =
  /^[•·●▪*-]?\s*(?:likes?|love(?: it)?|haha|thanks|thank you|thumbs up|thumbs down|confused|sad|angry|wow|upvotes?|downvotes?|agree|disagree|insightful|funny|informative|useful|cry|laugh|points?)\s+\d+$/i;
const COMMENT_HEADING =
  /^(?:(?:\d+\s+)?(?:comments?|responses?|replies|reader comments)(?:\s*\(\d+\))?|(?:\d+|one) (?:thoughts?|comments?|responses?|replies) (?:on|to) .*|(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response).*|join the (?:discussion|conversation).*|(?:view|show|load|see|read) (?:all )?(?:\d+ )?(?:comments?|replies).*|(?:log|sign) in to (?:comment|reply).*|comments are closed.*|(?:create an account or )?sign in to comment.*)$/i;
const TIME_AGO = new RegExp(`^(?:posted\\s+)?${AGO}$`, "i");
const COMMENT_CHROME =
  /\b(?:sign (?:in|up)|log ?in|register|create (?:an |a new )?account|members?|registered users|already have an account|recently browsing|create new|posting rights)\b/i;

/**
 * Whitespace that is not already one plain space: `s.replace(SPACING, " ")` collapses spacing
 * as `/\s+/g` would, without rewriting every single space of a long line.
 */
const SPACING = /\s{2,}|[^\S ]/g;

/** Trims and drops list bullets so phrase lists match the words. */
export function lineKey(line: string): string {
  return line
    .trim()
    .replace(/^[•·●▪*›»>|]+\s*/, "")
    .replace(/\s*[:›»>|…]+$/, "")
    .replace(SPACING, " ")
    .toLowerCase();
}

// Headings of lists of links to other stories: the headlines under them name other news.
const LINK_LIST_HEADINGS = new Set(
  `related|related news|related posts|related articles|related stories|related content|related links|related coverage|
related reading|more stories|more news|more on this story|more from this author|read more|read next|read also|also read|
see also|you may also like|you might also like|recommended|recommended for you|recommended stories|trending|trending now|
most read|most popular|most viewed|latest news|latest stories|top stories|editor's picks|further reading|other news`
    .split("|")
    .map((s) => s.trim()),
);

const MAX_HEADING_WORDS = mostWords(LINK_LIST_HEADINGS);

/** The heading of a list of links to other stories ("Related news", "More stories:"). */
export function isLinkListHeading(line: string): boolean {
  if (wordCount(line) > MAX_HEADING_WORDS) return false;
  return LINK_LIST_HEADINGS.has(lineKey(line.trim().replace(/[:\s]+$/, "")));
}

/** A line of such a list: a bullet, or a headline without sentence punctuation. */
export function isLinkListItem(line: string): boolean {
  const t = line.trim();
  return /^[-–—•·*▪►]\s/.test(t) || !/[.!?"”’]$/.test(t);
}

/** Site chrome anywhere on the page. */
export function isBoilerplate(line: string): boolean {
  // "[Photo: ...]", "(Reporting by ...)": a credit in brackets is still a credit.
  const t = line.trim().replace(/^[[(](?!c\))\s*/i, "");
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  const words = wordCount(t);
  if ((words <= MAX_CHROME_WORDS && CHROME_PHRASES.has(lineKey(t))) || IMAGE_FILE.test(t))
    return true;
  if (
    t.length < 200 &&
    (COPYRIGHT.test(t) ||
      CREDIT.test(t) ||
      STAFF_CREDIT.test(t) ||
      CONTRIBUTED.test(t) ||
      TAGS.test(t) ||
      SYNDICATION.test(t) ||
      CLICK.test(t) ||
      TRAILING_CREDIT.test(t))
  )
    return true;
  if (t.length < 300 && COOKIES.test(t) && /\b(?:accept|agree|consent|settings|continu)/i.test(t))
    return true;
  if (t.length < 140 && CALL_TO_ACTION.test(t)) return true;
  // One or two words without sentence punctuation: menu items, section names, button labels.
  return words <= 2 && !/[.!?"”’]$/.test(t);
}

/** Where reader comments begin (or a later post starts). */
export function isCommentMarker(line: string): boolean {
  const t = line.trim().replace(SPACING, " ");
  if (t.length > 160) return false;
  return (
    POST_HEADER.test(t) ||
    POST_BUTTONS.test(t) ||
    REACTION.test(t) ||
    COMMENT_HEADING.test(t) ||
    TIME_AGO.test(t)
  );
}

/** A "NAME says:" line opens a comment only when a date or time follows it (blog comments). */
export function isSaysHeader(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (t.length > 80 || !/\s(?:says|said|wrote):$/.test(t) || next === undefined) return false;
  return /\b(?:\d{4}|\d{1,2}:\d{2}|ago)\b/i.test(next) && next.trim().length < 60;
}

/** Forum account prompts and counters seen around the comments. */
export function isCommentChrome(line: string): boolean {
  const t = line.trim();
  return t.length < 100 && COMMENT_CHROME.test(t);
}

// The end of a press release's own text: an end mark ("-ENDS-", "###"), or the notes a
// release carries after it ("Notes to editors", "About ECOWAS", "Media inquiries:").
const END_MARK = /^[-–—*\s]*(?:ends?|end of (?:release|statement|text)|#\s*#\s*#)[-–—*\s]*$/i;
const RELEASE_NOTES =
  /^(?:notes? (?:to|for) editors|about (?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}|for (?:more|further) information|media (?:contacts?|inquiries|enquiries)|press (?:contacts?|inquiries|enquiries)|inquiries|enquiries|issued by)\s*:?$/iu;

/** Whether a line ends a press release's text: an end mark, anywhere. */
export function isEndMark(line: string): boolean {
  return END_MARK.test(line.trim());
}

/** Whether a line heads the notes after a release's text ("About ECOWAS", "Notes to editors"). */
export function isReleaseNotes(line: string): boolean {
  const t = line.trim();
  return t.length <= 70 && RELEASE_NOTES.test(t);
}
