// Dashboard section: messages waiting to be sent later (issue #6).
export function ScheduledSendsSection() {
  return null;
}
