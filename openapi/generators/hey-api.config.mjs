// @hey-api/openapi-ts settings for openapi/isogeo.yaml. See docs/other-languages.md.
//   npx openapi-ts -f openapi/generators/hey-api.config.mjs -i openapi/isogeo.yaml -o src/isogeo
//
// * zod validates every answer; `dates.offset: true` because the API writes timestamps with an
//   offset (`2019-06-13T16:21:38.1917618+00:00`), which zod's default datetime check refuses.
// * Nothing to set for the comma-joined lists: the SDK honours each parameter's
//   `style: form, explode: false` (`_include=links,contacts`); tests/ts/hey_client.ts checks it.
// * Open enums: response fields whose values come from a list the server may extend are
//   `anyOf: [<Enum>, {type: string}]`. By default they become `Enum | string`, which TypeScript
//   reduces to `string` (no completion of the known values). The `union` resolver writes
//   `Enum | (string & {})`: any string still type-checks and the known literals stay visible.
//   tests/ts/open_enums.ts checks both.

/** A plain string schema: no enum, const or format of its own. */
const isPlainString = (schema) =>
  schema?.type === "string" && schema.const === undefined && schema.enum === undefined && !schema.format;

export default {
  input: process.env.ISOGEO_SPEC ?? "openapi/isogeo.yaml",
  output: process.env.ISOGEO_TS_OUT ?? "src/isogeo",
  plugins: [
    "@hey-api/client-fetch",
    {
      name: "@hey-api/typescript",
      $resolvers: {
        union(ctx) {
          const [known, other] = ctx.schemas;
          if (ctx.schemas.length !== 2 || !known?.$ref || !isPlainString(other)) return undefined;
          const { $ } = ctx;
          return $.type.or(ctx.childResults[0].type, $.type.and("string", $.type.object()));
        },
      },
    },
    { name: "zod", dates: { offset: true } },
    { name: "@hey-api/sdk", validator: true },
  ],
};
