// Subject patterns of automatic replies and delivery failures in the languages Outlook and common MTAs use.

/** What a subject alone says about a message. */
export const SubjectHint = {
  outOfOffice: "out_of_office",
  vacation: "vacation",
  autoReply: "auto_reply",
  bounce: "bounce",
  delay: "delay",
  delivered: "delivered",
  none: "none",
} as const;
export type SubjectHint = (typeof SubjectHint)[keyof typeof SubjectHint];

// Anchored at the start: "Re: Automatic reply: …" is a person answering an auto-reply, not one.
const OUT_OF_OFFICE_PREFIXES = [
  "automatic reply", // Exchange / Outlook OOF
  "out of (?:the )?office",
  "ooo\\b",
  "away from (?:the |my )?(?:office|desk|e-?mail)",
  "abwesenheitsnotiz",
  "abwesend",
  "automatische antwort",
  "r[ée]ponse automatique",
  "absen(?:ce|t) du bureau",
  "respuesta autom[áa]tica",
  "fuera de la oficina",
  "resposta autom[áa]tica",
  "aus[êe]ncia",
  "fora do escrit[óo]rio",
  "risposta automatica",
  "fuori (?:sede|ufficio)",
  "automatisch antwoord",
  "afwezig",
  "niet aanwezig",
  "automatyczna odpowied[źz]",
  "autoodpowied[źz]",
  "nieobecno[śs][ćc]",
  "autosvar",
  "automatiskt svar",
  "automatisk svar",
  "fr[åa]nvaro",
  "frav[æa]r",
  "automaattinen vastaus",
  "automatick[áa] odpov[ěe]d",
  "otomatik yan[ıi]t",
  "автоматический ответ",
  "автоответ",
  "自動応答",
  "自動返信",
  "不在",
  "自动回复",
  "自動回覆",
  "自动答复",
  "자동 응답",
];

// Only reply-shaped phrases: "Vacation plans for June" from a colleague is a human message.
const VACATION_PREFIXES = [
  "vacation (?:reply|response|notice|message|autoreply)",
  "(?:i am |i'm )?on (?:vacation|holiday)",
  "urlaubsnotiz",
  "im urlaub",
  "en vacances",
  "de vacaciones",
  "de f[ée]rias",
  "in ferie",
  "op vakantie",
  "na urlopie",
];

const GENERIC_AUTO_PREFIXES = [
  "auto[- ]?(?:reply|response|respond|antwort)",
  "automatic (?:response|notification)",
  "autorespon(?:se|der)",
  "\\[auto[- ]?(?:reply|response)\\]",
  "\\[automatyczna odpowied[źz]\\]",
];

// Anywhere in the subject: AOL appends "(Automatic Response)", others "[Auto-Reply]".
const AUTO_ANYWHERE =
  /[([](?:auto(?:matic)?[- ]?(?:response|reply)|autoreply|automatyczna odpowied[źz])[)\]]/i;

const BOUNCE_PREFIXES = [
  "undeliver(?:able|ed)",
  "delivery status notification \\((?:failure|failed)\\)",
  "delivery status notification$",
  "delivery (?:has )?fail",
  "delivery notification: delivery has failed",
  "(?:mail|message) delivery (?:failed|failure|has failed)",
  "mail delivery system",
  "(?:message|mail) (?:not|could not be) delivered",
  "returned mail",
  "return(?:ed)? to sender",
  "failure notice",
  "failed delivery",
  "non[- ]?delivery",
  "notice of delivery failure",
  "delivery failure",
  "mail system error",
  "permanent (?:delivery )?(?:error|failure)",
  "unzustellbar",
  "nicht zustellbar",
  "unzustellbare",
  "non remis",
  "non distribu[ée]",
  "[ée]chec de (?:la )?(?:remise|distribution)",
  "no se puede entregar",
  "no entregado",
  "n[ãa]o (?:[ée] poss[íi]vel )?entreg",
  "impossibile recapitare",
  "non recapitabile",
  "onbestelbaar",
  "niet bezorgd",
  "niedostarczalne",
  "nie dostarczono",
  "kan inte levereras",
  "ej levererbart",
  "olevererbart",
  "配信不能",
  "メールエラー",
  "配信エラー",
  "送信エラー",
  "配送不能",
  "未送达",
  "无法投递",
  "無法傳遞",
  "недоставленное сообщение",
  "не доставлено",
];

const DELAY_PREFIXES = [
  "delivery status notification \\(delay\\)",
  "delayed mail",
  "delivery delayed",
  "warning: (?:could not send|message .* delayed|delayed)",
  "mail delivery warning",
  "zustellung verz[öo]gert",
  "remise diff[ée]r[ée]e",
];

const DELIVERED_PREFIXES = [
  "delivered:",
  "delivery status notification \\(success\\)",
  "relayed:",
  "successful mail delivery report",
  "zugestellt:",
  "remis :",
  "entregado:",
];

function compilePrefixes(prefixes: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${prefixes.join("|")})`, "iu");
}

const RULES: readonly { readonly hint: SubjectHint; readonly pattern: RegExp }[] = [
  { hint: SubjectHint.delay, pattern: compilePrefixes(DELAY_PREFIXES) },
  { hint: SubjectHint.delivered, pattern: compilePrefixes(DELIVERED_PREFIXES) },
  { hint: SubjectHint.bounce, pattern: compilePrefixes(BOUNCE_PREFIXES) },
  { hint: SubjectHint.outOfOffice, pattern: compilePrefixes(OUT_OF_OFFICE_PREFIXES) },
  { hint: SubjectHint.vacation, pattern: compilePrefixes(VACATION_PREFIXES) },
  { hint: SubjectHint.autoReply, pattern: compilePrefixes(GENERIC_AUTO_PREFIXES) },
  { hint: SubjectHint.autoReply, pattern: AUTO_ANYWHERE },
];

/**
 * Reads what a subject alone suggests, e.g. "Abwesenheitsnotiz: Angebot" gives `out_of_office`,
 * "Unzustellbar: Angebot" gives `bounce`, and "Re: Automatic reply: x" gives `none`.
 */
export function readSubjectHint(subject: string): SubjectHint {
  const rule = RULES.find(({ pattern }) => pattern.test(subject));
  return rule?.hint ?? SubjectHint.none;
}
