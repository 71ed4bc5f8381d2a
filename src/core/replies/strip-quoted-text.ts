// Cuts a reply body down to the text its author wrote, dropping the quoted earlier messages below it.

// A line that starts the quoted history in the common clients (Gmail, Apple Mail, Outlook, Thunderbird,
// Yahoo, AOL, localized Outlook headers).
const SEPARATORS: readonly RegExp[] = [
  /^-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|wiadomo[śs][ćc] oryginalna|ursprungligt meddelande|原始邮件|元のメッセージ)\s*-{2,}/i,
  /^-{2,}\s*(?:forwarded message|weitergeleitete nachricht)/i,
  /^_{10,}\s*$/,
  /^(?:on|am|le|el|em|il|op|w dniu|den)\s.{0,200}(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|napisał|skrev)\s*:?\s*$/i,
  /^(?:from|von|de|da|van|od|från)\s*:.*$/i,
  /^sent from my (?:iphone|ipad|android|blackberry)/i,
  /^>/,
];

/** Gmail wraps "On <date>, <name> <addr> wrote:" across two lines; join such a pair before testing. */
function isSeparator(line: string, nextLine: string | undefined): boolean {
  const trimmed = line.trim();
  if (SEPARATORS.some((pattern) => pattern.test(trimmed))) return true;
  const joined = `${trimmed} ${nextLine?.trim() ?? ""}`;
  return (
    /^(?:on|am|le|el)\s/i.test(trimmed) && /(?:wrote|schrieb|a écrit|escribió):\s*$/i.test(joined)
  );
}

/**
 * The unique top part of a reply, e.g. "Thanks!\n\nOn Mon, Ann wrote:\n> I am out of office" gives
 * "Thanks!". A body that starts with a separator (a bare forward) gives "".
 */
export function stripQuotedText(body: string): string {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const cut = lines.findIndex((line, index) => isSeparator(line, lines[index + 1]));
  const kept = cut === -1 ? lines : lines.slice(0, cut);
  return kept.join("\n").trim();
}
