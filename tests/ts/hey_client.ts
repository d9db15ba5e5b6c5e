// A TypeScript program using the client @hey-api/openapi-ts generates from openapi/isogeo.yaml with
// openapi/generators/hey-api.config.mjs, run against a local sandbox by tools/other_languages.py:
// both OAuth2 grants (token URL read from the spec's securitySchemes), a search with _include paged
// to the end, one metadata, a contact created, listed and deleted, typed 404 and 400 errors; then
// the same search with openapi-fetch and openapi/generators/openapi-fetch.ts (comma-joined lists).
// Exits non-zero on the first failed check. Node >= 20, compiled with tsc --strict.

import { createClient } from "./isogeo/client";
import {
  createWorkgroupContact,
  deleteWorkgroupContact,
  getMetadata,
  listWorkgroupContacts,
  searchMetadata,
} from "./isogeo/sdk.gen";
import type { ApiError, MetadataSearch, SearchMetadataErrors } from "./isogeo/types.gen";
import { createIsogeoClient } from "./openapi-fetch";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };
declare function require(name: "fs"): { readFileSync(path: string, encoding: "utf8"): string };

type Info = {
  api_url: string;
  id_url: string;
  group_app: { client_id: string; client_secret: string };
  user_app: { client_id: string; client_secret: string; username: string; password: string };
  workgroups: { test: string };
};
type OAuthFlows = { clientCredentials?: { tokenUrl: string }; password?: { tokenUrl: string } };
type Spec = { components: { securitySchemes: Record<string, { flows: OAuthFlows }> } };

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The token URL of a grant, from the spec, moved onto the platform's ID host (here the sandbox). */
function tokenUrl(spec: Spec, scheme: string, flow: keyof OAuthFlows, idUrl: string): string {
  const declared = spec.components.securitySchemes[scheme]?.flows[flow]?.tokenUrl;
  if (!declared) throw new Error(`no ${flow} tokenUrl in securitySchemes.${scheme}`);
  return new URL(new URL(declared).pathname, idUrl).toString();
}

