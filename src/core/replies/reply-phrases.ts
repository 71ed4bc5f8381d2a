// Body phrases, in several languages, that tell what kind of automatic reply or request a message is.
import { AutoReplyReason } from "./reply-verdict";

const CHALLENGE_RESPONSE =
  /(?:boxbe|bluebottle|spamarrest|mailblocks|sender verification|verify (?:that )?you are (?:a )?(?:human|real)|(?:confirm|verify) (?:this mail server|your (?:e-?mail )?address|your identity|that you sent)|requires confirmation|(?:added|add you) to (?:the recipient's|my|his|her) (?:allowed|approved|safe|white) ?list|whitelist\.aspx|waiting for your (?:approval|verification)|challenge[- ]response|please (?:click|visit) .{0,80}(?:verif|confirm))/i;

const AUTO_ACKNOWLEDGEMENT =
  /(?:(?:we|i) have received your (?:e-?mail|message|request|enquiry|inquiry)|thank you for (?:your (?:e-?mail|message|enquiry|inquiry)|contacting)|this is an automated (?:response|reply|message)|ticket (?:#|number|id)|your request (?:has been|was) (?:received|logged)|wir haben ihre (?:nachricht|e-?mail|anfrage) erhalten|nous avons (?:bien )?re[çc]u votre|hemos recibido su)/i;

const OUT_OF_OFFICE =
  /(?:out of (?:the )?office|away from (?:the )?office|not in the office|limited access to (?:my )?e-?mail|abwesend|nicht im b[üu]ro|absent du bureau|fuera de la oficina|fora do escrit[óo]rio|fuori (?:sede|ufficio)|niet op kantoor|poza biurem|inte på kontoret|不在|外出)/i;

const VACATION =
  /(?:on (?:vacation|holiday|annual leave|leave)|vacation|urlaub|en vacances|cong[ée]s|de vacaciones|de f[ée]rias|in ferie|op vakantie|na urlopie|semester|休暇|休假)/i;

/** The most specific auto-reply reason the (unique) body text supports, or `other`. */
export function readAutoReplyReasonFromText(text: string): AutoReplyReason {
  if (CHALLENGE_RESPONSE.test(text)) return AutoReplyReason.challengeResponse;
  if (OUT_OF_OFFICE.test(text)) return AutoReplyReason.outOfOffice;
  if (VACATION.test(text)) return AutoReplyReason.vacation;
  if (AUTO_ACKNOWLEDGEMENT.test(text)) return AutoReplyReason.autoAcknowledgement;
  return AutoReplyReason.other;
}

/** Whether text asks the sender to verify itself before delivery (challenge/response anti-spam). */
export function isChallengeResponseText(text: string): boolean {
  return CHALLENGE_RESPONSE.test(text);
}

const UNSUBSCRIBE =
  /^(?:please\s+)?(?:unsubscribe(?: me)?|remove me(?: from (?:your|this) (?:mailing )?list)?|stop (?:e-?mailing|sending|contacting) me|take me off (?:your|this|the) (?:mailing )?list|opt[- ]?out|do not (?:e-?mail|contact) me(?: again)?|abmelden|austragen|bitte (?:austragen|abmelden)|keine (?:e-?mails|werbung) mehr|d[ée]sinscri(?:re|vez[- ]moi|ption)|d[ée]sabonne(?:r|z[- ]moi)|darme de baja|dar(?:me)? de baja|cancelar (?:la )?suscripci[óo]n|descadastrar|cancelar inscri[çc][ãa]o|disiscrivi(?:mi)?|cancellami|afmelden|uitschrijven|wypisz mnie|avregistrera|avsluta prenumeration|配信停止|退订|取消订阅)[\s.!]*$/i;

/**
 * Whether a short message is an unsubscribe request, e.g. "Please remove me from your list.\nJohn" or
 * "Abmelden"; one of the first three sentences must be the phrase alone, so longer replies never match.
 */
export function isUnsubscribeRequest(options: {
  readonly uniqueText: string;
  readonly subject: string;
}): boolean {
  const text = options.uniqueText.trim();
  const isShortText = text.length <= 300;
  const sentences = text
    .split(/\n|(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "")
    .slice(0, 3);
  const subject = options.subject.replace(/^(?:(?:re|aw|sv|antw|r|rif|réf)\s*:\s*)+/i, "").trim();
  const textAsks = isShortText && sentences.some((sentence) => UNSUBSCRIBE.test(sentence));
  const subjectAsks = isShortText && UNSUBSCRIBE.test(subject);
  return textAsks || subjectAsks;
}
