// The shell's `:` commands, which change the session's settings rather than the database.
import { CliUsageError } from "./cli-usage-error.ts";
import type { PrintIo, PrintSettings } from "./execute-and-print.ts";
import { display } from "./display-value.ts";
import { parseParam } from "./parse-param.ts";
import { OUTPUT_FORMATS, type OutputFormat } from "./row-writer.ts";
import { toPlain } from "./to-plain.ts";

export const SHELL_HELP = `Statements end with ';' and may span lines. Commands:
  :param name=value   set a parameter (JSON value, else a string); use it as $name
  :params             list the parameters          :clear   forget all parameters
  :format FORMAT      ${OUTPUT_FORMATS.join(" | ")}
  :write / :read      allow writes / back to read-only (the default)
  :timeout MS         the time limit for each statement
  :help               this text                    :exit    leave (or Ctrl-D)`;

export function runShellCommand(line: string, settings: PrintSettings, io: PrintIo): "exit" | "ok" {
  const [command = "", ...rest] = line.split(/\s+/);
  const argument = line.slice(command.length).trim();
  const say = (text: string) => io.stderr.write(`${text}\n`);
  try {
    switch (command) {
      case ":exit":
      case ":quit":
      case ":q":
        return "exit";
      case ":help":
        say(SHELL_HELP);
        break;
      case ":param": {
        if (argument === "") return runShellCommand(":params", settings, io);
        const [name, value] = parseParam(argument);
        settings.params = { ...settings.params, [name]: value };
        say(`$${name} set`);
        break;
      }
      case ":params":
        say(
          Object.keys(settings.params).length === 0
            ? "no parameters"
            : Object.entries(settings.params)
                .map(([name, value]) => `$${name} = ${display(toPlain(value))}`)
                .join("\n"),
        );
        break;
      case ":clear":
        settings.params = {};
        say("parameters cleared");
        break;
      case ":format":
        if (!(OUTPUT_FORMATS as readonly string[]).includes(argument)) {
          throw new CliUsageError(`:format ${argument}: use one of ${OUTPUT_FORMATS.join(", ")}`);
        }
        settings.format = argument as OutputFormat;
        break;
      case ":write":
        settings.write = true;
        say("writes allowed: statements now run in write transactions (:read to go back)");
        break;
      case ":read":
        settings.write = false;
        say("read-only");
        break;
      case ":timeout": {
        const ms = Number(rest[0]);
        if (!Number.isInteger(ms) || ms < 1)
          throw new CliUsageError(":timeout MS: give a whole number of milliseconds");
        settings.timeoutMs = ms;
        break;
      }
      default:
        say(`unknown command ${command}; :help lists the commands`);
    }
  } catch (error) {
    say(`error: ${(error as Error).message}`);
  }
  return "ok";
}
