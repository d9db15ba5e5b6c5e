// openapi-typescript (7.x) for openapi/isogeo.yaml, with open enums that keep their known values.
// See docs/other-languages.md.
//   node openapi/generators/openapi-typescript.mjs openapi/isogeo.yaml src/isogeo-paths.d.ts
//
// Response fields whose values come from a list the server may extend are declared
// `anyOf: [<Enum>, {type: string}]`. The CLI turns them into `Enum | string`, which TypeScript
// reduces to `string`: editors no longer offer the known values. The `transform` hook below writes
// `Enum | (string & {})` instead: the same set of accepted values (any string still type-checks),
// and the known literals stay visible to completion and to narrowing.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import openapiTS, { astToString, oapiRef, STRING } from "openapi-typescript";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node openapi-typescript.mjs <spec.yaml> <output.d.ts>");
  process.exit(2);
}

/** `string & {}`: any string, kept apart from the literals it is unioned with. */
const OPEN_STRING = ts.factory.createParenthesizedType(
  ts.factory.createIntersectionTypeNode([STRING, ts.factory.createTypeLiteralNode([])]),
);

/** A plain string schema: no enum, const or format of its own. */
const isPlainString = (schema) =>
  schema?.type === "string" && !("enum" in schema) && !("const" in schema) && !("format" in schema);

const ast = await openapiTS(pathToFileURL(input), {
  // Called for each component (schema, or parameter object: then its `schema` is the one to read).
  transform(item) {
    const schema = typeof item.in === "string" && item.schema ? item.schema : item;
    const members = schema.anyOf;
    if (members?.length === 2 && typeof members[0].$ref === "string" && isPlainString(members[1])) {
      return ts.factory.createUnionTypeNode([oapiRef(members[0].$ref), OPEN_STRING]);
    }
    return undefined;
  },
});
writeFileSync(output, astToString(ast));
