// The shape every `tempo` subcommand implements, so commands are testable without a process.

export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface CliCommand {
  /** One line shown by `tempo --help`. */
  readonly summary: string;
  /** Runs the command; resolves to the process exit code (0 ok, 1 failure, 2 bad usage). */
  run(args: readonly string[], streams: CliStreams): Promise<number>;
}
