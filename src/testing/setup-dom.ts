// Adds Testing Library's DOM matchers (toBeInTheDocument, toHaveAccessibleName…) to every pane test.
import "@testing-library/jest-dom";
