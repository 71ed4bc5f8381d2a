// Subject hints across languages; add a row with the subject and the hint it must give.
import { readSubjectHint, type SubjectHint } from "./localized-subjects";

const cases: readonly [string, SubjectHint][] = [
  ["Automatic reply: Proposal", "out_of_office"],
  ["Out of Office: Proposal", "out_of_office"],
  ["Abwesenheitsnotiz: Angebot", "out_of_office"],
  ["Réponse automatique : Offre", "out_of_office"],
  ["Respuesta automática: Oferta", "out_of_office"],
  ["Resposta automática: Proposta", "out_of_office"],
  ["Risposta automatica: Offerta", "out_of_office"],
  ["Automatisch antwoord: Voorstel", "out_of_office"],
  ["Automatyczna odpowiedź: Oferta", "out_of_office"],
  ["Autosvar: Förslag", "out_of_office"],
  ["自動応答: 提案", "out_of_office"],
  ["自动回复: 提案", "out_of_office"],
  ["Vacation reply: Proposal", "vacation"],
  ["Re: blah (Automatic Response)", "auto_reply"],
  ["[Automatyczna odpowiedź] test", "auto_reply"],
  ["Undeliverable: Proposal", "bounce"],
  ["Delivery Status Notification (Failure)", "bounce"],
  ["Mail delivery failed: returning message to sender", "bounce"],
  ["Unzustellbar: Angebot", "bounce"],
  ["Non remis : Offre", "bounce"],
  ["No se puede entregar: Oferta", "bounce"],
  ["Delivery Status Notification (Delay)", "delay"],
  ["Delivered: Proposal", "delivered"],
  ["Re: Automatic reply: Proposal", "none"],
  ["Vacation plans for June", "none"],
  ["Re: Proposal", "none"],
];

describe("readSubjectHint", () => {
  it.each(cases)("reads %p as %p", (subject, expected) => {
    expect(readSubjectHint(subject)).toStrictEqual(expected);
  });
});
