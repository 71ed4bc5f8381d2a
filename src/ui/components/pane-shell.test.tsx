import { act, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createOfficeFake, darkOfficeTheme, lightOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";

const lightBackground = webLightTheme.colorNeutralBackground1;
const darkBackground = webDarkTheme.colorNeutralBackground1;

describe("PaneShell", () => {
  it("uses the light theme outside Office", () => {
    renderInOfficePane(<p>content</p>, { office: undefined, title: "Tempo" });

    expect(screen.getByRole("heading", { level: 1, name: "Tempo" })).toBeInTheDocument();
    expect(screen.getByRole("main", { name: "Tempo: Tempo" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveTextContent("content");
    expect(readThemeToken("colorNeutralBackground1")).toBe(lightBackground);
  });

  it("switches to dark and back when Outlook raises OfficeThemeChanged", () => {
    const fake = createOfficeFake({ theme: lightOfficeTheme });
    renderInOfficePane(<p>content</p>, { office: fake.office, title: "Tempo" });
    expect(readThemeToken("colorNeutralBackground1")).toBe(lightBackground);

    act(() => fake.raiseThemeChanged(darkOfficeTheme));
    expect(readThemeToken("colorNeutralBackground1")).toBe(darkBackground);

    act(() => fake.raiseThemeChanged(lightOfficeTheme));
    expect(readThemeToken("colorNeutralBackground1")).toBe(lightBackground);
  });

  it("keeps the first theme on clients without Mailbox 1.14", () => {
    const fake = createOfficeFake({ theme: darkOfficeTheme, maxMailboxVersion: "1.13" });
    renderInOfficePane(<p>content</p>, { office: fake.office, title: "Tempo" });

    act(() => fake.raiseThemeChanged(lightOfficeTheme));

    expect(readThemeToken("colorNeutralBackground1")).toBe(darkBackground);
  });
});
