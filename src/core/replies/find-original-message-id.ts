// Finds the Message-ID of the message a bounce report returns, so a bounce can be matched to what we sent.
import { toInternetMessageId, type InternetMessageId } from "./inbound-message";

const MESSAGE_ID_LINE = /^[ \t>]*Message-I[Dd][ \t]*:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s]{1,900}>)/im;

/** The returned copy starts at one of these lines in a plain-text bounce. */
const ORIGINAL_MARKERS =
  /^.*(?:original message|returned message|copy of (?:the |your )?message|message headers|undelivered message|headers? of the (?:original|returned)|message follows|rfc822).*$/im;

/** The first Message-ID header line in `text`, e.g. "Message-ID: <a@b>" gives `<a@b>`. */
function findMessageIdLine(text: string): InternetMessageId | undefined {
  const match = MESSAGE_ID_LINE.exec(text);
  return match?.[1] === undefined ? undefined : toInternetMessageId(match[1]);
}

/**
 * Looks for the returned message's Message-ID: first in message/rfc822 or text/rfc822-headers parts,
 * then in the body after an "original message" marker, e.g. a body ending in
 * "------ This is a copy of the message\nMessage-ID: <x@y>" gives `<x@y>`.
 */
export function findOriginalMessageId(options: {
  readonly returnedParts: readonly string[];
  readonly bodyText: string;
}): InternetMessageId | undefined {
  for (const part of options.returnedParts) {
    const found = findMessageIdLine(part);
    if (found !== undefined) return found;
  }
  const marker = ORIGINAL_MARKERS.exec(options.bodyText);
  const searchFrom = marker === null ? 0 : marker.index;
  return findMessageIdLine(options.bodyText.slice(searchFrom));
}
