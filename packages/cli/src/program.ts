import { Command } from "commander";
import type { CliContext } from "./context";
import { display, terminalWidth } from "./table";

type Register = (program: Command, ctx: CliContext) => void;

// Each command group is loaded only when one of its commands runs (or for help), so that
// `parley actors` does not pay for the brief's DOCX writer or the extraction model.
const groups: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ["serve"], load: async () => (await import("./commands/serve")).registerServeCommand },
  {
    names: ["overview"],
    load: async () => (await import("./commands/overview")).registerOverviewCommand,
  },
  { names: ["case"], load: async () => (await import("./commands/case")).registerCaseCommands },
  {
    names: ["actors", "actor", "events", "meeting", "process", "relations", "claims", "judgments"],
    load: async () => (await import("./commands/explore")).registerExploreCommands,
  },
  {
    names: ["sources", "source", "search"],
    load: async () => (await import("./commands/source")).registerSourceCommands,
  },
  {
    names: [
      "ach",
      "contested",
      "arguments",
      "network",
      "brokers",
      "processes",
      "alignment",
      "timeline",
      "diff",
    ],
    load: async () => (await import("./commands/analyses")).registerAnalysisCommands,
  },
  {
    names: ["report"],
    load: async () => (await import("./commands/report")).registerReportCommands,
  },
  {
    names: ["export", "import"],
    load: async () => (await import("./commands/exchange")).registerExchangeCommands,
  },
  {
    names: ["forecast"],
    load: async () => (await import("./commands/forecast")).registerForecastCommands,
  },
  {
    names: ["scenario"],
    load: async () => (await import("./commands/scenario")).registerScenarioCommands,
  },
  {
    names: ["extract", "extract-eval"],
    load: async () => (await import("./commands/extract")).registerExtractCommands,
  },
  {
    names: ["review"],
    load: async () => (await import("./commands/review")).registerReviewCommands,
  },
];

/**
 * The `parley` program, writing through `ctx`. Given the arguments, only the group of the command
 * they name is loaded; with no command (or an unknown one, or `help`) every group is, for the help.
 */
export async function createProgram(ctx: CliContext, argv: string[] = []): Promise<Command> {
  const program = new Command("parley")
    .description("Parley: a workbench for analysts of multi-party peace processes")
    .version("0.1.0")
    .showHelpAfterError()
    .configureOutput({
      writeOut: (s) => ctx.out(s.trimEnd()),
      writeErr: (s) => ctx.err(s.trimEnd()),
    })
    .option("--wide", "tables at full width (default: the terminal's width, or 100 in a pipe)")
    .option("--ids", "tables show ids beside names")
    .hook("preAction", (root) => {
      const o = root.opts<{ wide?: boolean; ids?: boolean }>();
      display.width = terminalWidth(o.wide === true);
      display.ids = o.ids === true;
    })
    .exitOverride();
  const name = argv.find((a) => !a.startsWith("-"));
  const group = groups.find((g) => name !== undefined && g.names.includes(name));
  const versionOnly = name === undefined && (argv.includes("--version") || argv.includes("-V"));
  const load = group ? [group] : versionOnly ? [] : groups;
  for (const g of load) (await g.load())(program, ctx);
  return program;
}
