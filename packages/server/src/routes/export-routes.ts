import { caseJson, csvEdges, csvNodes, filterCase, gexf, graphml } from "@parley/analysis";
import { caseToYamlFiles, slugSchema } from "@parley/core";
import { z } from "zod";
import { caseFilterOf, filterQuery } from "../query-schemas";
import { route } from "../route";

/** The formats a case can be downloaded in, with their media type and file extension. */
export const exportFormats = {
  gexf: { type: "application/gexf+xml; charset=utf-8", ext: "gexf" },
  graphml: { type: "application/graphml+xml; charset=utf-8", ext: "graphml" },
  "csv-nodes": { type: "text/csv; charset=utf-8", ext: "nodes.csv" },
  "csv-edges": { type: "text/csv; charset=utf-8", ext: "edges.csv" },
  json: { type: "application/json; charset=utf-8", ext: "json" },
  yaml: { type: "application/yaml; charset=utf-8", ext: "yaml" },
} as const;

type ExportFormat = keyof typeof exportFormats;

/**
 * The case (after the filters) as a file for other tools: the network for Gephi (GEXF) or yEd
 * (GraphML), actors and ties as CSV for R, the case as JSON or as one YAML file (the files of a
 * case folder run together: their top-level keys differ, so they form one mapping).
 */
export function exportRoutes() {
  return [
    route({
      method: "get",
      path: "/api/cases/{case}/export",
      tag: "analyses",
      summary: "The case as GEXF, GraphML, CSV (nodes or edges), JSON or YAML, as a download",
      params: z.object({ case: slugSchema }),
      query: filterQuery.extend({
        format: z.enum(Object.keys(exportFormats) as [ExportFormat, ...ExportFormat[]]),
      }),
      produces: "application/octet-stream",
      async handle({ params, query }, { views }) {
        const c = await views.case(params.case);
        const filter = caseFilterOf(query);
        const format = query.format;
        let body: string;
        switch (format) {
          case "gexf":
            body = gexf(c, { filter });
            break;
          case "graphml":
            body = graphml(c, filter);
            break;
          case "csv-nodes":
            body = csvNodes(c, filter);
            break;
          case "csv-edges":
            body = csvEdges(c, filter);
            break;
          case "json":
            body = caseJson(c, filter);
            break;
          case "yaml":
            body = [...caseToYamlFiles(filterCase(c, filter)).values()].join("\n");
            break;
        }
        const { type, ext } = exportFormats[format];
        return new Response(body, {
          status: 200,
          headers: {
            "Content-Type": type,
            "Content-Disposition": `attachment; filename="${params.case}.${ext}"`,
          },
        });
      },
    }),
  ];
}
