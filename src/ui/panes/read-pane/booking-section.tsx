// Read pane section: book a meeting at a time the prospect proposed (issue #7).
export function BookingSection() {
  return null;
}
