// Proof that other-language teams can reuse openapi/isogeo.yaml: `make ts-check` generates
// TypeScript types from the spec with openapi-typescript into a temporary folder, copies this
// file beside them and type-checks both with `tsc --noEmit --strict`. Each assignment below
// fails to compile if the spec loses the shape it relies on.
import type { components, operations, paths } from "./isogeo";

type Schemas = components["schemas"];
type Json<Op extends keyof operations, Status extends number> = operations[Op]["responses"] extends Record<
  Status,
  { content: { "application/json": infer Body } }
>
  ? Body
  : never;

// Read models: `_id` is required, everything else optional; open enums accept new values.
const contact: Schemas["Contact"] = { _id: "2a3aefc4f80347f590afe58127f6cb0f", type: "a-type-added-later" };
const role: Schemas["ContactRoleValue"] = "pointOfContact";

// Request bodies use the creation names and closed enums.
const created: Schemas["ContactCreate"] = { name: "Direction de l'eau", phoneNumber: "+33 4 72 10 30 30" };
const association: Schemas["ContactAssociation"] = { role: "custodian" };

// Form bodies keep their dotted keys.
const workgroup: Schemas["WorkgroupCreate"] = { "contact.name": "Service SIG", canCreateMetadata: true };

// Every operation of the contract is addressable by its operationId.
const listContacts: Json<"listWorkgroupContacts", 200> = [contact];
const page: Json<"searchMetadata", 200> = { limit: 0, offset: 0, results: [], total: 0, tags: { "provider:manual": null } };
const formatOrTypeList: Json<"getFormatByCodeOrType", 200> = [{ _id: "0f1e2d3c4b5a46978867f5e4d3c2b1a0", code: "postgis" }];

// Query parameters carry their wire names.
type SearchQuery = NonNullable<paths["/resources/search"]["get"]["parameters"]["query"]>;
const query: SearchQuery = { q: "type:vector-dataset", _include: ["links"], _limit: 20, rel: "intersects" };

// Bulk: an array of requests in, an array of reports out.
type BulkBody = operations["sendBulkRequests"]["requestBody"] extends { content: { "application/json": infer B } } ? B : never;
const bulk: BulkBody = [
  { action: "add", target: "catalogs", query: { ids: ["0269803d50c446b09f5060ef7fe3e22b"] }, model: [{ _id: "6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4" }] },
];

export const checked = [contact, role, created, association, workgroup, listContacts, page, formatOrTypeList, query, bulk];
