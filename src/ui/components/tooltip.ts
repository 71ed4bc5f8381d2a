// Fluent's Tooltip on its own, the module behind lazy-tooltip.tsx's import(): positioning code stays out of the first render.
export { Tooltip } from "@fluentui/react-components";
