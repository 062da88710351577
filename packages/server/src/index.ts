export * from "./api-error";
export * from "./bearer-tokens";
export * from "./create-app";
export * from "./security-headers";
export * from "./start-server";
