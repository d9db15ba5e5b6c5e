// openapi-typescript + openapi-fetch settings for openapi/isogeo.yaml. See docs/other-languages.md.
//   node openapi/generators/openapi-typescript.mjs openapi/isogeo.yaml src/isogeo-paths.d.ts
//   (openapi-typescript with open enums that keep their known values), then copy this file beside it.
//
// `querySerializer` with `explode: false`: the API takes `_include`, `_id`, `_tag` and `box` as
// ONE comma-separated value (`_include=links,contacts`). openapi-fetch's default repeats the key
// (`_include=links&_include=contacts`), which the sandbox refuses with a 400 and which the API
// does not merge (its answer would lack the sub-resources after the first).
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./isogeo-paths";

export type IsogeoClient = Client<paths>;

export function createIsogeoClient(baseUrl: string, accessToken: () => string): IsogeoClient {
  const client = createClient<paths>({
    baseUrl,
    querySerializer: { array: { style: "form", explode: false } },
  });
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${accessToken()}`);
      return request;
    },
  });
  return client;
}
