import { Command } from "commander";
import { registerCaseCommands } from "./commands/case";
import { registerExploreCommands } from "./commands/explore";
import { registerForecastCommands } from "./commands/forecast";
import { registerOverviewCommand } from "./commands/overview";
import { registerScenarioCommands } from "./commands/scenario";
import { registerSourceCommands } from "./commands/source";
import type { CliContext } from "./context";

/** The `parley` program with every command, writing through `ctx`. */
export function createProgram(ctx: CliContext): Command {
  const program = new Command("parley")
    .description("Parley: a workbench for analysts of multi-party peace processes")
    .version("0.1.0")
    .showHelpAfterError()
    .configureOutput({
      writeOut: (s) => ctx.out(s.trimEnd()),
      writeErr: (s) => ctx.err(s.trimEnd()),
    })
    .exitOverride();
  registerOverviewCommand(program, ctx);
  registerCaseCommands(program, ctx);
  registerExploreCommands(program, ctx);
  registerSourceCommands(program, ctx);
  registerForecastCommands(program, ctx);
  registerScenarioCommands(program, ctx);
  return program;
}
