export * from "./api-error";
export * from "./bearer-tokens";
export * from "./create-app";
export * from "./host-origin-check";
export * from "./json-writes-only";
export type {
  ApiBody,
  ApiParams,
  ApiPath,
  ApiQuery,
  ApiResponse,
  ApiRoute,
} from "./routes/api-routes";
export * from "./security-headers";
export * from "./start-server";
