// The panes' way into one Office `*Async` call: the shared helper the Office adapters use too.
export { callOfficeAsync } from "@/shared/call-office-async";
