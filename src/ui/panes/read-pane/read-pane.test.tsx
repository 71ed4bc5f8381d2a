import { screen } from "@testing-library/react";
import { webDarkTheme } from "@fluentui/react-components";
import { createOfficeFake, createReadItemFake, darkOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";
import { ReadPane } from "./read-pane";

const message = createReadItemFake({
  senderName: "Dana Park",
  senderEmailAddress: "dana@fabrikam.com",
  subject: "Re: Q3 pricing",
});

describe("ReadPane", () => {
  it("shows its title, the message's sender and subject, and that there is no activity yet", () => {
    const fake = createOfficeFake({ item: message });

    renderInOfficePane(<ReadPane />, { office: fake.office, title: "Tempo activity" });

    expect(screen.getByRole("heading", { level: 1, name: "Tempo activity" })).toBeInTheDocument();
    expect(screen.getByText("Dana Park (dana@fabrikam.com)")).toBeInTheDocument();
    expect(screen.getByText("Re: Q3 pricing")).toBeInTheDocument();
    expect(screen.getByText("No Tempo activity on this conversation yet")).toBeInTheDocument();
  });

  it("says what to open when no message is available", () => {
    renderInOfficePane(<ReadPane />, { office: undefined, title: "Tempo activity" });

    expect(
      screen.getByText("Open a received message to see Tempo's activity on it."),
    ).toBeInTheDocument();
  });

  it("follows a dark Office theme", () => {
    const fake = createOfficeFake({ item: message, theme: darkOfficeTheme });

    renderInOfficePane(<ReadPane />, { office: fake.office, title: "Tempo activity" });

    expect(readThemeToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