async function token(url: string, clientId: string, secret: string, form: Record<string, string>): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      Authorization: `Basic ${btoa(`${clientId}:${secret}`)}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await response.json()) as { access_token?: string; token_type?: string };
  check(response.status === 200 && typeof body.access_token === "string", `${form.grant_type} grant gives a token`);
  return body.access_token as string;
}

async function main(): Promise<void> {
  const info: Info = JSON.parse(require("fs").readFileSync(env("ISOGEO_SANDBOX_INFO"), "utf8"));
  const spec: Spec = JSON.parse(require("fs").readFileSync(env("ISOGEO_SPEC_JSON"), "utf8"));

  const groupToken = await token(
    tokenUrl(spec, "groupApplication", "clientCredentials", info.id_url),
    info.group_app.client_id,
    info.group_app.client_secret,
    { grant_type: "client_credentials" },
  );
  const userToken = await token(
    tokenUrl(spec, "userApplication", "password", info.id_url),
    info.user_app.client_id,
    info.user_app.client_secret,
    { grant_type: "password", username: info.user_app.username, password: info.user_app.password },
  );
  const group = createClient({ baseUrl: info.api_url, auth: () => groupToken });
  const user = createClient({ baseUrl: info.api_url, auth: () => userToken });

  // Search with _include (sent comma-joined), paged to the end with the group application.
  const seen = new Set<string>();
  let total = -1;
  let withLinks = 0;
  let pages = 0;
  for (let offset = 0; total < 0 || offset < total; offset += 100) {
    const page = await searchMetadata({
      client: group,
      query: { _include: ["links", "contacts"], _limit: 100, _offset: offset },
    });
    if (page.error !== undefined) throw new Error(`search failed: ${page.response?.status}`);
    const data: MetadataSearch = page.data;
    total = data.total;
    pages += 1;
    for (const md of data.results) {
      seen.add(md._id);
      if (Array.isArray(md.links)) withLinks += 1;
    }
    if (data.results.length === 0) break;
  }
  check(total > 100 && seen.size === total, `search paged through all ${total} results in ${pages} pages`);
  check(withLinks === total, "every result carries the included links (the _include values were all applied)");

  // One metadata, decoded and validated (its +00:00 timestamps pass zod with dates.offset).
  const first = [...seen][0] as string;
  const one = await getMetadata({ client: group, path: { metadata_id: first } });
  check(one.data !== undefined && one.data._id === first, "getMetadata returns the metadata");
  check(typeof one.data?._created === "string", "its _created timestamp is kept");

  // Typed 404.
  const missing = await getMetadata({ client: group, path: { metadata_id: "0".repeat(32) } });
  const notFound: ApiError | undefined = missing.error;
  check(missing.response?.status === 404 && notFound !== undefined, "an unknown metadata is a typed 404");

  // Typed 400 from the server: the repeated-keys form of a comma-joined list is refused by name.
  const repeated = await group.get<never, SearchMetadataErrors>({
    url: "/resources/search",
    query: { _include: ["links", "contacts"] },
    querySerializer: { array: { explode: true, style: "form" } },
    security: [{ scheme: "bearer", type: "http" }],
  });
  const badRequest = repeated.error as SearchMetadataErrors[400] | undefined;
  check(
    repeated.response?.status === 400 && badRequest?.errors?._include !== undefined,
    "a repeated _include key is a typed 400 naming _include",
  );

  // Refused before any request: the zod request validator checks the declared bounds.
  let refused: unknown;
  try {
    const outOfRange = await searchMetadata({ client: group, query: { _limit: 100000 } });
    refused = outOfRange.response === undefined ? outOfRange.error : undefined;
  } catch (error) {
    refused = error;
  }
  check(refused !== undefined, "an out-of-range _limit is refused by the request validator, before any request");

  // A contact created, listed and deleted with the user application.
  const workgroup = info.workgroups.test;
  const name = `hey-api contact ${Date.now()}`;
  const created = await createWorkgroupContact({
    client: user,
    path: { workgroup_id: workgroup },
    body: { name, email: "hey-api@example.org" },
  });
  check(created.data !== undefined && created.data.name === name, "createWorkgroupContact returns the contact");
  const contactId = created.data._id;
  const listed = await listWorkgroupContacts({ client: user, path: { workgroup_id: workgroup } });
  check((listed.data ?? []).some((c) => c._id === contactId), "the new contact is listed");
  const deleted = await deleteWorkgroupContact({
    client: user,
    path: { workgroup_id: workgroup, contact_id: contactId },
  });
  check(deleted.error === undefined && (deleted.response?.status ?? 999) < 300, "deleteWorkgroupContact succeeds");
  const again = await listWorkgroupContacts({ client: user, path: { workgroup_id: workgroup } });
  check(!(again.data ?? []).some((c) => c._id === contactId), "the deleted contact is gone");

  // A group application may not write: typed 403.
  const forbidden = await createWorkgroupContact({ client: group, path: { workgroup_id: workgroup }, body: { name } });
  check(forbidden.response?.status === 403 && forbidden.error !== undefined, "a group token cannot write: typed 403");

  // openapi-fetch with the shipped settings: the _include list travels comma-joined and is applied.
  const fetchClient = createIsogeoClient(info.api_url, () => groupToken);
  const viaFetch = await fetchClient.GET("/resources/search", {
    params: { query: { _include: ["links", "contacts"], _limit: 20 } },
  });
  const results = viaFetch.data?.results ?? [];
  check(
    viaFetch.response.status === 200 && results.length === 20 && results.every((md) => Array.isArray(md.links)),
    "openapi-fetch sends _include comma-joined and every result carries its links",
  );
}

main().then(
  () => console.log("hey-api client: all checks passed"),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
