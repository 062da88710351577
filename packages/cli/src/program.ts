import { Command } from "commander";
import { registerAnalysisCommands } from "./commands/analyses";
import { registerCaseCommands } from "./commands/case";
import { registerExchangeCommands } from "./commands/exchange";
import { registerExploreCommands } from "./commands/explore";
import { registerExtractCommands } from "./commands/extract";
import { registerForecastCommands } from "./commands/forecast";
import { registerOverviewCommand } from "./commands/overview";
import { registerReportCommands } from "./commands/report";
import { registerReviewCommands } from "./commands/review";
import { registerScenarioCommands } from "./commands/scenario";
import { registerServeCommand } from "./commands/serve";
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
  registerServeCommand(program, ctx);
  registerOverviewCommand(program, ctx);
  registerCaseCommands(program, ctx);
  registerExploreCommands(program, ctx);
  registerSourceCommands(program, ctx);
  registerAnalysisCommands(program, ctx);
  registerReportCommands(program, ctx);
  registerExchangeCommands(program, ctx);
  registerForecastCommands(program, ctx);
  registerScenarioCommands(program, ctx);
  registerExtractCommands(program, ctx);
  registerReviewCommands(program, ctx);
  return program;
}
