import { z } from "zod";
import { fuzzyTimeSchema } from "./fuzzy-time";
import { caseSchema } from "./model";

/**
 * The JSON Schema (draft 2020-12) of a case file, generated from the zod model, for editors
 * (YAML language servers) to check case files as they are typed. Times may be written as phrases.
 */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === fuzzyTimeSchema) {
        const object = { ...ctx.jsonSchema };
        for (const k of Object.keys(ctx.jsonSchema))
          delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, {
          description:
            "A time as written: 2015, 2018-02, late 2012, since 2005, annual since 2016 ...",
          anyOf: [{ type: "string", minLength: 1 }, { type: "integer" }, object],
        });
      }
    },
  }) as Record<string, unknown>;
  schema.title = "Parley case file";
  schema.description =
    "One YAML file of a Parley case folder; a file may hold any subset of these keys.";
  // A single file holds only some keys, so none is required in it.
  delete schema.required;
  return schema;
}
