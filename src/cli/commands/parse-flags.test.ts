// The admin commands' option reader: each row is an argument list and what it reads or why it refuses.
import { parseFlags } from "./parse-flags";

const spec = { values: ["--base-url", "--name"], switches: ["--json"] };

describe("parseFlags", () => {
  it("reads --name value, --name=value and switches", () => {
    expect(
      parseFlags(["--base-url", "https://a.com", "--name=Tempo X", "--json"], spec),
    ).toStrictEqual({
      ok: true,
      value: {
        values: { "--base-url": "https://a.com", "--name": "Tempo X" },
        switches: new Set(["--json"]),
      },
    });
  });

  it.each([
    [["--base-url"], "--base-url needs a value"],
    [["--base-url", "--json"], "--base-url needs a value"],
    [["--base-url="], "--base-url needs a value"],
    [["--name", "a", "--name", "b"], "--name is given twice"],
    [["--json=yes"], 'unknown option "--json=yes"'],
    [["-x"], 'unknown option "-x"'],
    [["stray"], 'unexpected argument "stray"'],
  ])("refuses %p: %s", (args, message) => {
    expect(parseFlags(args, spec)).toMatchObject({ ok: false, error: { message } });
  });
});
